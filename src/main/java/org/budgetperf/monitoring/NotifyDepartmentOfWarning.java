package org.budgetperf.monitoring;

import org.budgetperf.approval.ProcessTables;
import org.budgetperf.declaration.PerformanceTarget;
import org.budgetperf.notification.NotificationService;
import org.budgetperf.notification.NotificationType;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A yellow light: the supervising department hears of it, without a task. */
@Component("notifyDepartmentOfWarning")
public class NotifyDepartmentOfWarning implements JavaDelegate {

    private final ProcessTables tables;
    private final NotificationService notifications;

    public NotifyDepartmentOfWarning(ProcessTables tables, NotificationService notifications) {
        this.tables = tables;
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        PerformanceTarget target = tables.of(execution);
        notifications.notify(target.getDepartment().groupId(), NotificationType.WARNING, target.getId(), null,
                "【黄灯预警】“" + target.getName() + "”（" + target.getUnit().getName() + "）半年监控进度偏慢，请关注并督促");
    }
}
