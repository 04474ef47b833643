package org.budgetperf.calculation;

import java.math.BigDecimal;

/**
 * "Exactly" ({@code =}): a target of zero ({@code =0%}, 结转结余率) earns full marks when the actual is zero or
 * less and nothing otherwise; any other target is scored as "higher is better" ({@code =2次} vs {@code 1次} earns
 * half the marks, {@code =1个} vs {@code 2个} full marks).
 */
public final class ExactScore {

    private ExactScore() {
    }

    public static Outcome of(BigDecimal target, BigDecimal actual, BigDecimal marks) {
        if (target.signum() == 0) {
            boolean met = actual.signum() <= 0;
            return Outcome.of(met ? marks : BigDecimal.ZERO, met);
        }
        return HigherIsBetterScore.of(target, actual, marks);
    }
}
