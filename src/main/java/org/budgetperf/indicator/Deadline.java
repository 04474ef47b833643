package org.budgetperf.indicator;

/** {@code 2024年10月底完成}, {@code 2024年9月}, {@code 4月底前完成清明缅怀纪念活动}; the year may be left to the budget year. */
public record Deadline(String raw, Integer year, int month, boolean endOfMonth, String activity)
        implements IndicatorValue {

    @Override
    public ValueKind kind() {
        return ValueKind.DEADLINE;
    }
}
