package org.budgetperf.approval;

import org.budgetperf.declaration.PerformanceTarget;
import org.budgetperf.declaration.TargetQueries;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The table a process instance is about, read from the database by the instance's business key: no process
 * variable (which a task's candidates could write) names the table, its organizations or its amounts.
 */
@Component
public class ProcessTables {

    private final TargetQueries targets;

    public ProcessTables(TargetQueries targets) {
        this.targets = targets;
    }

    public PerformanceTarget of(DelegateExecution execution) {
        return targets.byBusinessKey(execution.getProcessBusinessKey());
    }

    public PerformanceTarget of(DelegateTask task) {
        return of(task.getExecution());
    }
}
