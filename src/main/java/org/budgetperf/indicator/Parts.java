package org.budgetperf.indicator;

import java.util.List;
import java.util.Objects;

/**
 * Several values in one cell, joined by {@code ，,；;、}: {@code 实现造血干细胞捐献30例，人体器官捐献30例}.
 * Each part's {@code raw()} is its own piece of this value's raw text.
 */
public record Parts(String raw, List<IndicatorValue> parts) implements IndicatorValue {

    public Parts {
        Objects.requireNonNull(raw, "raw");
        parts = List.copyOf(parts);
    }

    @Override
    public ValueKind kind() {
        return ValueKind.PARTS;
    }
}
