package org.budgetperf.monitoring;

import org.budgetperf.approval.ProcessTables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The judgement task's form: the report's lines that wait for a person's light, as task-local variables. */
@Component("presentJudgementForm")
public class PresentJudgementForm implements TaskListener {

    private final ProcessTables tables;
    private final MonitoringFormData formData;

    public PresentJudgementForm(ProcessTables tables, MonitoringFormData formData) {
        this.tables = tables;
        this.formData = formData;
    }

    @Override
    public void notify(DelegateTask task) {
        task.setVariablesLocal(formData.judgementVariables(tables.of(task).getId()));
    }
}
