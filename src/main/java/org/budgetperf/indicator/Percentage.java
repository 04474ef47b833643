package org.budgetperf.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A percentage as the published reports print it: {@code 96.94%}, {@code -50.00%}, and for the rule-based
 * outcomes of a deviation, {@code 0%} or {@code 100%} without decimals (seed 002).
 *
 * @param value    the percentage, already rounded to {@code decimals} places ({@code 96.94} for 96.94%)
 * @param decimals how many decimals the text shows
 */
public record Percentage(BigDecimal value, int decimals) {

    public Percentage {
        Objects.requireNonNull(value, "value");
        value = value.setScale(decimals, RoundingMode.HALF_UP);
    }

    /** {@code part / whole} as a percentage with two decimals, rounded half up; {@code whole} must not be zero. */
    static Percentage ratio(BigDecimal part, BigDecimal whole) {
        return new Percentage(part.multiply(BigDecimal.valueOf(100)).divide(whole, 2, RoundingMode.HALF_UP), 2);
    }

    static Percentage whole(int percent) {
        return new Percentage(BigDecimal.valueOf(percent), 0);
    }

    /** The text as printed: {@code 20.00%}, {@code 100%}. */
    public String text() {
        return value.toPlainString() + "%";
    }

    @Override
    public String toString() {
        return text();
    }
}
