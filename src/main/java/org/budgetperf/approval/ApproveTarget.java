package org.budgetperf.approval;

import static org.budgetperf.approval.ApprovalVariables.TARGET_ID;

import org.budgetperf.declaration.TargetLifecycle;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Finance approved: freeze the table as a version, signed by the approving reviewer. */
@Component("approveTarget")
public class ApproveTarget implements JavaDelegate {

    private final TargetLifecycle lifecycle;
    private final ApprovalHistory history;

    public ApproveTarget(TargetLifecycle lifecycle, ApprovalHistory history) {
        this.lifecycle = lifecycle;
        this.history = history;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ApprovalDecision approval = history.lastApproval(execution.getProcessInstanceId())
                .orElseThrow(() -> new IllegalStateException("没有财政部门的审核通过记录，不能批复"));
        lifecycle.approve(TARGET_ID.from(execution).get(), approval.getUserId(), approval.getConclusion().label());
    }
}
