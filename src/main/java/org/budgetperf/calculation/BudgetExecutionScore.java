package org.budgetperf.calculation;

import java.math.BigDecimal;

/** Budget execution: the execution rate times its marks (by default 10), at most the marks (96.94% of 10 is 9.69). */
public final class BudgetExecutionScore {

    private BudgetExecutionScore() {
    }

    public static BigDecimal of(BigDecimal executionRatePercent, BigDecimal marks) {
        return Rounding.points(Rounding.share(executionRatePercent, marks).min(marks).max(BigDecimal.ZERO));
    }
}
