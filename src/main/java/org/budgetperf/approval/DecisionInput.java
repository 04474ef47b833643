package org.budgetperf.approval;

import io.swagger.v3.oas.annotations.media.Schema;

/** What a person submits with a task, from a Camunda Form or from {@code POST /api/tasks/{id}/complete}. */
public record DecisionInput(
        @Schema(description = "SUBMIT | APPROVE | RETURN | REJECT", example = "APPROVE") String decision,
        @Schema(description = "审核意见或提交说明") String comment,
        @Schema(description = "退回原因（退回时必填，也可写在 comment 中）") String returnReason,
        @Schema(description = "财政退回至：UNIT 实施单位 | DEPARTMENT 主管部门") String returnTo,
        @Schema(description = "修改后直接提交给退回人") Boolean resubmitToMe,
        @Schema(description = "财政审核结论：EXCELLENT 优 | GOOD 良 | FAIR 中 | POOR 差") String reviewConclusion) {
}
