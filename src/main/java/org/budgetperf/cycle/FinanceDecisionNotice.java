package org.budgetperf.cycle;

import org.budgetperf.approval.ApprovalDecision;
import org.budgetperf.approval.ApprovalHistory;
import org.budgetperf.declaration.PerformanceTarget;
import org.budgetperf.notification.NotificationService;
import org.budgetperf.notification.NotificationType;
import org.springframework.stereotype.Component;

/** Tells the unit and its department what the finance bureau decided about a seriously deviating project, and why. */
@Component
class FinanceDecisionNotice {

    private final ApprovalHistory history;
    private final NotificationService notifications;

    FinanceDecisionNotice(ApprovalHistory history, NotificationService notifications) {
        this.history = history;
        this.notifications = notifications;
    }

    void send(PerformanceTarget target, String processInstanceId) {
        ApprovalDecision decision = history.last(processInstanceId).orElseThrow();
        String message = "【" + decision.getDecision().label() + "】“" + target.getName() + "”半年监控出现严重偏差，财政部门决定"
                + decision.getDecision().label() + "：" + decision.getRemark();
        for (String group : java.util.List.of(target.getUnit().groupId(), target.getDepartment().groupId())) {
            notifications.notify(group, NotificationType.FUNDS_DECISION, target.getId(), null, message);
        }
    }
}
