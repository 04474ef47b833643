package org.budgetperf.evaluation;

import java.util.List;
import org.budgetperf.approval.ProcessTables;
import org.budgetperf.declaration.PerformanceTarget;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The reviewed self-evaluation's results are published (公开): the unit, its department and the finance bureau hear
 * of the final grade; a 差 is listed for next year's budget ({@code GET /api/evaluations/poor}).
 */
@Component("publishEvaluation")
public class PublishEvaluation implements JavaDelegate {

    private final ProcessTables tables;
    private final EvaluationNotice notice;

    public PublishEvaluation(ProcessTables tables, EvaluationNotice notice) {
        this.tables = tables;
        this.notice = notice;
    }

    @Override
    public void execute(DelegateExecution execution) {
        PerformanceTarget target = tables.of(execution);
        notice.send(target, "【自评结果公开】“" + target.getName() + "”" + target.getBudgetYear() + "年度绩效自评结果：",
                List.of(target.getUnit().groupId(), target.getDepartment().groupId(), target.financeBureau().groupId()));
    }
}
