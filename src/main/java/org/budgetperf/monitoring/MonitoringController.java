package org.budgetperf.monitoring;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.budgetperf.security.CurrentUserProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/targets/{id}/monitoring")
@Tag(name = "绩效运行监控", description = "填报、查看半年绩效监控（双监控）")
public class MonitoringController {

    private final MonitoringService monitoring;
    private final CurrentUserProvider currentUser;

    public MonitoringController(MonitoringService monitoring, CurrentUserProvider currentUser) {
        this.monitoring = monitoring;
        this.currentUser = currentUser;
    }

    @PutMapping
    @Operation(summary = "填报（替换）半年绩效监控：各指标1-6月完成值、全年预计完成值，各资金来源1-6月实际执行数（仅实施单位，监控开启期间）")
    public MonitoringView submit(@PathVariable Long id, @Valid @RequestBody MonitoringRequest request) {
        return monitoring.submit(id, request, currentUser.require());
    }

    @PutMapping("/judgements")
    @Operation(summary = "评定文字类指标的预警等级（主管部门审核人员；部门本级的表由财政部门评定）")
    public MonitoringView judge(@PathVariable Long id, @RequestBody JudgementRequest request) {
        return monitoring.judge(id, request, currentUser.require());
    }

    @GetMapping
    @Operation(summary = "查看半年绩效监控：填报内容与计算出的进度、执行率和预警灯；未填报时为待填的空表（submitted=false）")
    public MonitoringView get(@PathVariable Long id) {
        return monitoring.form(id, currentUser.require());
    }
}
