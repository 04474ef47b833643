package org.budgetperf.evaluation;

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
@RequestMapping("/api/targets/{id}/evaluation")
@Tag(name = "绩效自评", description = "填报、查看绩效自评结果")
public class EvaluationController {

    private final EvaluationService evaluations;
    private final CurrentUserProvider currentUser;

    public EvaluationController(EvaluationService evaluations, CurrentUserProvider currentUser) {
        this.evaluations = evaluations;
        this.currentUser = currentUser;
    }

    @PutMapping
    @Operation(summary = "填报（替换）绩效自评：预算执行情况与各指标完成值")
    public EvaluationView record(@PathVariable Long id, @Valid @RequestBody EvaluationRequest request) {
        return evaluations.record(id, request, currentUser.require());
    }

    @PutMapping("/grades")
    @Operation(summary = "评定定性、文本及未按时完成的时限指标（达成、部分达成、未达成及得分），限主管部门审核人员")
    public EvaluationView grade(@PathVariable Long id, @Valid @RequestBody GradesRequest request) {
        return evaluations.grade(id, request, currentUser.require());
    }

    @GetMapping
    @Operation(summary = "查看绩效自评：指标目标值、完成值、偏差情况、预算执行率、各指标得分、总分与等级")
    public EvaluationView get(@PathVariable Long id) {
        return evaluations.get(id, currentUser.require());
    }
}
