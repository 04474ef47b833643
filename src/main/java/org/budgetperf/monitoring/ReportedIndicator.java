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
import org.budgetperf.calculation.ProgressStatement;
import org.budgetperf.declaration.TargetDetails.IndicatorView;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One indicator's mid-year line: what the unit wrote (values exactly as written, its statement, cause and
 * measures) and the progress and light computed from it. It names its indicator by id and by level names, so that it stays readable after the table changes.
 */
@Entity
@Table(name = "pt_monitoring_indicator")
public class ReportedIndicator {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pt_monitoring_indicator_seq")
    @SequenceGenerator(name = "pt_monitoring_indicator_seq", sequenceName = "pt_monitoring_indicator_seq",
            allocationSize = 50)
    private Long id;

    @Column(name = "indicator_id")
    private Long indicatorId;

    @Column(nullable = false, length = 200)
    private String level1;

    @Column(nullable = false, length = 200)
    private String level2;

    @Column(nullable = false, length = 500)
    private String level3;

    @Column(name = "half_year_actual", length = 1000)
    private String halfYearActual;

    @Column(name = "expected_full_year", length = 1000)
    private String expectedFullYear;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private ProgressStatement statement;

    @JdbcTypeCode(SqlTypes.LONGVARCHAR)
    private String cause;

    @JdbcTypeCode(SqlTypes.LONGVARCHAR)
    private String measures;

    /** In percent of what was expected by June 30; only where the indicator is measured by a figure. */
    @Column(precision = 20, scale = 2)
    private BigDecimal progress;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private Light light;

    @Column(name = "judged_by", length = 64)
    private String judgedBy;

    @Column(length = 2000)
    private String judgement;

    protected ReportedIndicator() {
    }

    ReportedIndicator(IndicatorView indicator, MonitoringRequest.IndicatorLine line,
                      ReportFigures.IndicatorFigures figures) {
        this.indicatorId = indicator.id();
        this.level1 = indicator.level1();
        this.level2 = indicator.level2();
        this.level3 = indicator.level3();
        this.halfYearActual = Blank.toNull(line.halfYearActual());
        this.expectedFullYear = Blank.toNull(line.expectedFullYear());
        this.statement = line.statement();
        this.cause = Blank.toNull(line.cause());
        this.measures = Blank.toNull(line.measures());
        this.progress = figures.progress();
        this.light = figures.light();
    }

    /** No rule could light this line (free text): the department judges it. */
    public boolean awaitsJudgement() {
        return light == null && judgedBy == null;
    }

    void judge(Light judged, String why, String userId) {
        this.light = judged;
        this.judgement = why;
        this.judgedBy = userId;
    }

    public String getJudgedBy() {
        return judgedBy;
    }

    public String getJudgement() {
        return judgement;
    }

    public Long getIndicatorId() {
        return indicatorId;
    }

    public String getLevel1() {
        return level1;
    }

    public String getLevel2() {
        return level2;
    }

    public String getLevel3() {
        return level3;
    }

    public String getHalfYearActual() {
        return halfYearActual;
    }

    public String getExpectedFullYear() {
        return expectedFullYear;
    }

    public ProgressStatement getStatement() {
        return statement;
    }

    public String getCause() {
        return cause;
    }

    public String getMeasures() {
        return measures;
    }

    public BigDecimal getProgress() {
        return progress;
    }

    public Light getLight() {
        return light;
    }
}
