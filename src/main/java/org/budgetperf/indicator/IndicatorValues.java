package org.budgetperf.indicator;

import java.util.stream.Collectors;

/** Short Chinese descriptions of parsed values for forms and lists: {@code ≥ 2 次}, {@code 定性：规范}. */
public final class IndicatorValues {

    private IndicatorValues() {
    }

    public static String describe(IndicatorValue value) {
        if (value instanceof Comparison c) {
            return prefixed(c.subject(), c.comparator().symbol() + " " + quantity(c.quantity(), c.object()));
        }
        if (value instanceof BaselineComparison b) {
            return prefixed(b.subject(), "较" + (b.baselineYear() == null ? "上年" : b.baselineYear() + "年") + " "
                    + b.word() + (b.change() == null ? "" : " " + quantity(b.change(), null)));
        }
        if (value instanceof Absence a) {
            return "零发生：" + a.what();
        }
        if (value instanceof Amount a) {
            return prefixed(a.subject(), quantity(a.quantity(), a.note()));
        }
        if (value instanceof Parts p) {
            return p.parts().stream().map(IndicatorValues::describe).collect(Collectors.joining("；"));
        }
        if (value instanceof Deadline d) {
            return "截止：" + (d.year() == null ? "" : d.year() + "年") + d.month() + "月" + (d.endOfMonth() ? "底" : "")
                    + (d.activity() == null ? "" : " " + d.activity());
        }
        if (value instanceof Qualitative q) {
            return "定性：" + q.term() + (q.note() == null ? "" : "（" + q.note() + "）");
        }
        String text = value == null ? "" : value.raw().strip().replaceAll("\\s+", " ");
        return text.isEmpty() ? "（空）" : "文本：" + text;
    }

    private static String prefixed(String subject, String rest) {
        return subject == null ? rest : subject + " " + rest;
    }

    /** {@code 2 次}, {@code 300.00 册}, {@code 200 份中国红十字报及博爱杂志}, {@code 100 %完成}, {@code 1} (no unit). */
    private static String quantity(Quantity quantity, String wordsAfter) {
        return (quantity.number().toPlainString() + " " + quantity.unit() + (wordsAfter == null ? "" : wordsAfter))
                .strip();
    }
}
