package org.budgetperf.evaluation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.budgetperf.security.CurrentUserProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "绩效自评", description = "填报、查看绩效自评结果")
public class PoorEvaluationController {

    private final EvaluationService evaluations;
    private final CurrentUserProvider currentUser;

    public PoorEvaluationController(EvaluationService evaluations, CurrentUserProvider currentUser) {
        this.evaluations = evaluations;
        this.currentUser = currentUser;
    }

    @GetMapping("/api/evaluations/poor")
    @Operation(summary = "自评等级为“差”的绩效目标表（结果应用：下年度预算调减），范围同绩效目标表列表")
    public List<GradedTable> poor(@RequestParam(required = false) Integer year) {
        return evaluations.poor(year, currentUser.require());
    }
}
