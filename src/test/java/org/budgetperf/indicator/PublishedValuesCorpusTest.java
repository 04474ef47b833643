package org.budgetperf.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Indicator values as Chinese budget units publish them ({@code indicator/published-values.tsv}): every one-line seed
 * value with the reading {@link SeedIndicatorValuesTest} expects, then the styles of published target tables
 * (baseline comparisons, qualified percentages, grades with a note, absences, exporters' decimals and bracketed
 * units, deadlines, several values, and what stays text). Each row gives the expected kind and key facts:
 * <ul>
 *   <li>comparison {@code [subject:]≥2次}; amount {@code [subject:]100%[+note]};
 *   <li>baseline {@code [subject:]上年|YYYY:comparator signed change} ({@code 上年:≤-10%}, {@code 上年:>0});
 *   <li>absence {@code 无:what}; qualitative {@code term[+note]}; deadline {@code YYYY|?年M月[底]}; parts {@code N项};
 *       text {@code -}.
 * </ul>
 * The share read as something other than text is printed, and must be at least 90%.
 */
class PublishedValuesCorpusTest {

    private static final IndicatorValueParser PARSER = new IndicatorValueParser();
    private static final double LEAST_TYPED_SHARE = 0.9;

    record Row(String value, ValueKind kind, String facts) {
        @Override
        public String toString() {
            return value;
        }
    }

    static List<Row> rows() throws IOException {
        try (InputStream in = PublishedValuesCorpusTest.class.getResourceAsStream("/indicator/published-values.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.startsWith("#") && !line.isBlank())
                    .map(line -> line.split("\t", -1))
                    .map(cells -> new Row(cells[0], ValueKind.valueOf(cells[1]), cells[2]))
                    .toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void readsAsExpected(Row row) {
        IndicatorValue value = PARSER.parse(row.value());

        assertThat(value.raw()).isEqualTo(row.value());
        assertThat(value.kind()).isEqualTo(row.kind());
        assertThat(facts(value)).isEqualTo(row.facts());
    }

    @Test
    void atLeastNineInTenAreTyped() throws IOException {
        List<Row> rows = rows();
        long typed = rows.stream().filter(row -> PARSER.parse(row.value()).kind() != ValueKind.TEXT).count();
        double share = (double) typed / rows.size();
        System.out.printf("Published values corpus: %d values, %d typed (%.1f%%), %d text%n", rows.size(), typed,
                share * 100, rows.size() - typed);

        assertThat(rows).hasSizeGreaterThanOrEqualTo(300);
        assertThat(share).isGreaterThanOrEqualTo(LEAST_TYPED_SHARE);
    }

    private static String facts(IndicatorValue value) {
        if (value instanceof Comparison c) {
            return subject(c.subject()) + c.comparator().symbol() + quantity(c.quantity())
                    + (c.object() == null ? "" : c.object());
        }
        if (value instanceof Amount a) {
            return subject(a.subject()) + quantity(a.quantity()) + (a.note() == null ? "" : "+" + a.note());
        }
        if (value instanceof BaselineComparison b) {
            return subject(b.subject()) + (b.baselineYear() == null ? "上年" : b.baselineYear()) + ":"
                    + b.comparator().symbol() + quantity(b.signedChange());
        }
        if (value instanceof Absence a) {
            return "无:" + a.what();
        }
        if (value instanceof Qualitative q) {
            return q.term() + (q.note() == null ? "" : "+" + q.note());
        }
        if (value instanceof Deadline d) {
            return (d.year() == null ? "?" : d.year()) + "年" + d.month() + "月" + (d.endOfMonth() ? "底" : "");
        }
        return value instanceof Parts p ? p.parts().size() + "项" : "-";
    }

    private static String subject(String subject) {
        return subject == null ? "" : subject + ":";
    }

    private static String quantity(Quantity quantity) {
        return quantity.number().toPlainString() + quantity.unit();
    }
}
