package org.budgetperf.approval;

import org.budgetperf.declaration.TargetLifecycle;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Finance approved: freeze the table as a version, signed by the approving reviewer. */
@Component("approveTarget")
public class ApproveTarget implements JavaDelegate {

    private final TargetLifecycle lifecycle;
    private final ApprovalHistory history;
    private final ProcessTables tables;

    public ApproveTarget(TargetLifecycle lifecycle, ApprovalHistory history, ProcessTables tables) {
        this.lifecycle = lifecycle;
        this.history = history;
        this.tables = tables;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ApprovalDecision approval = history.lastApproval(execution.getProcessInstanceId())
                .orElseThrow(() -> new IllegalStateException("没有财政部门的审核通过记录，不能批复"));
        lifecycle.approve(tables.of(execution).getId(), approval.getUserId(), approval.getConclusion().label());
    }
}
