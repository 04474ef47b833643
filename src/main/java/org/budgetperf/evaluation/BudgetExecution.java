package org.budgetperf.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** One line of the 预算信息 block, in 万元: 年初预算数, 追加追减数, 调整预算数, 实际支出数. */
@Entity
@Table(name = "pt_evaluation_budget")
public class BudgetExecution {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pt_evaluation_budget_seq")
    @SequenceGenerator(name = "pt_evaluation_budget_seq", sequenceName = "pt_evaluation_budget_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 300)
    private String name;

    @Column(name = "initial_budget", precision = 20, scale = 6)
    private BigDecimal initialBudget;

    @Column(precision = 20, scale = 6)
    private BigDecimal adjustment;

    @Column(name = "adjusted_budget", precision = 20, scale = 6)
    private BigDecimal adjustedBudget;

    @Column(name = "actual_spending", precision = 20, scale = 6)
    private BigDecimal actualSpending;

    protected BudgetExecution() {
    }

    BudgetExecution(String name, BigDecimal initialBudget, BigDecimal adjustment, BigDecimal adjustedBudget,
                    BigDecimal actualSpending) {
        this.name = name;
        this.initialBudget = initialBudget;
        this.adjustment = adjustment;
        this.adjustedBudget = adjustedBudget;
        this.actualSpending = actualSpending;
    }

    public String getName() {
        return name;
    }

    public BigDecimal getInitialBudget() {
        return initialBudget;
    }

    public BigDecimal getAdjustment() {
        return adjustment;
    }

    public BigDecimal getAdjustedBudget() {
        return adjustedBudget;
    }

    public BigDecimal getActualSpending() {
        return actualSpending;
    }
}
