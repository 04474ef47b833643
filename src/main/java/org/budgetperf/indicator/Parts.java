package org.budgetperf.indicator;

import java.util.List;

/** Several measurable parts in one cell: {@code 实现造血干细胞捐献30例，人体器官捐献30例}. */
public record Parts(String raw, List<IndicatorValue> parts) implements IndicatorValue {

    public Parts {
        parts = List.copyOf(parts);
    }

    @Override
    public ValueKind kind() {
        return ValueKind.PARTS;
    }
}
