package org.budgetperf.cycle;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.budgetperf.approval.ApprovalHistory;
import org.budgetperf.approval.ApprovalStep;
import org.budgetperf.approval.Decision;
import org.budgetperf.approval.Deciders;
import org.budgetperf.approval.PresentTargetForm;
import org.budgetperf.approval.ProcessTables;
import org.budgetperf.approval.ValidDecision;
import org.budgetperf.declaration.PerformanceTarget;
import org.budgetperf.security.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * On completion of a year report task: the unit of the table (checked like any decider) submits the form's
 * lists, which its capability's service stores as the REST API would; the submission is recorded in the history.
 */
abstract class RecordReport<R> implements TaskListener {

    private final ProcessTables tables;
    private final Deciders deciders;
    private final ApprovalHistory history;
    private final ObjectMapper json;

    RecordReport(ProcessTables tables, Deciders deciders, ApprovalHistory history, ObjectMapper json) {
        this.tables = tables;
        this.deciders = deciders;
        this.history = history;
        this.json = json;
    }

    abstract ApprovalStep step();

    /** The form's list fields, named as the request's lists. */
    abstract List<String> fields();

    abstract Class<R> requestType();

    abstract void save(Long targetId, R request, CurrentUser unit);

    @Override
    public void notify(DelegateTask task) {
        PerformanceTarget target = tables.of(task);
        CurrentUser unit = deciders.requireCaller(step(), target);
        Set<String> display = new HashSet<>(PresentTargetForm.VARIABLES);
        R request = ReportSubmission.read(task, fields(), display, requestType(), json);
        save(target.getId(), request, unit);
        history.record(target.getId(), task.getProcessInstanceId(), task.getId(),
                new ValidDecision(step(), Decision.SUBMIT, null, null, false, null), unit.userId());
    }
}
