package org.budgetperf.calculation;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * "Lower is better" ({@code ≤ <}, costs): an actual at or under the target earns full marks; between the target
 * and twice the target {@code (1 - (actual - target) / target) x marks}; at twice the target or more, nothing. A
 * target of zero or less has no room above it: any actual over it scores nothing.
 */
public final class LowerIsBetterScore {

    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private LowerIsBetterScore() {
    }

    public static Outcome of(BigDecimal target, BigDecimal actual, BigDecimal marks) {
        if (actual.compareTo(target) <= 0) {
            return Outcome.of(marks, true);
        }
        if (target.signum() <= 0 || actual.compareTo(target.multiply(TWO)) >= 0) {
            return Outcome.of(BigDecimal.ZERO, false);
        }
        BigDecimal over = actual.subtract(target).divide(target, MathContext.DECIMAL64);
        return Outcome.of(BigDecimal.ONE.subtract(over).multiply(marks), false);
    }
}
