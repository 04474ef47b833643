package org.budgetperf.indicator;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The deviation of an actual value from its target as the self-evaluation reports print it (DESIGN.md section 5,
 * seed 002's 偏差情况 column):
 * <ul>
 *   <li>both numbers: {@code (actual - target) / target}, two decimals ({@code >=5000人} vs {@code 6000人}:
 *       {@code 20.00%}; {@code =2次} vs {@code 1次}: {@code -50.00%}; {@code =100%} vs {@code 100%}: {@code 0.00%});
 *       numbers compare after their 万/亿 multiplier, and units written on both sides must agree;
 *   <li>a zero target ({@code =0%}, {@code <=0%}, {@code 无重大安全事故}): {@code 100%} for any other actual,
 *       {@code 0%} for zero;
 *   <li>anything else (qualitative, deadline, text): {@code 0%} when the actual is the target as written
 *       ({@code 健全} vs {@code 健全}), otherwise nothing, since only people can judge it.
 * </ul>
 * No deviation either when the actual is blank, or only one side is a number.
 */
public final class DeviationRate {

    private static final IndicatorValueParser PARSER = new IndicatorValueParser();

    private DeviationRate() {
    }

    public static Optional<Percentage> of(String target, String actual) {
        if (target == null || actual == null || CompactText.of(actual).isEmpty()) {
            return Optional.empty();
        }
        Optional<Quantity> targetNumber = number(PARSER.parse(target));
        Optional<Quantity> actualNumber = number(PARSER.parse(actual));
        if (targetNumber.isPresent() && actualNumber.isPresent()) {
            return numeric(targetNumber.get(), actualNumber.get());
        }
        if (targetNumber.isEmpty() && actualNumber.isEmpty() && CompactText.of(target).equals(CompactText.of(actual))) {
            return Optional.of(Percentage.whole(0));
        }
        return Optional.empty();
    }

    private static Optional<Percentage> numeric(Quantity target, Quantity actual) {
        if (!target.baseUnit().isEmpty() && !actual.baseUnit().isEmpty()
                && !target.baseUnit().equals(actual.baseUnit())) {
            return Optional.empty();
        }
        BigDecimal goal = target.scaledNumber();
        BigDecimal done = actual.scaledNumber();
        if (goal.signum() == 0) {
            return Optional.of(Percentage.whole(done.signum() == 0 ? 0 : 100));
        }
        return Optional.of(Percentage.ratio(done.subtract(goal), goal));
    }

    private static Optional<Quantity> number(IndicatorValue value) {
        if (value instanceof Comparison comparison) {
            return Optional.of(comparison.quantity());
        }
        if (value instanceof Amount amount) {
            return Optional.of(amount.quantity());
        }
        if (value instanceof Absence) {
            return Optional.of(Quantity.of(BigDecimal.ZERO, ""));
        }
        return Optional.empty();
    }
}
