package org.budgetperf.calculation;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * "Higher is better" ({@code ≥ >}): an actual at or above the target earns full marks, below it
 * {@code actual / target x marks} (seed 001's 评分标准 {@code 得分=完成数量/目标数量*指标分值}); a target of zero or
 * less (a change from a baseline: {@code 不低于上年}) gives nothing below it.
 */
public final class HigherIsBetterScore {

    private HigherIsBetterScore() {
    }

    public static Outcome of(BigDecimal target, BigDecimal actual, BigDecimal marks) {
        if (actual.compareTo(target) >= 0) {
            return Outcome.of(marks, true);
        }
        if (target.signum() <= 0) {
            return Outcome.of(BigDecimal.ZERO, false);
        }
        return Outcome.of(actual.divide(target, MathContext.DECIMAL64).multiply(marks), false);
    }
}
