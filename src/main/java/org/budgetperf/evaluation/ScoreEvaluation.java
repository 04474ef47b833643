package org.budgetperf.evaluation;

import java.util.List;
import org.budgetperf.approval.ProcessTables;
import org.budgetperf.declaration.PerformanceTarget;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The submitted self-evaluation, scored by the rules in force (performance-rules.dmn) when it was recorded: the
 * unit and its department are told its total and grade, or what still waits for the reviewer's grading.
 */
@Component("scoreEvaluation")
public class ScoreEvaluation implements JavaDelegate {

    private final ProcessTables tables;
    private final EvaluationNotice notice;

    public ScoreEvaluation(ProcessTables tables, EvaluationNotice notice) {
        this.tables = tables;
        this.notice = notice;
    }

    @Override
    public void execute(DelegateExecution execution) {
        PerformanceTarget target = tables.of(execution);
        notice.send(target, "【年度自评】“" + target.getName() + "”已提交自评：",
                List.of(target.getUnit().groupId(), target.getDepartment().groupId()));
    }
}
