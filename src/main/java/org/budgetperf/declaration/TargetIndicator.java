package org.budgetperf.declaration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A level-3 indicator row with its level-1 and level-2 names; values are kept exactly as written. */
@Entity
@Table(name = "pt_indicator")
public class TargetIndicator {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pt_indicator_seq")
    @SequenceGenerator(name = "pt_indicator_seq", sequenceName = "pt_indicator_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 200)
    private String level1;

    @Column(nullable = false, length = 200)
    private String level2;

    @Column(nullable = false, length = 500)
    private String level3;

    @JdbcTypeCode(SqlTypes.LONGVARCHAR)
    private String description;

    @Column(name = "half_year_value", length = 1000)
    private String halfYearValue;

    @Column(name = "full_year_value", nullable = false, length = 1000)
    private String fullYearValue;

    @JdbcTypeCode(SqlTypes.LONGVARCHAR)
    private String explanation;

    @JdbcTypeCode(SqlTypes.LONGVARCHAR)
    private String basis;

    @JdbcTypeCode(SqlTypes.LONGVARCHAR)
    private String formula;

    @JdbcTypeCode(SqlTypes.LONGVARCHAR)
    @Column(name = "scoring_rule")
    private String scoringRule;

    @Column(precision = 10, scale = 4)
    private BigDecimal weight;

    protected TargetIndicator() {
    }

    public TargetIndicator(String level1, String level2, String level3, String description, String halfYearValue,
                           String fullYearValue, String explanation, String basis, String formula,
                           String scoringRule, BigDecimal weight) {
        this.level1 = level1;
        this.level2 = level2;
        this.level3 = level3;
        this.description = description;
        this.halfYearValue = halfYearValue;
        this.fullYearValue = fullYearValue;
        this.explanation = explanation;
        this.basis = basis;
        this.formula = formula;
        this.scoringRule = scoringRule;
        this.weight = weight;
    }

    public Long getId() {
        return id;
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

    public String getDescription() {
        return description;
    }

    public String getHalfYearValue() {
        return halfYearValue;
    }

    public String getFullYearValue() {
        return fullYearValue;
    }

    public String getExplanation() {
        return explanation;
    }

    public String getBasis() {
        return basis;
    }

    public String getFormula() {
        return formula;
    }

    public String getScoringRule() {
        return scoringRule;
    }

    public BigDecimal getWeight() {
        return weight;
    }
}
