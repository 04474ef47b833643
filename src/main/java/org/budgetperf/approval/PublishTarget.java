package org.budgetperf.approval;

import static org.budgetperf.approval.ApprovalVariables.TARGET_ID;

import org.budgetperf.declaration.TargetLifecycle;
import org.budgetperf.declaration.TargetStatus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The approved table is published (公开) with the department budget. */
@Component("publishTarget")
public class PublishTarget implements JavaDelegate {

    private final TargetLifecycle lifecycle;

    public PublishTarget(TargetLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        lifecycle.enter(TARGET_ID.from(execution).get(), TargetStatus.PUBLISHED);
    }
}
