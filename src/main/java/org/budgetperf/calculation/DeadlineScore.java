package org.budgetperf.calculation;

import java.util.Optional;
import org.budgetperf.indicator.Deadline;
import org.budgetperf.indicator.IndicatorValue;
import org.budgetperf.indicator.IndicatorValueParser;

/**
 * A deadline ({@code 2024年10月底完成}) is met when the actual names a month at or before it
 * ({@code 2024年9月完成}); met earns full marks, anything else is graded by the reviewer like a qualitative
 * indicator. A year written on one side only is taken to be the other side's.
 */
public final class DeadlineScore {

    private static final IndicatorValueParser PARSER = new IndicatorValueParser();

    private DeadlineScore() {
    }

    /** Empty when the actual names no month, so that only the reviewer can tell. */
    public static Optional<Boolean> met(Deadline target, String actual) {
        IndicatorValue done = PARSER.parse(actual);
        if (!(done instanceof Deadline finished)) {
            return Optional.empty();
        }
        boolean sameYear = target.year() == null || finished.year() == null || target.year().equals(finished.year());
        if (!sameYear) {
            return Optional.of(finished.year() < target.year());
        }
        return Optional.of(finished.month() <= target.month());
    }
}
