package org.budgetperf.monitoring;

import org.budgetperf.approval.ProcessTables;
import org.budgetperf.calculation.Light;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** The monitoring process's gateways ({@code ${monitoringRoute...}}): the table's light as stored with its report. */
@Component("monitoringRoute")
public class MonitoringRoute {

    private final ProcessTables tables;
    private final MonitoringService monitoring;

    public MonitoringRoute(ProcessTables tables, MonitoringService monitoring) {
        this.tables = tables;
        this.monitoring = monitoring;
    }

    public boolean awaitsJudgement(DelegateExecution execution) {
        return monitoring.awaitsJudgement(tables.of(execution).getId());
    }

    public boolean red(DelegateExecution execution) {
        return light(execution) == Light.RED;
    }

    public boolean yellow(DelegateExecution execution) {
        return light(execution) == Light.YELLOW;
    }

    public boolean blue(DelegateExecution execution) {
        return light(execution) == Light.BLUE;
    }

    private Light light(DelegateExecution execution) {
        return monitoring.tableLight(tables.of(execution).getId());
    }
}
