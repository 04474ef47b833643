package org.budgetperf.monitoring;

import java.util.List;
import java.util.Map;
import org.budgetperf.approval.FormPicture;
import org.budgetperf.approval.ProcessTables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** The judgement task's form: the report's lines that wait for a person's light. */
@Component("presentJudgementForm")
public class PresentJudgementForm implements FormPicture {

    private final ProcessTables tables;
    private final MonitoringFormData formData;

    public PresentJudgementForm(ProcessTables tables, MonitoringFormData formData) {
        this.tables = tables;
        this.formData = formData;
    }

    @Override
    public List<String> names() {
        return List.of(MonitoringFormData.SUMMARY, MonitoringFormData.JUDGEMENTS);
    }

    @Override
    public Map<String, Object> of(DelegateTask task) {
        return formData.judgementVariables(tables.of(task).getId());
    }
}
