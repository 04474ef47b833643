package org.budgetperf.operation;

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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One operation on a table's task: who, when, to whom, why. Never updated. */
@Entity
@Table(name = "pt_task_operation")
public class TaskOperation {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pt_task_operation_seq")
    @SequenceGenerator(name = "pt_task_operation_seq", sequenceName = "pt_task_operation_seq", allocationSize = 50)
    private Long id;

    @Column(name = "target_id", nullable = false, updatable = false)
    private Long targetId;

    @Column(name = "version_no", nullable = false, updatable = false)
    private int versionNo;

    @Column(name = "process_instance_id", length = 64, updatable = false)
    private String processInstanceId;

    @Column(name = "task_id", length = 64, updatable = false)
    private String taskId;

    @Column(name = "task_name", length = 200, updatable = false)
    private String taskName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private TaskOperationType operation;

    @Column(name = "user_id", nullable = false, length = 64, updatable = false)
    private String userId;

    @Column(name = "other_user_id", length = 64, updatable = false)
    private String otherUserId;

    @JdbcTypeCode(SqlTypes.LONGVARCHAR)
    @Column(updatable = false)
    private String reason;

    @Column(name = "attachment_id", length = 64, updatable = false)
    private String attachmentId;

    @Column(name = "operated_at", nullable = false, updatable = false)
    private Instant operatedAt;

    protected TaskOperation() {
    }

    TaskOperation(OperationOnTask on, TaskOperationType operation, String userId, String otherUserId, String reason,
                  String attachmentId) {
        this.targetId = on.targetId();
        this.versionNo = on.versionNo();
        this.processInstanceId = on.processInstanceId();
        this.taskId = on.taskId();
        this.taskName = on.taskName();
        this.operation = operation;
        this.userId = userId;
        this.otherUserId = otherUserId;
        this.reason = reason;
        this.attachmentId = attachmentId;
        this.operatedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public Long getTargetId() {
        return targetId;
    }

    public int getVersionNo() {
        return versionNo;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public String getTaskId() {
        return taskId;
    }

    public String getTaskName() {
        return taskName;
    }

    public TaskOperationType getOperation() {
        return operation;
    }

    public String getUserId() {
        return userId;
    }

    public String getOtherUserId() {
        return otherUserId;
    }

    public String getReason() {
        return reason;
    }

    public String getAttachmentId() {
        return attachmentId;
    }

    public Instant getOperatedAt() {
        return operatedAt;
    }
}
