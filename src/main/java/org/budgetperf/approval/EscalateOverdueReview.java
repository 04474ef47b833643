package org.budgetperf.approval;

import java.util.ArrayList;
import java.util.List;
import org.budgetperf.declaration.PerformanceTarget;
import org.budgetperf.notification.NotificationService;
import org.budgetperf.notification.NotificationType;
import org.budgetperf.security.Roles;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * A task is still open after its reminder: it becomes urgent and the level above hears of it — the department
 * for its unit's overdue report, the finance bureau for a department's review — together with the managers.
 */
@Component("escalateOverdueReview")
public class EscalateOverdueReview {

    static final int ESCALATED_PRIORITY = 100;

    private final OpenReviewTasks openTasks;
    private final NotificationService notifications;
    private final ProcessTables tables;
    private final BpmnTaskNames taskNames;

    public EscalateOverdueReview(OpenReviewTasks openTasks, NotificationService notifications, ProcessTables tables,
                                 BpmnTaskNames taskNames) {
        this.openTasks = openTasks;
        this.notifications = notifications;
        this.tables = tables;
        this.taskNames = taskNames;
    }

    public void escalate(DelegateExecution execution, String taskKey) {
        openTasks.find(execution.getProcessInstanceId(), taskKey).ifPresent(task -> {
            PerformanceTarget target = tables.of(execution);
            openTasks.raisePriority(task, ESCALATED_PRIORITY);
            List<String> candidates = openTasks.candidateGroups(task);
            List<String> levelAbove = new ArrayList<>();
            if (candidates.contains(target.getUnit().groupId()) && !target.isDepartmentsOwn()) {
                levelAbove.add(target.getDepartment().groupId());
            } else if (candidates.contains(target.getDepartment().groupId())) {
                levelAbove.add(target.financeBureau().groupId());
            }
            levelAbove.add(Roles.MANAGER);
            String message = "【超时升级】“" + target.getName() + "”的" + taskNames.of(task)
                    + "已超期未办理（候选：" + String.join("、", candidates) + "），请督办";
            levelAbove.forEach(group -> notifications.notify(group, NotificationType.ESCALATION,
                    target.getId(), task.getId(), message));
        });
    }
}
