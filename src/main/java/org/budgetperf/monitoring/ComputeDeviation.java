package org.budgetperf.monitoring;

import org.budgetperf.approval.ProcessTables;
import org.budgetperf.calculation.Light;
import org.budgetperf.declaration.PerformanceTarget;
import org.budgetperf.notification.NotificationService;
import org.budgetperf.notification.NotificationType;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The submitted report's deviation and warning level, computed with the rules in force (performance-rules.dmn)
 * when it was stored: the table's light decides the way on, and the unit is told it.
 */
@Component("computeDeviation")
public class ComputeDeviation implements JavaDelegate {

    private final ProcessTables tables;
    private final MonitoringService monitoring;
    private final NotificationService notifications;

    public ComputeDeviation(ProcessTables tables, MonitoringService monitoring, NotificationService notifications) {
        this.tables = tables;
        this.monitoring = monitoring;
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        PerformanceTarget target = tables.of(execution);
        Light light = monitoring.tableLight(target.getId());
        notifications.notify(target.getUnit().groupId(), NotificationType.WARNING, target.getId(), null,
                "【半年监控】“" + target.getName() + "”的预警等级为" + light.label());
    }
}
