package org.budgetperf.cycle;

import org.budgetperf.approval.ProcessTables;
import org.budgetperf.declaration.PerformanceTarget;
import org.budgetperf.declaration.TargetLifecycle;
import org.budgetperf.declaration.TargetStatus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Finance stops the project (终止): the table's year ends here, its self-evaluation will not open. */
@Component("stopProject")
public class StopProject implements JavaDelegate {

    private final ProcessTables tables;
    private final TargetLifecycle lifecycle;
    private final YearSteps yearSteps;
    private final FinanceDecisionNotice notice;

    public StopProject(ProcessTables tables, TargetLifecycle lifecycle, YearSteps yearSteps,
                       FinanceDecisionNotice notice) {
        this.tables = tables;
        this.lifecycle = lifecycle;
        this.yearSteps = yearSteps;
        this.notice = notice;
    }

    @Override
    public void execute(DelegateExecution execution) {
        PerformanceTarget target = tables.of(execution);
        lifecycle.enter(target.getId(), TargetStatus.STOPPED);
        yearSteps.cancelRemaining(target.getId());
        notice.send(target, execution.getProcessInstanceId());
    }
}
