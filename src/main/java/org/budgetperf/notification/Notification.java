package org.budgetperf.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A message to everyone in a Camunda group: reminders, escalations, returns. */
@Entity
@Table(name = "pt_notification")
public class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pt_notification_seq")
    @SequenceGenerator(name = "pt_notification_seq", sequenceName = "pt_notification_seq", allocationSize = 50)
    private Long id;

    @Column(name = "recipient_group", nullable = false, length = 100)
    private String recipientGroup;

    @Enumerated(EnumType.STRING)
    @Column(name = "notification_type", nullable = false, length = 20)
    private NotificationType type;

    @Column(name = "target_id")
    private Long targetId;

    @Column(name = "task_id", length = 64)
    private String taskId;

    @Column(nullable = false, length = 2000)
    private String message;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Notification() {
    }

    Notification(String recipientGroup, NotificationType type, Long targetId, String taskId, String message) {
        this.recipientGroup = recipientGroup;
        this.type = type;
        this.targetId = targetId;
        this.taskId = taskId;
        this.message = message.length() > 2000 ? message.substring(0, 2000) : message;
        this.createdAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public String getRecipientGroup() {
        return recipientGroup;
    }

    public NotificationType getType() {
        return type;
    }

    public Long getTargetId() {
        return targetId;
    }

    public String getTaskId() {
        return taskId;
    }

    public String getMessage() {
        return message;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
