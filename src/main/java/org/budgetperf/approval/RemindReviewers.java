package org.budgetperf.approval;

import org.budgetperf.declaration.PerformanceTarget;
import org.budgetperf.notification.NotificationService;
import org.budgetperf.notification.NotificationType;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * A review or report reached its due date: remind everyone who could pick it up, and personally whoever holds it
 * (the person it was transferred to, the delegate and the owner of a delegated task).
 */
@Component("remindReviewers")
public class RemindReviewers {

    private final OpenReviewTasks openTasks;
    private final NotificationService notifications;
    private final ProcessTables tables;
    private final BpmnTaskNames taskNames;

    public RemindReviewers(OpenReviewTasks openTasks, NotificationService notifications, ProcessTables tables,
                          BpmnTaskNames taskNames) {
        this.openTasks = openTasks;
        this.notifications = notifications;
        this.tables = tables;
        this.taskNames = taskNames;
    }

    public void remind(DelegateExecution execution, String taskKey) {
        openTasks.find(execution.getProcessInstanceId(), taskKey).ifPresent(task -> {
            PerformanceTarget target = tables.of(execution);
            String message = "【到期提醒】“" + target.getName() + "”的" + taskNames.of(task) + "已到期，请尽快办理";
            openTasks.candidateGroups(task).forEach(group -> notifications.notify(group, NotificationType.REMINDER,
                    target.getId(), task.getId(), message));
            openTasks.personalHolders(task).forEach(person -> notifications.notifyPerson(person,
                    NotificationType.REMINDER, target.getId(), task.getId(), message));
        });
    }
}
