package org.budgetperf.evaluation;

import org.budgetperf.approval.ProcessTables;
import org.budgetperf.declaration.PerformanceTarget;
import org.budgetperf.notification.NotificationService;
import org.budgetperf.notification.NotificationType;
import org.budgetperf.security.CurrentUser;
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
    private final EvaluationService evaluations;
    private final NotificationService notifications;

    public PublishEvaluation(ProcessTables tables, EvaluationService evaluations, NotificationService notifications) {
        this.tables = tables;
        this.evaluations = evaluations;
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        PerformanceTarget target = tables.of(execution);
        EvaluationView.ScoreView score = evaluations.get(target.getId(), CurrentUser.system()).scores();
        String grade = score.gradeLabel() == null ? "（未能计算总分：" + score.scoringProblem() + "）"
                : "总分 " + score.totalScore().toPlainString() + " 分，等级“" + score.gradeLabel() + "”";
        String message = "【自评结果公开】“" + target.getName() + "”" + target.getBudgetYear() + "年度绩效自评结果：" + grade;
        for (String group : java.util.List.of(target.getUnit().groupId(), target.getDepartment().groupId(),
                target.financeBureau().groupId())) {
            notifications.notify(group, NotificationType.EVALUATION, target.getId(), null, message);
        }
    }
}
