package org.budgetperf.indicator;

/** {@code ≥2次}, {@code 采样活动≥10次}, {@code 不少于30个点位}: a comparator and a quantity, maybe with a subject. */
public record Comparison(String raw, String subject, Comparator comparator, Quantity quantity, boolean inWords)
        implements IndicatorValue {

    @Override
    public ValueKind kind() {
        return ValueKind.COMPARISON;
    }
}
