package org.budgetperf.declaration;

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

/** One line of the funds block: either an income source (资金来源) or an expenditure line (支出). */
@Entity
@Table(name = "pt_fund_line")
public class FundLine {

    public enum Category { SOURCE, EXPENDITURE }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pt_fund_line_seq")
    @SequenceGenerator(name = "pt_fund_line_seq", sequenceName = "pt_fund_line_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Category category;

    @Enumerated(EnumType.STRING)
    @Column(length = 40)
    private FundSource source;

    @Column(length = 300)
    private String name;

    @Column(name = "annual_budget", precision = 20, scale = 6)
    private BigDecimal annualBudget;

    @Column(name = "half_year_planned", precision = 20, scale = 6)
    private BigDecimal halfYearPlanned;

    protected FundLine() {
    }

    private FundLine(Category category, FundSource source, String name, BigDecimal annualBudget,
                     BigDecimal halfYearPlanned) {
        this.category = category;
        this.source = source;
        this.name = name;
        this.annualBudget = annualBudget;
        this.halfYearPlanned = halfYearPlanned;
    }

    public static FundLine source(FundSource source, BigDecimal annualBudget, BigDecimal halfYearPlanned) {
        return new FundLine(Category.SOURCE, source, source.label(), annualBudget, halfYearPlanned);
    }

    public static FundLine expenditure(String name, BigDecimal annualBudget, BigDecimal halfYearPlanned) {
        return new FundLine(Category.EXPENDITURE, null, name, annualBudget, halfYearPlanned);
    }

    public Category getCategory() {
        return category;
    }

    public FundSource getSource() {
        return source;
    }

    public String getName() {
        return name;
    }

    public BigDecimal getAnnualBudget() {
        return annualBudget;
    }

    public BigDecimal getHalfYearPlanned() {
        return halfYearPlanned;
    }
}
