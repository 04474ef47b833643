package org.budgetperf.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class IndicatorValueParserTest {

    private final IndicatorValueParser parser = new IndicatorValueParser();

    /** Every distinct value written in seeds 000-003, with what it must parse to (test resource, reviewed by hand). */
    static Stream<Arguments> seedValues() throws IOException {
        try (InputStream in = IndicatorValueParserTest.class.getResourceAsStream("/indicator/seed-values.tsv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            return Stream.of(lines).filter(line -> !line.startsWith("#") && !line.isBlank())
                    .map(line -> line.split("\t", -1))
                    .map(cells -> Arguments.of(unescape(cells[0]), List.of(cells).subList(1, cells.length)))
                    .toList().stream();
        }
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("seedValues")
    void everySeedValueParsesAsExpectedAndPrintsBackAsWritten(String raw, List<String> expected) {
        IndicatorValue value = parser.parse(raw);
        assertThat(value.raw()).isEqualTo(raw);
        assertThat(value.kind().name()).isEqualTo(expected.get(0));
        assertThat(observed(value)).containsExactlyElementsOf(expected.subList(1, expected.size()));
    }

    @Test
    void theSeedTableCoversEveryKindAndEveryValue() throws IOException {
        List<Arguments> rows = seedValues().toList();
        assertThat(rows).hasSizeGreaterThanOrEqualTo(120);
        assertThat(rows.stream().map(row -> parser.parse((String) row.get()[0]).kind()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(ValueKind.values());
    }

    @Test
    void fullWidthAndAsciiOperatorsAreTheSame() {
        assertThat(comparator("≥90%")).isEqualTo(Comparator.GE).isEqualTo(comparator(">=90%"))
                .isEqualTo(comparator("≧９０％"));
        assertThat(comparator("≤50万元")).isEqualTo(Comparator.LE).isEqualTo(comparator("<=50万元"));
        assertThat(comparator("＞90%")).isEqualTo(Comparator.GT).isEqualTo(comparator(">90%"));
        assertThat(comparator("＜3次")).isEqualTo(Comparator.LT).isEqualTo(comparator("<3次"));
        assertThat(comparator("＝20%")).isEqualTo(Comparator.EQ).isEqualTo(comparator("=20%"));
        assertThat(Comparator.GE.direction()).isEqualTo(Direction.HIGHER_IS_BETTER);
        assertThat(Comparator.LT.direction()).isEqualTo(Direction.LOWER_IS_BETTER);
        assertThat(Comparator.EQ.direction()).isEqualTo(Direction.EXACT);
    }

    @Test
    void wanAndYiScaleTheNumberButNotWhatIsShown() {
        Comparison people = (Comparison) parser.parse("宣传普及人数≥50万人次");
        assertThat(people.quantity().number()).isEqualByComparingTo("50");
        assertThat(people.quantity().unit()).isEqualTo("万人次");
        assertThat(people.quantity().scaledNumber()).isEqualByComparingTo("500000");
        assertThat(people.quantity().baseUnit()).isEqualTo("人次");
        Comparison cost = (Comparison) parser.parse("≤87.97万元 ");
        assertThat(cost.raw()).isEqualTo("≤87.97万元 ");
        assertThat(cost.quantity().scaledNumber()).isEqualByComparingTo("879700");
        assertThat(((Comparison) parser.parse("≤1.5亿元")).quantity().scaledNumber()).isEqualByComparingTo("150000000");
    }

    @Test
    void numbersKeepTheirScaleAndLoseThousandsSeparators() {
        assertThat(((Comparison) parser.parse("≥300.00册")).quantity().number()).isEqualTo(new BigDecimal("300.00"));
        assertThat(((Comparison) parser.parse("≥10,000人")).quantity().number()).isEqualTo(new BigDecimal("10000"));
        assertThat(((Comparison) parser.parse("≥ 5000 人（次）")).quantity().number()).isEqualByComparingTo("5000");
    }

    @Test
    void bareAmountsMeanEqualForCountsAndAtLeastForRates() {
        assertThat(((Amount) parser.parse("3000平方米")).impliedComparator()).isEqualTo(Comparator.EQ);
        assertThat(((Amount) parser.parse("受理率100%")).impliedComparator()).isEqualTo(Comparator.GE);
        assertThat(((Amount) parser.parse("受理率100%")).subject()).isEqualTo("受理率");
    }

    @Test
    void wordsMeanComparators() {
        assertThat(comparator("不超过5万元")).isEqualTo(Comparator.LE);
        assertThat(comparator("培训300人次以上")).isEqualTo(Comparator.GE);
        assertThat(comparator("投诉3件以内")).isEqualTo(Comparator.LE);
        assertThat(((Comparison) parser.parse("不低于30例")).inWords()).isTrue();
    }

    @Test
    void deadlinesKeepYearMonthAndActivity() {
        Deadline deadline = (Deadline) parser.parse("2024年12月底之前完成");
        assertThat(deadline.year()).isEqualTo(2024);
        assertThat(deadline.month()).isEqualTo(12);
        assertThat(deadline.endOfMonth()).isTrue();
        assertThat(deadline.activity()).isEqualTo("完成");
        assertThat(((Deadline) parser.parse("2024年9月")).endOfMonth()).isFalse();
        assertThat(((Deadline) parser.parse("2025年底前")).month()).isEqualTo(12);
        assertThat(parser.parse("2024年13月底").kind()).isNotEqualTo(ValueKind.DEADLINE);
    }

    @Test
    void descriptionsAreShortChinese() {
        assertThat(IndicatorValues.describe(parser.parse("≥2次"))).isEqualTo("≥ 2 次");
        assertThat(IndicatorValues.describe(parser.parse("受理率100%"))).isEqualTo("受理率 ≥ 100 %");
        assertThat(IndicatorValues.describe(parser.parse("规范"))).isEqualTo("定性：规范");
        assertThat(IndicatorValues.describe(parser.parse("2024年10月底完成"))).isEqualTo("截止：2024年10月底 完成");
        assertThat(IndicatorValues.describe(parser.parse("符合中国红十字会备灾救灾中心规划建设标准"))).isEqualTo("文本（人工判断）");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n\t", "≥", "≥≥2次", "=.5%", "50..0%", "不少于", "以上", "（）", "(人)", "%%%",
        "2024年", "年月底前", "12月", "≥2次，", "，，，", "😀≥1次", "\u200b≥1次"})
    void oddInputNeverCrashesAndPrintsBack(String raw) {
        assertThat(parser.parse(raw).raw()).isEqualTo(raw);
    }

    @Test
    void nullBecomesEmptyText() {
        assertThat(parser.parse(null)).isEqualTo(new FreeText(""));
    }

    @Test
    void nothingAPersonMightTypeCrashesIt() {
        String alphabet = "0123456789.,，、；;%％≥≤><=＝＞＜≧≦ \n\t\u3000万亿元次人份年月底前之前以上以内不少于不超过达到规范满意（）()"
                + "地铁公益广告受理率😀\u200b-+*/abcXYZ";
        int[] symbols = alphabet.codePoints().toArray();
        Random random = new Random(20_241_123L);
        for (int i = 0; i < 20_000; i++) {
            int length = i % 100 == 0 ? 2_000 + random.nextInt(3_000) : random.nextInt(40);
            StringBuilder text = new StringBuilder();
            for (int j = 0; j < length; j++) {
                text.appendCodePoint(symbols[random.nextInt(symbols.length)]);
            }
            String raw = text.toString();
            IndicatorValue value = parser.parse(raw);
            assertThat(value.raw()).isEqualTo(raw);
            assertThat(IndicatorValues.describe(value)).isNotNull();
        }
    }

    private Comparator comparator(String raw) {
        return ((Comparison) parser.parse(raw)).comparator();
    }

    private static List<String> observed(IndicatorValue value) {
        String comparator = "";
        String number = "";
        String unit = "";
        String subject = "";
        String year = "";
        String month = "";
        String parts = "";
        if (value instanceof Comparison c) {
            comparator = c.comparator().name();
            number = c.quantity().number().toPlainString();
            unit = c.quantity().unit();
            subject = nullToEmpty(c.subject());
        } else if (value instanceof Amount a) {
            comparator = a.impliedComparator().name();
            number = a.quantity().number().toPlainString();
            unit = a.quantity().unit();
            subject = nullToEmpty(a.subject());
        } else if (value instanceof Deadline d) {
            year = d.year() == null ? "" : d.year().toString();
            month = Integer.toString(d.month());
            subject = nullToEmpty(d.activity());
        } else if (value instanceof Qualitative q) {
            subject = q.term();
        } else if (value instanceof Parts p) {
            parts = p.parts().stream().map(IndicatorValues::describe).collect(Collectors.joining(" + "));
        }
        return List.of(comparator, number, unit, subject, year, month, parts);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    private static String unescape(String cell) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == '\\' && i + 1 < cell.length()) {
                char next = cell.charAt(++i);
                text.append(next == 'n' ? '\n' : next == 't' ? '\t' : next);
            } else {
                text.append(c);
            }
        }
        return text.toString();
    }
}
