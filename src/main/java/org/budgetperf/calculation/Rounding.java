package org.budgetperf.calculation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one rounding of every computed figure: percentages and scores carry two decimals, rounded half up
 * ({@code 96.944%} is {@code 96.94%}, a score of {@code 3.125} is {@code 3.13}). A total is the sum of the rounded
 * scores, so that the printed lines add up to the printed total.
 */
public final class Rounding {

    public static final int DECIMALS = 2;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Rounding() {
    }

    /** {@code part / whole} in percent; {@code whole} must not be zero. */
    public static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return part.multiply(HUNDRED).divide(whole, DECIMALS, RoundingMode.HALF_UP);
    }

    public static BigDecimal points(BigDecimal score) {
        return score.setScale(DECIMALS, RoundingMode.HALF_UP);
    }

    /** {@code percent} of {@code marks}, unrounded: the points a percentage of the marks is worth. */
    static BigDecimal share(BigDecimal percent, BigDecimal marks) {
        return percent.multiply(marks).divide(HUNDRED);
    }
}
