package org.budgetperf.evaluation;

import org.budgetperf.approval.ProcessTables;
import org.budgetperf.calculation.SpotCheckSample;
import org.budgetperf.declaration.PerformanceTarget;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** The self-evaluation's gateway ({@code ${evaluationRoute.sampled(execution)}}): drawn for finance's spot check. */
@Component("evaluationRoute")
public class EvaluationRoute {

    private final ProcessTables tables;
    private final SpotCheckSample sample;

    public EvaluationRoute(ProcessTables tables, SpotCheckSample sample) {
        this.tables = tables;
        this.sample = sample;
    }

    public boolean sampled(DelegateExecution execution) {
        PerformanceTarget target = tables.of(execution);
        return sample.includes(target.getCode(), target.getBudgetYear());
    }
}
