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
 * The submitted self-evaluation scored by the rules in force (performance-rules.dmn): the total and grade are
 * stored with it, and the unit and its department are told, or told what still waits for the reviewer's grading.
 */
@Component("scoreEvaluation")
public class ScoreEvaluation implements JavaDelegate {

    private final ProcessTables tables;
    private final EvaluationService evaluations;
    private final NotificationService notifications;

    public ScoreEvaluation(ProcessTables tables, EvaluationService evaluations, NotificationService notifications) {
        this.tables = tables;
        this.evaluations = evaluations;
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        PerformanceTarget target = tables.of(execution);
        EvaluationView.ScoreView score = evaluations.get(target.getId(), CurrentUser.system()).scores();
        String result = score.totalScore() == null
                ? "待主管部门评定定性指标后计算总分" + (score.scoringProblem() == null ? "" : "（" + score.scoringProblem() + "）")
                : "总分 " + score.totalScore().toPlainString() + " 分，等级“" + score.gradeLabel() + "”";
        String message = "【年度自评】“" + target.getName() + "”已提交自评：" + result;
        for (String group : java.util.List.of(target.getUnit().groupId(), target.getDepartment().groupId())) {
            notifications.notify(group, NotificationType.EVALUATION, target.getId(), null, message);
        }
    }
}
