package org.budgetperf.monitoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.budgetperf.calculation.Light;
import org.budgetperf.declaration.FundSource;

/**
 * One fund source's execution to date (1-6月实际执行数) against the half-year plan it was measured by, in the
 * table's money unit, with the annual budget of that moment and the rates and light computed from them.
 */
@Entity
@Table(name = "pt_monitoring_fund")
public class FundExecution {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pt_monitoring_fund_seq")
    @SequenceGenerator(name = "pt_monitoring_fund_seq", sequenceName = "pt_monitoring_fund_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private FundSource source;

    @Column(name = "annual_budget", precision = 20, scale = 6)
    private BigDecimal annualBudget;

    @Column(precision = 20, scale = 6)
    private BigDecimal planned;

    @Column(nullable = false, precision = 20, scale = 6)
    private BigDecimal executed;

    /** Executed in percent of the annual budget (预算执行率). */
    @Column(name = "execution_rate", precision = 20, scale = 2)
    private BigDecimal executionRate;

    /** Executed in percent of the half-year plan, or of the time schedule where there is no plan. */
    @Column(name = "schedule_rate", precision = 20, scale = 2)
    private BigDecimal scheduleRate;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private Light light;

    protected FundExecution() {
    }

    FundExecution(FundSource source, BigDecimal annualBudget, BigDecimal planned, BigDecimal executed,
                  ReportFigures.BudgetFigures figures) {
        this.source = source;
        this.annualBudget = annualBudget;
        this.planned = planned;
        this.executed = executed;
        this.executionRate = figures.executionRate();
        this.scheduleRate = figures.scheduleRate();
        this.light = figures.light();
    }

    public FundSource getSource() {
        return source;
    }

    public BigDecimal getAnnualBudget() {
        return annualBudget;
    }

    public BigDecimal getPlanned() {
        return planned;
    }

    public BigDecimal getExecuted() {
        return executed;
    }

    public BigDecimal getExecutionRate() {
        return executionRate;
    }

    public BigDecimal getScheduleRate() {
        return scheduleRate;
    }

    public Light getLight() {
        return light;
    }
}
