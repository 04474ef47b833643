package org.budgetperf.declaration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A table copied (抄送) to a person, who may read it from then on. */
@Entity
@Table(name = "pt_target_copy")
public class TargetCopy {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pt_target_copy_seq")
    @SequenceGenerator(name = "pt_target_copy_seq", sequenceName = "pt_target_copy_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "target_id", nullable = false, updatable = false)
    private PerformanceTarget target;

    @Column(name = "user_id", nullable = false, length = 64, updatable = false)
    private String userId;

    @Column(name = "copied_by", nullable = false, length = 64, updatable = false)
    private String copiedBy;

    @JdbcTypeCode(SqlTypes.LONGVARCHAR)
    @Column(updatable = false)
    private String reason;

    @Column(name = "copied_at", nullable = false, updatable = false)
    private Instant copiedAt;

    protected TargetCopy() {
    }

    TargetCopy(PerformanceTarget target, String userId, String copiedBy, String reason) {
        this.target = target;
        this.userId = userId;
        this.copiedBy = copiedBy;
        this.reason = reason;
        this.copiedAt = Instant.now();
    }

    public PerformanceTarget getTarget() {
        return target;
    }

    public String getUserId() {
        return userId;
    }

    public String getCopiedBy() {
        return copiedBy;
    }

    public String getReason() {
        return reason;
    }

    public Instant getCopiedAt() {
        return copiedAt;
    }
}
