package org.budgetperf.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The year's result of one indicator: the actual value exactly as written, its source and the cause of a miss.
 * It names its indicator by id and by level names; editing the table replaces indicator rows (the id link is then
 * cleared by the database), and the names still find the indicator.
 */
@Entity
@Table(name = "pt_evaluation_result")
public class IndicatorResult {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pt_evaluation_result_seq")
    @SequenceGenerator(name = "pt_evaluation_result_seq", sequenceName = "pt_evaluation_result_seq", allocationSize = 50)
    private Long id;

    @Column(name = "indicator_id")
    private Long indicatorId;

    @Column(nullable = false, length = 200)
    private String level1;

    @Column(nullable = false, length = 200)
    private String level2;

    @Column(nullable = false, length = 500)
    private String level3;

    @Column(name = "actual_value", length = 1000)
    private String actualValue;

    @Column(length = 500)
    private String source;

    @JdbcTypeCode(SqlTypes.LONGVARCHAR)
    private String cause;

    protected IndicatorResult() {
    }

    IndicatorResult(Long indicatorId, IndicatorKey key, String actualValue, String source, String cause) {
        this.indicatorId = indicatorId;
        this.level1 = key.level1();
        this.level2 = key.level2();
        this.level3 = key.level3();
        this.actualValue = actualValue;
        this.source = source;
        this.cause = cause;
    }

    public Long getIndicatorId() {
        return indicatorId;
    }

    public IndicatorKey key() {
        return new IndicatorKey(level1, level2, level3);
    }

    public String getActualValue() {
        return actualValue;
    }

    public String getSource() {
        return source;
    }

    public String getCause() {
        return cause;
    }
}
