package org.budgetperf.approval;

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

/** One decision in a table's history: who, when, at which step, what, and why. Never updated. */
@Entity
@Table(name = "pt_approval_decision")
public class ApprovalDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pt_approval_decision_seq")
    @SequenceGenerator(name = "pt_approval_decision_seq", sequenceName = "pt_approval_decision_seq", allocationSize = 50)
    private Long id;

    @Column(name = "target_id", nullable = false, updatable = false)
    private Long targetId;

    @Column(name = "version_no", nullable = false, updatable = false)
    private int versionNo;

    @Column(name = "process_instance_id", length = 64, updatable = false)
    private String processInstanceId;

    @Column(name = "task_id", length = 64, updatable = false)
    private String taskId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private ApprovalStep step;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private Decision decision;

    @JdbcTypeCode(SqlTypes.LONGVARCHAR)
    @Column(updatable = false)
    private String remark;

    @Enumerated(EnumType.STRING)
    @Column(length = 20, updatable = false)
    private ReviewConclusion conclusion;

    @Enumerated(EnumType.STRING)
    @Column(name = "return_to", length = 20, updatable = false)
    private ReturnTo returnTo;

    @Column(name = "resubmit_to_me", nullable = false, updatable = false)
    private boolean resubmitToMe;

    @Column(name = "user_id", nullable = false, length = 64, updatable = false)
    private String userId;

    @Column(name = "decided_at", nullable = false, updatable = false)
    private Instant decidedAt;

    protected ApprovalDecision() {
    }

    ApprovalDecision(Long targetId, int versionNo, String processInstanceId, String taskId, ValidDecision decision,
                     String userId) {
        this.targetId = targetId;
        this.versionNo = versionNo;
        this.processInstanceId = processInstanceId;
        this.taskId = taskId;
        this.step = decision.step();
        this.decision = decision.decision();
        this.remark = decision.comment();
        this.conclusion = decision.conclusion();
        this.returnTo = decision.returnTo();
        this.resubmitToMe = decision.resubmitToMe();
        this.userId = userId;
        this.decidedAt = Instant.now();
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

    public ApprovalStep getStep() {
        return step;
    }

    public Decision getDecision() {
        return decision;
    }

    public String getRemark() {
        return remark;
    }

    public ReviewConclusion getConclusion() {
        return conclusion;
    }

    public ReturnTo getReturnTo() {
        return returnTo;
    }

    public boolean isResubmitToMe() {
        return resubmitToMe;
    }

    public String getUserId() {
        return userId;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
