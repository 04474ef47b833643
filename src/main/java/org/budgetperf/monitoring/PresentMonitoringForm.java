package org.budgetperf.monitoring;

import java.util.List;
import java.util.Map;
import org.budgetperf.approval.FormPicture;
import org.budgetperf.approval.ProcessTables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** The monitoring task's form: the table's indicators and funds to report on. */
@Component("presentMonitoringForm")
public class PresentMonitoringForm implements FormPicture {

    private final ProcessTables tables;
    private final MonitoringFormData formData;

    public PresentMonitoringForm(ProcessTables tables, MonitoringFormData formData) {
        this.tables = tables;
        this.formData = formData;
    }

    @Override
    public List<String> names() {
        return List.of(MonitoringFormData.SUMMARY, MonitoringFormData.INDICATORS, MonitoringFormData.FUNDS);
    }

    @Override
    public Map<String, Object> of(DelegateTask task) {
        return formData.variables(tables.of(task).getId());
    }
}
