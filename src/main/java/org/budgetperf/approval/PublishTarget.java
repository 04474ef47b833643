package org.budgetperf.approval;

import org.budgetperf.cycle.PhaseScheduler;
import org.budgetperf.declaration.PerformanceTarget;
import org.budgetperf.declaration.TargetLifecycle;
import org.budgetperf.declaration.TargetStatus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The approved table is published (公开) with the department budget, and its year after approval is laid out. */
@Component("publishTarget")
public class PublishTarget implements JavaDelegate {

    private final TargetLifecycle lifecycle;
    private final ProcessTables tables;
    private final PhaseScheduler scheduler;

    public PublishTarget(TargetLifecycle lifecycle, ProcessTables tables, PhaseScheduler scheduler) {
        this.lifecycle = lifecycle;
        this.tables = tables;
        this.scheduler = scheduler;
    }

    @Override
    public void execute(DelegateExecution execution) {
        PerformanceTarget target = tables.of(execution);
        lifecycle.enter(target.getId(), TargetStatus.PUBLISHED);
        scheduler.scheduleYear(target);
    }
}
