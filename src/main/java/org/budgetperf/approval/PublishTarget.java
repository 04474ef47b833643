package org.budgetperf.approval;

import org.budgetperf.declaration.TargetLifecycle;
import org.budgetperf.declaration.TargetStatus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The approved table is published (公开) with the department budget. */
@Component("publishTarget")
public class PublishTarget implements JavaDelegate {

    private final TargetLifecycle lifecycle;
    private final ProcessTables tables;

    public PublishTarget(TargetLifecycle lifecycle, ProcessTables tables) {
        this.lifecycle = lifecycle;
        this.tables = tables;
    }

    @Override
    public void execute(DelegateExecution execution) {
        lifecycle.enter(tables.of(execution).getId(), TargetStatus.PUBLISHED);
    }
}
