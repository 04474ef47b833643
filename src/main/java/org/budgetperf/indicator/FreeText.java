package org.budgetperf.indicator;

/** Text that fits no other kind; kept as written and judged by people. */
public record FreeText(String raw) implements IndicatorValue {

    @Override
    public ValueKind kind() {
        return ValueKind.TEXT;
    }
}
