package org.budgetperf.notification;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.Set;
import org.budgetperf.common.PageView;
import org.budgetperf.security.CurrentUser;
import org.budgetperf.security.CurrentUserProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/notifications")
@Tag(name = "消息提醒")
public class NotificationController {

    private final NotificationService notifications;
    private final CurrentUserProvider currentUser;

    public NotificationController(NotificationService notifications, CurrentUserProvider currentUser) {
        this.notifications = notifications;
        this.currentUser = currentUser;
    }

    @GetMapping
    @Operation(summary = "当前用户本人及所在组收到的提醒、升级、退回、催办等通知（最新的在前），read 表示本人是否已读")
    public PageView<NotificationView> mine(@RequestParam(defaultValue = "0") int page,
                                           @RequestParam(defaultValue = "20") int size) {
        CurrentUser user = currentUser.require();
        Page<Notification> found = notifications.forGroups(Recipients.of(user),
                PageView.request(page, size, Sort.unsorted()));
        Set<Long> read = notifications.readAmong(user.userId(), found.map(Notification::getId).toList());
        return PageView.of(found.map(n -> NotificationView.of(n, read.contains(n.getId()))));
    }

    @GetMapping("/unread-count")
    @Operation(summary = "本人未读的通知数")
    public UnreadCount unreadCount() {
        CurrentUser user = currentUser.require();
        return new UnreadCount(notifications.unreadCount(user.userId(), Recipients.of(user)));
    }

    @PostMapping("/{id}/read")
    @Operation(summary = "把一条通知标为本人已读（所在组的其他人仍为未读）")
    public ResponseEntity<Void> markRead(@PathVariable Long id) {
        CurrentUser user = currentUser.require();
        notifications.markRead(id, user.userId(), Recipients.of(user));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/read-all")
    @Operation(summary = "把本人的全部通知标为已读")
    public UnreadCount markAllRead() {
        CurrentUser user = currentUser.require();
        notifications.markAllRead(user.userId(), Recipients.of(user));
        return new UnreadCount(notifications.unreadCount(user.userId(), Recipients.of(user)));
    }

    public record UnreadCount(long unread) {
    }

    public record NotificationView(Long id, NotificationType type, String typeLabel, String recipientGroup,
                                   Long targetId, String taskId, String message, Instant createdAt, boolean read) {
        static NotificationView of(Notification n, boolean read) {
            return new NotificationView(n.getId(), n.getType(), n.getType().label(), n.getRecipientGroup(),
                    n.getTargetId(), n.getTaskId(), n.getMessage(), n.getCreatedAt(), read);
        }
    }
}
