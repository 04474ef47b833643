package org.budgetperf.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import org.springframework.data.domain.Persistable;

/** That one person has read a notification of their group, and when. Written once (so always new), never changed. */
@Entity
@Table(name = "pt_notification_read")
public class NotificationRead implements Persistable<NotificationRead.Key> {

    @EmbeddedId
    private Key key;

    @Column(name = "read_at", nullable = false, updatable = false)
    private Instant readAt;

    protected NotificationRead() {
    }

    NotificationRead(Long notificationId, String userId) {
        this.key = new Key(notificationId, userId);
        this.readAt = Instant.now();
    }

    @Override
    public Key getId() {
        return key;
    }

    @Override
    public boolean isNew() {
        return true;
    }

    @Embeddable
    public record Key(@Column(name = "notification_id") Long notificationId,
                      @Column(name = "user_id", length = 64) String userId) implements Serializable {
    }
}
