package org.budgetperf.indicator;

import java.util.Objects;

/**
 * A month by which something is done: {@code 2024年10月底完成}, {@code 2024年9月}, {@code 4月底前完成清明缅怀纪念活动}.
 *
 * @param year       {@code null} when not written (the budget year is meant)
 * @param endOfMonth written as 月底 or 月末; {@code 年底} is month 12 with end of month
 * @param activity   what is to be done, as written after the date without white space; {@code null} when the text
 *                   says only 完成 or nothing
 */
public record Deadline(String raw, Integer year, int month, boolean endOfMonth, String activity)
        implements IndicatorValue {

    public Deadline {
        Objects.requireNonNull(raw, "raw");
    }

    @Override
    public ValueKind kind() {
        return ValueKind.DEADLINE;
    }
}
