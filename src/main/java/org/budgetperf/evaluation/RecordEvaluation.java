package org.budgetperf.evaluation;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.budgetperf.approval.ApprovalHistory;
import org.budgetperf.approval.ApprovalStep;
import org.budgetperf.approval.Deciders;
import org.budgetperf.approval.ProcessTables;
import org.budgetperf.cycle.RecordReport;
import org.budgetperf.security.CurrentUser;
import org.springframework.stereotype.Component;

/** The unit submits its self-evaluation form: actual values, sources, causes and budget execution. */
@Component("recordEvaluation")
public class RecordEvaluation extends RecordReport<EvaluationRequest> {

    private final EvaluationService evaluations;

    public RecordEvaluation(ProcessTables tables, Deciders deciders, ApprovalHistory history, ObjectMapper json,
                            EvaluationService evaluations) {
        super(tables, deciders, history, json);
        this.evaluations = evaluations;
    }

    @Override
    protected ApprovalStep step() {
        return ApprovalStep.EVALUATION_REPORT;
    }

    @Override
    protected List<String> fields() {
        return List.of("results", "budget");
    }

    @Override
    protected Class<EvaluationRequest> requestType() {
        return EvaluationRequest.class;
    }

    @Override
    protected void save(Long targetId, EvaluationRequest request, CurrentUser unit) {
        evaluations.requireOpen(targetId, unit);
        evaluations.record(targetId, request, unit);
    }

    @Override
    protected boolean recorded(Long targetId) {
        return evaluations.isRecorded(targetId);
    }
}
