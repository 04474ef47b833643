package org.budgetperf.calculation;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * "Higher is better" ({@code ≥ >}): an actual at or above the target earns full marks, below it
 * {@code actual / target x marks} (seed 001's 评分标准 {@code 得分=完成数量/目标数量*指标分值}).
 */
public final class HigherIsBetterScore {

    private HigherIsBetterScore() {
    }

    public static Outcome of(BigDecimal target, BigDecimal actual, BigDecimal marks) {
        if (actual.compareTo(target) >= 0) {
            return Outcome.of(marks, true);
        }
        return Outcome.of(actual.divide(target, MathContext.DECIMAL64).multiply(marks), false);
    }
}
