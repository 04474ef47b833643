package org.budgetperf.indicator;

import java.util.Objects;

/** Text that fits no other kind, kept as written and judged by people. */
public record FreeText(String raw) implements IndicatorValue {

    public FreeText {
        Objects.requireNonNull(raw, "raw");
    }

    @Override
    public ValueKind kind() {
        return ValueKind.TEXT;
    }
}
