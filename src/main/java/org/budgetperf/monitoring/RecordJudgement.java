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

/** The department submits its judgement of the monitoring lines no rule could light. */
@Component("recordJudgement")
public class RecordJudgement extends RecordReport<JudgementRequest> {

    private final MonitoringService monitoring;

    public RecordJudgement(ProcessTables tables, Deciders deciders, ApprovalHistory history, ObjectMapper json,
                           MonitoringService monitoring) {
        super(tables, deciders, history, json);
        this.monitoring = monitoring;
    }

    @Override
    protected ApprovalStep step() {
        return ApprovalStep.MONITORING_JUDGEMENT;
    }

    @Override
    protected List<String> fields() {
        return List.of(MonitoringFormData.JUDGEMENTS);
    }

    @Override
    protected Class<JudgementRequest> requestType() {
        return JudgementRequest.class;
    }

    @Override
    protected void save(Long targetId, JudgementRequest request, CurrentUser reviewer) {
        monitoring.judge(targetId, request, reviewer);
    }

    @Override
    protected boolean recorded(Long targetId) {
        return !monitoring.awaitsJudgement(targetId);
    }
}
