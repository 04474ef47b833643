package org.budgetperf.monitoring;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The half-year monitoring report (绩效运行监控) of one table: one per table and budget year, replaced whole each
 * time the unit submits it while the monitoring is open, with the figures computed at that moment.
 */
@Entity
@Table(name = "pt_monitoring")
public class MonitoringReport {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pt_monitoring_seq")
    @SequenceGenerator(name = "pt_monitoring_seq", sequenceName = "pt_monitoring_seq", allocationSize = 50)
    private Long id;

    @Column(name = "target_id", nullable = false, updatable = false)
    private Long targetId;

    /** The table's version the report was measured against. */
    @Column(name = "version_no", nullable = false)
    private int versionNo;

    @Column(name = "submitted_by", nullable = false, length = 64)
    private String submittedBy;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "monitoring_id", nullable = false)
    @OrderColumn(name = "sort_order")
    private List<IndicatorProgress> indicators = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "monitoring_id", nullable = false)
    @OrderColumn(name = "sort_order")
    private List<FundExecution> funds = new ArrayList<>();

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected MonitoringReport() {
    }

    MonitoringReport(Long targetId) {
        this.targetId = targetId;
    }

    void replace(int versionNo, List<IndicatorProgress> indicators, List<FundExecution> funds, String userId,
                 Instant now) {
        this.versionNo = versionNo;
        this.indicators.clear();
        this.indicators.addAll(indicators);
        this.funds.clear();
        this.funds.addAll(funds);
        this.submittedBy = userId;
        this.submittedAt = now;
    }

    public Long getTargetId() {
        return targetId;
    }

    public int getVersionNo() {
        return versionNo;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public List<IndicatorProgress> getIndicators() {
        return List.copyOf(indicators);
    }

    public List<FundExecution> getFunds() {
        return List.copyOf(funds);
    }
}
