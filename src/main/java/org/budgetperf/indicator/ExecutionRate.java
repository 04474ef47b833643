package org.budgetperf.indicator;

import java.math.BigDecimal;
import java.util.Optional;

/** Budget execution rate (预算执行率): actual spending / adjusted budget, two decimals (1140.78 / 1176.73 = 96.94%). */
public final class ExecutionRate {

    private ExecutionRate() {
    }

    /** Nothing when either figure is missing or the budget is zero. */
    public static Optional<Percentage> of(BigDecimal actualSpending, BigDecimal adjustedBudget) {
        if (actualSpending == null || adjustedBudget == null || adjustedBudget.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(Percentage.ratio(actualSpending, adjustedBudget));
    }
}
