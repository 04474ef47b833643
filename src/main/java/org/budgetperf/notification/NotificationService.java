package org.budgetperf.notification;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
public class NotificationService {

    private final NotificationRepository notifications;

    public NotificationService(NotificationRepository notifications) {
        this.notifications = notifications;
    }

    public void notify(String recipientGroup, NotificationType type, Long targetId, String taskId, String message) {
        notifications.save(new Notification(recipientGroup, type, targetId, taskId, message));
    }

    @Transactional(readOnly = true)
    public Page<Notification> forGroups(List<String> groups, Pageable page) {
        return notifications.findByRecipientGroupInOrderByCreatedAtDescIdDesc(groups.isEmpty() ? List.of("") : groups,
                page);
    }

    @Transactional(readOnly = true)
    public List<Notification> aboutTarget(Long targetId) {
        return notifications.findByTargetIdOrderByIdAsc(targetId);
    }
}
