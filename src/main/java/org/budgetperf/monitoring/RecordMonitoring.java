package org.budgetperf.monitoring;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.budgetperf.approval.ApprovalHistory;
import org.budgetperf.approval.ApprovalStep;
import org.budgetperf.approval.Deciders;
import org.budgetperf.approval.ProcessTables;
import org.budgetperf.cycle.RecordReport;
import org.budgetperf.security.CurrentUser;
import org.springframework.stereotype.Component;

/** The unit submits its half-year monitoring form: progress per indicator and budget executed per fund source. */
@Component("recordMonitoring")
public class RecordMonitoring extends RecordReport<MonitoringRequest> {

    private final MonitoringService monitoring;

    public RecordMonitoring(ProcessTables tables, Deciders deciders, ApprovalHistory history, ObjectMapper json,
                            MonitoringService monitoring) {
        super(tables, deciders, history, json);
        this.monitoring = monitoring;
    }

    @Override
    protected ApprovalStep step() {
        return ApprovalStep.MONITORING_REPORT;
    }

    @Override
    protected List<String> fields() {
        return List.of(MonitoringFormData.INDICATORS, MonitoringFormData.FUNDS);
    }

    @Override
    protected Class<MonitoringRequest> requestType() {
        return MonitoringRequest.class;
    }

    @Override
    protected void save(Long targetId, MonitoringRequest request, CurrentUser unit) {
        monitoring.submit(targetId, request, unit);
    }

    @Override
    protected boolean recorded(Long targetId) {
        return monitoring.isRecorded(targetId);
    }
}
