package org.budgetperf.monitoring;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.budgetperf.calculation.Light;

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

    /** The whole budget: the 资金总额 line where the table has one, else all fund lines added up. */
    @Column(name = "annual_budget", precision = 20, scale = 6)
    private BigDecimal annualBudget;

    @Column(precision = 20, scale = 6)
    private BigDecimal planned;

    @Column(precision = 20, scale = 6)
    private BigDecimal executed;

    @Column(name = "execution_rate", precision = 20, scale = 2)
    private BigDecimal executionRate;

    @Column(name = "schedule_rate", precision = 20, scale = 2)
    private BigDecimal scheduleRate;

    @Enumerated(EnumType.STRING)
    @Column(name = "budget_light", length = 10)
    private Light budgetLight;

    /** The worst of all the report's lights. */
    @Enumerated(EnumType.STRING)
    @Column(name = "table_light", length = 10)
    private Light tableLight;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "monitoring_id", nullable = false)
    @OrderColumn(name = "sort_order")
    private List<ReportedIndicator> indicators = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "monitoring_id", nullable = false)
    @OrderColumn(name = "sort_order")
    private List<FundExecution> funds = new ArrayList<>();

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    /** The whole budget's figures. */
    record Budget(BigDecimal annualBudget, BigDecimal planned, BigDecimal executed, ReportFigures.BudgetFigures figures) {
    }

    protected MonitoringReport() {
    }

    MonitoringReport(Long targetId) {
        this.targetId = targetId;
    }

    void replace(int versionNo, List<ReportedIndicator> indicators, List<FundExecution> funds, Budget budget,
                 Light tableLight, String userId, Instant now) {
        this.versionNo = versionNo;
        this.annualBudget = budget.annualBudget();
        this.planned = budget.planned();
        this.executed = budget.executed();
        this.executionRate = budget.figures().executionRate();
        this.scheduleRate = budget.figures().scheduleRate();
        this.budgetLight = budget.figures().light();
        this.tableLight = tableLight;
        this.indicators.clear();
        this.indicators.addAll(indicators);
        this.funds.clear();
        this.funds.addAll(funds);
        this.submittedBy = userId;
        this.submittedAt = now;
    }

    /** The lines' and the budget's lights as they stand, the worst of which is the table's. */
    void relight() {
        List<Light> lights = new java.util.ArrayList<>();
        indicators.forEach(line -> lights.add(line.getLight()));
        funds.forEach(line -> lights.add(line.getLight()));
        lights.add(budgetLight);
        this.tableLight = ReportFigures.worst(lights).orElse(null);
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

    Budget budget() {
        return new Budget(annualBudget, planned, executed,
                new ReportFigures.BudgetFigures(executionRate, scheduleRate, budgetLight));
    }

    public Light getTableLight() {
        return tableLight;
    }

    public List<ReportedIndicator> getIndicators() {
        return List.copyOf(indicators);
    }

    public List<FundExecution> getFunds() {
        return List.copyOf(funds);
    }
}
