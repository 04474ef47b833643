package org.budgetperf.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A target's self-evaluation form: one row per indicator of the target (its target value beside the recorded
 * result, blank where nothing was recorded), the budget lines, and the computed deviation and execution rates as
 * the reports print them ({@code 20.00%}, {@code 0%}, {@code 96.94%}; blank where none can be computed).
 */
public record EvaluationView(Long targetId, String targetCode, int budgetYear, boolean recorded, Integer versionNo,
                             String recordedBy, Instant recordedAt, List<BudgetLineView> budget,
                             List<ResultView> results) {

    public record BudgetLineView(String name, BigDecimal initialBudget, BigDecimal adjustment, BigDecimal adjustedBudget,
                                 BigDecimal actualSpending, String executionRate) {
    }

    public record ResultView(String level1, String level2, String level3, String targetValue, String actualValue,
                             String source, String deviation, String cause) {
    }
}
