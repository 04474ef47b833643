package org.budgetperf.notification;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.budgetperf.security.CurrentUserProvider;
import org.budgetperf.common.PageView;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
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
    @Operation(summary = "当前用户所在组收到的提醒、升级和退回通知")
    public PageView<NotificationView> mine(@RequestParam(defaultValue = "0") int page,
                                       @RequestParam(defaultValue = "20") int size) {
        List<String> groups = List.copyOf(currentUser.require().groupIds());
        return PageView.of(notifications.forGroups(groups,
                PageView.request(page, size, Sort.unsorted())).map(NotificationView::of));
    }

    public record NotificationView(Long id, NotificationType type, String typeLabel, String recipientGroup,
                                   Long targetId, String taskId, String message, Instant createdAt) {
        static NotificationView of(Notification n) {
            return new NotificationView(n.getId(), n.getType(), n.getType().label(), n.getRecipientGroup(),
                    n.getTargetId(), n.getTaskId(), n.getMessage(), n.getCreatedAt());
        }
    }
}
