package org.budgetperf.approval;

import static org.budgetperf.approval.ApprovalVariables.COMMENT;
import static org.budgetperf.approval.ApprovalVariables.DECISION;
import static org.budgetperf.approval.ApprovalVariables.RESUBMIT_TO_ME;
import static org.budgetperf.approval.ApprovalVariables.RETURN_REASON;
import static org.budgetperf.approval.ApprovalVariables.RETURN_TO;
import static org.budgetperf.approval.ApprovalVariables.REVIEW_CONCLUSION;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/** What a person submits with a task, from a Camunda Form or from {@code POST /api/tasks/{id}/complete}. */
public record DecisionInput(
        @Schema(description = "SUBMIT | APPROVE | RETURN | REJECT", example = "APPROVE") String decision,
        @Schema(description = "审核意见或提交说明") String comment,
        @Schema(description = "退回原因（退回时必填，也可写在 comment 中）") String returnReason,
        @Schema(description = "财政退回至：UNIT 实施单位 | DEPARTMENT 主管部门") String returnTo,
        @Schema(description = "修改后直接提交给退回人") Boolean resubmitToMe,
        @Schema(description = "财政审核结论：EXCELLENT 优 | GOOD 良 | FAIR 中 | POOR 差") String reviewConclusion) {

    /** The fields as the step's form submits them with the task: only those it has and that are filled in. */
    Map<String, Object> formFields(ApprovalStep step) {
        Map<String, Object> fields = new HashMap<>();
        fields.put(DECISION.getName(), decision);
        fields.put(COMMENT.getName(), comment);
        fields.put(RETURN_REASON.getName(), returnReason);
        fields.put(RETURN_TO.getName(), returnTo);
        fields.put(RESUBMIT_TO_ME.getName(), resubmitToMe);
        fields.put(REVIEW_CONCLUSION.getName(), reviewConclusion);
        fields.values().removeIf(Objects::isNull);
        fields.keySet().retainAll(FormSubmission.fieldsOf(step));
        return fields;
    }
}
