package org.budgetperf.indicator;

import java.util.Objects;

/**
 * A comparator and a quantity: {@code ≥2次}, {@code 采样活动≥10次}, {@code 不少于30个点位}, {@code 50万元以内}.
 *
 * @param subject  what is counted when written before the comparison ({@code 采样活动}), else {@code null}
 * @param inWords  the comparator was written in words ({@code 不少于 不低于 不超过 达到 …以上 …以内})
 * @param object   words written after the unit ({@code 定制不少于2种文创宣传品}: {@code 文创宣传品}), else {@code null}
 */
public record Comparison(String raw, String subject, Comparator comparator, Quantity quantity, boolean inWords,
                         String object) implements IndicatorValue {

    public Comparison {
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(comparator, "comparator");
        Objects.requireNonNull(quantity, "quantity");
    }

    /** A comparison with nothing written after its unit. */
    public Comparison(String raw, String subject, Comparator comparator, Quantity quantity, boolean inWords) {
        this(raw, subject, comparator, quantity, inWords, null);
    }

    @Override
    public ValueKind kind() {
        return ValueKind.COMPARISON;
    }
}
