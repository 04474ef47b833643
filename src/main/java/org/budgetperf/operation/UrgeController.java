package org.budgetperf.operation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.budgetperf.security.CurrentUserProvider;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/targets")
@Tag(name = "审批操作")
public class UrgeController {

    private final UrgeTask urge;
    private final CurrentUserProvider currentUser;

    public UrgeController(UrgeTask urge, CurrentUserProvider currentUser) {
        this.urge = urge;
        this.currentUser = currentUser;
    }

    @PostMapping("/{id}/urge")
    @Operation(summary = "催办：提醒正在办理该表的人尽快办理（实施单位、主管部门和管理人员；每个任务每天一次，按北京时间）")
    public UrgeResult urge(@PathVariable Long id, @Valid @RequestBody(required = false) UrgeRequest request) {
        return urge.urge(id, request == null ? null : request.reason(), currentUser.require());
    }
}
