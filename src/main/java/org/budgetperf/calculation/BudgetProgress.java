package org.budgetperf.calculation;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Budget execution against its schedule at monitoring (DESIGN.md section 5): {@code executed / half-year planned
 * execution} where the table plans one (seed 000: 3.5 of 17.6), else {@code execution rate / (months elapsed /
 * 12)}, which is the rate against 50% at June 30. In percent, two decimals.
 */
public final class BudgetProgress {

    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    private BudgetProgress() {
    }

    /** Empty when nothing was executed yet or there is neither a planned execution nor a budget. */
    public static Optional<BigDecimal> percent(BigDecimal executed, BigDecimal annualBudget,
                                               BigDecimal halfYearPlanned, int monthsElapsed) {
        if (monthsElapsed < 1 || monthsElapsed > 12) {
            throw new IllegalArgumentException("监控期应为1至12个月：" + monthsElapsed);
        }
        if (executed == null) {
            return Optional.empty();
        }
        if (halfYearPlanned != null && halfYearPlanned.signum() > 0) {
            return Optional.of(Rounding.percent(executed, halfYearPlanned));
        }
        if (annualBudget == null || annualBudget.signum() <= 0) {
            return Optional.empty();
        }
        BigDecimal scheduled = annualBudget.multiply(BigDecimal.valueOf(monthsElapsed));
        return Optional.of(Rounding.percent(executed.multiply(TWELVE), scheduled));
    }
}
