package org.budgetperf.indicator;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@link Deadline}s from compact text: {@code [YYYY年]M月[底|末][前|之前|以前][activity]} and
 * {@code [YYYY]年底[前…][activity]}. A month outside 1-12, or an activity that starts with a digit (a day, as in
 * {@code 12月31日}), is not a deadline.
 */
final class DeadlineReader {

    private static final String BEFORE = "(?:之前|以前|前)?";
    private static final Pattern MONTH = Pattern.compile("(?:(\\d{4})年)?(\\d{1,2})月(底|末)?" + BEFORE + "(.*)",
            Pattern.DOTALL);
    private static final Pattern YEAR_END = Pattern.compile("(\\d{4})?年(?:底|末)" + BEFORE + "(.*)", Pattern.DOTALL);
    private static final String DONE = "完成";

    private DeadlineReader() {
    }

    static Optional<IndicatorValue> read(String raw, String text) {
        Matcher m = MONTH.matcher(text);
        if (m.matches()) {
            int month = Integer.parseInt(m.group(2));
            return month >= 1 && month <= 12
                    ? deadline(raw, m.group(1), month, m.group(3) != null, m.group(4))
                    : Optional.empty();
        }
        m = YEAR_END.matcher(text);
        return m.matches() ? deadline(raw, m.group(1), 12, true, m.group(2)) : Optional.empty();
    }

    private static Optional<IndicatorValue> deadline(String raw, String year, int month, boolean endOfMonth,
                                                     String activity) {
        if (!activity.isEmpty() && Character.isDigit(activity.charAt(0))) {
            return Optional.empty();
        }
        String what = activity.isEmpty() || activity.equals(DONE) ? null : activity;
        return Optional.of(new Deadline(raw, year == null ? null : Integer.valueOf(year), month, endOfMonth, what));
    }
}
