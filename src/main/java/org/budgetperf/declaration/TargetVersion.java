package org.budgetperf.declaration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** What finance approved, frozen as a JSON snapshot of the whole table; never updated afterwards. */
@Entity
@Table(name = "pt_target_version")
public class TargetVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pt_target_version_seq")
    @SequenceGenerator(name = "pt_target_version_seq", sequenceName = "pt_target_version_seq", allocationSize = 50)
    private Long id;

    @Column(name = "target_id", nullable = false, updatable = false)
    private Long targetId;

    @Column(name = "version_no", nullable = false, updatable = false)
    private int versionNo;

    @Column(name = "approved_by", length = 64, updatable = false)
    private String approvedBy;

    @Column(name = "approved_at", nullable = false, updatable = false)
    private Instant approvedAt;

    @Column(length = 20, updatable = false)
    private String conclusion;

    @JdbcTypeCode(SqlTypes.LONGVARCHAR)
    @Column(nullable = false, updatable = false)
    private String snapshot;

    protected TargetVersion() {
    }

    TargetVersion(Long targetId, int versionNo, String approvedBy, String conclusion, String snapshot) {
        this.targetId = targetId;
        this.versionNo = versionNo;
        this.approvedBy = approvedBy;
        this.approvedAt = Instant.now();
        this.conclusion = conclusion;
        this.snapshot = snapshot;
    }

    public Long getTargetId() {
        return targetId;
    }

    public int getVersionNo() {
        return versionNo;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public String getConclusion() {
        return conclusion;
    }

    public String getSnapshot() {
        return snapshot;
    }
}
