package org.budgetperf.cycle;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.budgetperf.approval.ApprovalHistory;
import org.budgetperf.approval.ApprovalStep;
import org.budgetperf.approval.Decision;
import org.budgetperf.approval.Deciders;
import org.budgetperf.approval.ProcessTables;
import org.budgetperf.approval.ValidDecision;
import org.budgetperf.common.ConflictException;
import org.budgetperf.declaration.PerformanceTarget;
import org.budgetperf.security.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * On completion of a year report task: the unit of the table (checked like any decider) submits the form's
 * lists, which its capability's service stores as the REST API would; or, completing through {@code /api} with
 * the decision SUBMIT, submits the report it already recorded there. The submission is recorded in the history.
 */
public abstract class RecordReport<R> implements TaskListener {

    private final ProcessTables tables;
    private final Deciders deciders;
    private final ApprovalHistory history;
    private final ObjectMapper json;

    protected RecordReport(ProcessTables tables, Deciders deciders, ApprovalHistory history, ObjectMapper json) {
        this.tables = tables;
        this.deciders = deciders;
        this.history = history;
        this.json = json;
    }

    protected abstract ApprovalStep step();

    /** The form's list fields, named as the request's lists. */
    protected abstract List<String> fields();

    protected abstract Class<R> requestType();


    protected abstract void save(Long targetId, R request, CurrentUser unit);

    /** Whether the unit has recorded its report (through the API) for the table. */
    protected abstract boolean recorded(Long targetId);

    @Override
    public void notify(DelegateTask task) {
        PerformanceTarget target = tables.of(task);
        CurrentUser unit = deciders.requireCaller(step(), target);
        if (ReportSubmission.submitsRecorded(task)) {
            if (!recorded(target.getId())) {
                throw new ConflictException("请先填写并保存" + step().label() + "的内容，再提交");
            }
        } else {
            save(target.getId(), ReportSubmission.read(task, fields(), requestType(), json), unit);
        }
        history.record(target.getId(), task.getProcessInstanceId(), task.getId(),
                new ValidDecision(step(), Decision.SUBMIT, null, null, false, null), unit.userId());
    }
}
