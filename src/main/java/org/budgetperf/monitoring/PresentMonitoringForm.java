package org.budgetperf.monitoring;

import org.budgetperf.approval.ProcessTables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The monitoring task's form: the table's indicators and funds to report on, as task-local variables. */
@Component("presentMonitoringForm")
public class PresentMonitoringForm implements TaskListener {

    private final ProcessTables tables;
    private final MonitoringFormData formData;

    public PresentMonitoringForm(ProcessTables tables, MonitoringFormData formData) {
        this.tables = tables;
        this.formData = formData;
    }

    @Override
    public void notify(DelegateTask task) {
        task.setVariablesLocal(formData.variables(tables.of(task).getId()));
    }
}
