package org.budgetperf.evaluation;

import java.util.List;
import org.budgetperf.declaration.PerformanceTarget;
import org.budgetperf.notification.NotificationService;
import org.budgetperf.notification.NotificationType;
import org.budgetperf.security.CurrentUser;
import org.springframework.stereotype.Component;

/** Tells organizations a self-evaluation's result as it stands: total and grade, or what it still waits for. */
@Component
class EvaluationNotice {

    private final EvaluationService evaluations;
    private final NotificationService notifications;

    EvaluationNotice(EvaluationService evaluations, NotificationService notifications) {
        this.evaluations = evaluations;
        this.notifications = notifications;
    }

    void send(PerformanceTarget target, String prefix, List<String> groups) {
        EvaluationView.ScoreView score = evaluations.get(target.getId(), CurrentUser.system()).scores();
        String result = score.totalScore() == null
                ? "待主管部门评定定性指标后计算总分" + (score.scoringProblem() == null ? "" : "（" + score.scoringProblem() + "）")
                : "总分 " + score.totalScore().toPlainString() + " 分，等级“" + score.gradeLabel() + "”";
        groups.forEach(group -> notifications.notify(group, NotificationType.EVALUATION, target.getId(), null,
                prefix + result));
    }
}
