package org.budgetperf.approval;

import java.util.stream.Stream;
import org.budgetperf.declaration.PerformanceTarget;
import org.budgetperf.declaration.TargetLifecycle;
import org.budgetperf.declaration.TargetStatus;
import org.budgetperf.notification.NotificationService;
import org.budgetperf.notification.NotificationType;
import org.budgetperf.organization.Organization;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The approved table is published (公开) with the department budget; its unit and department are told. */
@Component("publishTarget")
public class PublishTarget implements JavaDelegate {

    private final TargetLifecycle lifecycle;
    private final ProcessTables tables;
    private final NotificationService notifications;

    public PublishTarget(TargetLifecycle lifecycle, ProcessTables tables, NotificationService notifications) {
        this.lifecycle = lifecycle;
        this.tables = tables;
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        PerformanceTarget target = tables.of(execution);
        lifecycle.enter(target.getId(), TargetStatus.PUBLISHED);
        String message = "绩效目标表“" + target.getName() + "”（第" + target.getVersionNo() + "版）已批复并公开";
        Stream.of(target.getUnit(), target.getDepartment()).map(Organization::groupId).distinct()
                .forEach(group -> notifications.notify(group, NotificationType.APPROVED, target.getId(), null,
                        message));
    }
}
