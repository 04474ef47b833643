package org.budgetperf.indicator;

/** A bare amount ({@code 100%}, {@code 3000平方米}, {@code 受理率100%}): "=" for counts, "≥" for rates. */
public record Amount(String raw, String subject, Quantity quantity) implements IndicatorValue {

    @Override
    public ValueKind kind() {
        return ValueKind.AMOUNT;
    }

    public Comparator impliedComparator() {
        return quantity.isRate() ? Comparator.GE : Comparator.EQ;
    }
}
