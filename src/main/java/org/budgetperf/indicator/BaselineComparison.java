package org.budgetperf.indicator;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A comparison with a baseline year: {@code 较上年提高}, {@code 较2022年增长5%}, {@code 不低于上年}, {@code 同比减少10%},
 * {@code 与上年持平}.
 *
 * @param subject      what is compared, when written first ({@code 三公经费较上年下降}: {@code 三公经费}), else
 *                     {@code null}
 * @param baselineYear the year compared with; {@code null} for the previous year (上年, 去年, 同比)
 * @param word         the word that says which way ({@code 提高}, {@code 下降}, {@code 不低于}, {@code 持平} …)
 * @param comparator   what the change from the baseline must be, compared with {@link #signedChange()}:
 *                     {@code 提高} is {@code > 0}, {@code 增长5%} {@code ≥ +5%}, {@code 下降10%} {@code ≤ -10%},
 *                     {@code 不低于上年} {@code ≥ 0}, {@code 持平} {@code = 0}
 * @param change       the amount or rate of change as written ({@code 5%}, {@code 2个百分点}), else {@code null}
 * @param decrease     the word is a decrease ({@code 下降 减少 降低 …}): the change counts below the baseline
 */
public record BaselineComparison(String raw, String subject, Integer baselineYear, String word,
                                 Comparator comparator, Quantity change, boolean decrease) implements IndicatorValue {

    public BaselineComparison {
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(word, "word");
        Objects.requireNonNull(comparator, "comparator");
    }

    /** Higher is better for 提高/增长/不低于, lower is better for 下降/减少/不高于, exactly for 持平. */
    public Direction direction() {
        return comparator.direction();
    }

    /** The change the target asks for, negative for a decrease; zero without a unit when none is written. */
    public Quantity signedChange() {
        if (change == null) {
            return Quantity.of(BigDecimal.ZERO, "");
        }
        return Quantity.of(decrease ? change.number().negate() : change.number(), change.unit());
    }

    @Override
    public ValueKind kind() {
        return ValueKind.BASELINE;
    }
}
