package org.budgetperf.approval;

import static org.budgetperf.approval.ApprovalVariables.TARGET_ID;
import static org.budgetperf.approval.ApprovalVariables.TARGET_NAME;

import org.budgetperf.notification.NotificationService;
import org.budgetperf.notification.NotificationType;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** A review reached its due date: remind everyone who could pick it up. */
@Component("remindReviewers")
public class RemindReviewers {

    private final OpenReviewTasks openTasks;
    private final NotificationService notifications;

    public RemindReviewers(OpenReviewTasks openTasks, NotificationService notifications) {
        this.openTasks = openTasks;
        this.notifications = notifications;
    }

    public void remind(DelegateExecution execution, String taskKey) {
        openTasks.find(execution.getProcessInstanceId(), taskKey).ifPresent(task -> {
            String message = "【到期提醒】“" + TARGET_NAME.from(execution).get() + "”的" + task.getName()
                    + "已到期，请尽快办理";
            openTasks.candidateGroups(task).forEach(group -> notifications.notify(group, NotificationType.REMINDER,
                    TARGET_ID.from(execution).get(), task.getId(), message));
        });
    }
}
