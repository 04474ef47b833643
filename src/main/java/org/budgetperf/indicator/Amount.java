package org.budgetperf.indicator;

import java.util.Objects;

/** A quantity without a comparator: {@code 100%}, {@code 3000平方米}, {@code 1}, {@code 受理率100%}. */
public record Amount(String raw, String subject, Quantity quantity) implements IndicatorValue {

    public Amount {
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(quantity, "quantity");
    }

    /** As a target, a bare rate means "at least" and a bare count "exactly" (DESIGN.md section 4). */
    public Comparator impliedComparator() {
        return quantity.isRate() ? Comparator.GE : Comparator.EQ;
    }

    @Override
    public ValueKind kind() {
        return ValueKind.AMOUNT;
    }
}
