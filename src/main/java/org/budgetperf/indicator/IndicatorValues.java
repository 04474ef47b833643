package org.budgetperf.indicator;

import java.util.stream.Collectors;

/** Short Chinese descriptions of parsed values, for forms and lists. */
public final class IndicatorValues {

    private IndicatorValues() {
    }

    public static String describe(IndicatorValue value) {
        if (value instanceof Comparison c) {
            return prefix(c.subject()) + c.comparator().symbol() + " " + quantity(c.quantity());
        }
        if (value instanceof Amount a) {
            return prefix(a.subject()) + a.impliedComparator().symbol() + " " + quantity(a.quantity());
        }
        if (value instanceof Parts p) {
            return p.parts().stream().map(IndicatorValues::describe).collect(Collectors.joining("；"));
        }
        if (value instanceof Deadline d) {
            return "截止：" + (d.year() == null ? "" : d.year() + "年") + d.month() + "月" + (d.endOfMonth() ? "底" : "")
                    + (d.activity() == null ? "" : " " + d.activity());
        }
        if (value instanceof Qualitative q) {
            return "定性：" + q.term();
        }
        return value.raw().isBlank() ? "" : "文本（人工判断）";
    }

    private static String prefix(String subject) {
        return subject == null ? "" : subject + " ";
    }

    private static String quantity(Quantity quantity) {
        return (quantity.number().toPlainString() + " " + quantity.unit()).strip();
    }
}
