package org.budgetperf.operation;

import java.util.Map;
import org.budgetperf.approval.PersonNames;
import org.budgetperf.notification.NotificationService;
import org.budgetperf.notification.NotificationType;
import org.springframework.stereotype.Component;

/**
 * Records an operation in the table's history and tells the person it was done for (the transferee, the delegate,
 * the owner a delegated task came back to, the co-signer, the copy's recipient).
 */
@Component
class OperationLog {

    private static final Map<TaskOperationType, NotificationType> NOTICES = Map.of(
            TaskOperationType.TRANSFER, NotificationType.TRANSFER,
            TaskOperationType.DELEGATE, NotificationType.DELEGATE,
            TaskOperationType.RESOLVE, NotificationType.DELEGATE,
            TaskOperationType.COSIGN, NotificationType.COSIGN,
            TaskOperationType.COPY, NotificationType.COPY);

    private static final Map<TaskOperationType, String> WHAT = Map.of(
            TaskOperationType.TRANSFER, "转办给您",
            TaskOperationType.DELEGATE, "委派给您办理",
            TaskOperationType.RESOLVE, "已办结委派，交回您办理",
            TaskOperationType.COSIGN, "请您加签（会签）",
            TaskOperationType.COPY, "抄送给您");

    private final TaskOperations operations;
    private final NotificationService notifications;
    private final PersonNames names;

    OperationLog(TaskOperations operations, NotificationService notifications, PersonNames names) {
        this.operations = operations;
        this.notifications = notifications;
        this.names = names;
    }

    void record(OperatedTask at, TaskOperationType type, String userId, String otherUserId, String reason) {
        operations.record(at.on(), type, userId, otherUserId, reason);
        NotificationType notice = NOTICES.get(type);
        if (notice != null && otherUserId != null) {
            String task = at.taskName() == null ? "" : "“" + at.taskName() + "”";
            notifications.notifyPerson(otherUserId, notice, at.target().getId(), at.taskId(),
                    names.of(userId) + "将绩效目标表“" + at.target().getName() + "”" + task + WHAT.get(type)
                            + (reason == null ? "" : "：" + reason));
        }
    }
}
