package org.budgetperf.approval;

import static org.budgetperf.approval.ApprovalVariables.FINANCE_GROUP;
import static org.budgetperf.approval.ApprovalVariables.TARGET_ID;
import static org.budgetperf.approval.ApprovalVariables.TARGET_NAME;

import java.util.ArrayList;
import java.util.List;
import org.budgetperf.notification.NotificationService;
import org.budgetperf.notification.NotificationType;
import org.budgetperf.security.Roles;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * A review is still open after its reminder: it becomes urgent and the level above hears of it — the
 * finance bureau for a department's review — together with the managers.
 */
@Component("escalateOverdueReview")
public class EscalateOverdueReview {

    static final int ESCALATED_PRIORITY = 100;

    private final OpenReviewTasks openTasks;
    private final NotificationService notifications;

    public EscalateOverdueReview(OpenReviewTasks openTasks, NotificationService notifications) {
        this.openTasks = openTasks;
        this.notifications = notifications;
    }

    public void escalate(DelegateExecution execution, String taskKey) {
        openTasks.find(execution.getProcessInstanceId(), taskKey).ifPresent(task -> {
            openTasks.raisePriority(task, ESCALATED_PRIORITY);
            List<String> levelAbove = new ArrayList<>();
            if (ApprovalStep.DEPARTMENT_REVIEW.taskKey().equals(taskKey)) {
                levelAbove.add(FINANCE_GROUP.from(execution).get());
            }
            levelAbove.add(Roles.MANAGER);
            String message = "【超时升级】“" + TARGET_NAME.from(execution).get() + "”的" + task.getName()
                    + "已超期未办理（候选：" + String.join("、", openTasks.candidateGroups(task)) + "），请督办";
            levelAbove.forEach(group -> notifications.notify(group, NotificationType.ESCALATION,
                    TARGET_ID.from(execution).get(), task.getId(), message));
        });
    }
}
