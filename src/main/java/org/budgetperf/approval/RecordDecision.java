package org.budgetperf.approval;

import static org.budgetperf.approval.ApprovalVariables.COMMENT;
import static org.budgetperf.approval.ApprovalVariables.DECISION;
import static org.budgetperf.approval.ApprovalVariables.LAST_DECISION;
import static org.budgetperf.approval.ApprovalVariables.RESUBMIT_TARGET;
import static org.budgetperf.approval.ApprovalVariables.RESUBMIT_TO_ME;
import static org.budgetperf.approval.ApprovalVariables.RETURN_REASON;
import static org.budgetperf.approval.ApprovalVariables.RETURNED_TO;
import static org.budgetperf.approval.ApprovalVariables.RETURN_TO;
import static org.budgetperf.approval.ApprovalVariables.REVIEW_CONCLUSION;
import static org.budgetperf.approval.ApprovalVariables.SKIP_DEPARTMENT_REVIEW;
import static org.budgetperf.approval.ApprovalVariables.TARGET_ID;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On completion of any approval task: checks the decision against {@link DecisionRules}, stores it in the
 * history and leaves only the normalised routing variables behind for the gateways.
 */
@Component("recordDecision")
public class RecordDecision implements TaskListener {

    private final ApprovalHistory history;

    public RecordDecision(ApprovalHistory history) {
        this.history = history;
    }

    @Override
    public void notify(DelegateTask task) {
        ApprovalStep step = ApprovalStep.ofTaskKey(task.getTaskDefinitionKey())
                .orElseThrow(() -> new IllegalStateException("不是审批环节：" + task.getTaskDefinitionKey()));
        DecisionInput input = new DecisionInput(DECISION.from(task).getOrNull(), COMMENT.from(task).getOrNull(),
                RETURN_REASON.from(task).getOrNull(), RETURN_TO.from(task).getOrNull(),
                RESUBMIT_TO_ME.from(task).getOrNull(), REVIEW_CONCLUSION.from(task).getOrNull());
        ValidDecision decision = DecisionRules.validate(step, input,
                Boolean.TRUE.equals(SKIP_DEPARTMENT_REVIEW.from(task).getOrNull()));
        history.record(TARGET_ID.from(task).get(), task.getProcessInstanceId(), task.getId(), decision,
                history.actor(task.getAssignee()));

        DelegateExecution execution = task.getExecution();
        List.of(DECISION, COMMENT, RETURN_REASON, RETURN_TO, RESUBMIT_TO_ME, REVIEW_CONCLUSION)
                .forEach(variable -> execution.removeVariable(variable.getName()));
        LAST_DECISION.on(execution).set(decision.decision().name());
        execution.setVariable(RETURNED_TO.getName(), decision.returnTo() == null ? null : decision.returnTo().name());
        if (decision.decision() == Decision.RETURN) {
            boolean straightBack = decision.resubmitToMe() && step == ApprovalStep.FINANCE_REVIEW;
            RESUBMIT_TARGET.on(execution).set(straightBack ? "FINANCE" : "NONE");
        }
    }
}
