package org.budgetperf.notification;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.budgetperf.common.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Messages to everyone in a group (reminders, escalations, returns …), each read by its people one by one: what one
 * person has read stays unread for the others in the group.
 */
@Service
@Transactional
public class NotificationService {

    private final NotificationRepository notifications;
    private final NotificationReadRepository reads;
    private final ObjectProvider<NotificationChannel> channels;

    public NotificationService(NotificationRepository notifications, NotificationReadRepository reads,
                               ObjectProvider<NotificationChannel> channels) {
        this.notifications = notifications;
        this.reads = reads;
        this.channels = channels;
    }

    public void notify(String recipientGroup, NotificationType type, Long targetId, String taskId, String message) {
        Notification stored = notifications.save(new Notification(recipientGroup, type, targetId, taskId, message));
        channels.forEach(channel -> channel.deliver(stored));
    }

    /** A notification to one person (an urge, a transferred or delegated task, a copy). */
    public void notifyPerson(String userId, NotificationType type, Long targetId, String taskId, String message) {
        notify(Recipients.person(userId), type, targetId, taskId, message);
    }

    @Transactional(readOnly = true)
    public Page<Notification> forGroups(Collection<String> groups, Pageable page) {
        return notifications.findByRecipientGroupInOrderByCreatedAtDescIdDesc(orNone(groups), page);
    }

    @Transactional(readOnly = true)
    public List<Notification> aboutTarget(Long targetId) {
        return notifications.findByTargetIdOrderByIdAsc(targetId);
    }

    /** How many of their groups' notifications the person has not read. */
    @Transactional(readOnly = true)
    public long unreadCount(String userId, Collection<String> groups) {
        return reads.countUnread(userId, orNone(groups));
    }

    /** Which of the given notifications the person has read. */
    @Transactional(readOnly = true)
    public Set<Long> readAmong(String userId, Collection<Long> notificationIds) {
        return notificationIds.isEmpty() ? Set.of() : Set.copyOf(reads.readAmong(userId, notificationIds));
    }

    /** Marks one of their groups' notifications read for the person (again: no change); another's is not found. */
    public void markRead(Long notificationId, String userId, Collection<String> groups) {
        Notification notification = notifications.findById(notificationId)
                .filter(n -> groups.contains(n.getRecipientGroup()))
                .orElseThrow(() -> new NotFoundException("通知不存在：" + notificationId));
        if (!reads.existsById(new NotificationRead.Key(notification.getId(), userId))) {
            reads.save(new NotificationRead(notification.getId(), userId));
        }
    }

    /** Marks every unread notification of their groups read for the person. */
    public void markAllRead(String userId, Collection<String> groups) {
        reads.saveAll(reads.unread(userId, orNone(groups)).stream().map(id -> new NotificationRead(id, userId))
                .toList());
    }

    private static Collection<String> orNone(Collection<String> groups) {
        return groups.isEmpty() ? List.of("") : groups;
    }
}
