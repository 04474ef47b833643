package org.budgetperf.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Whatever people paste into a cell, the parser answers and keeps the text as it was. */
class IndicatorValueParserRobustnessTest {

    private static final List<String> PIECES = List.of(
            "0", "1", "2", "5", "9", "00", ".", "..", "-", "１", "９", "．", ",", "，", "、", "；", ";", "。",
            "≥", "≤", ">", "<", "=", ">=", "<=", "＞", "＜", "＝", "≧", "≦", "%", "％", "万", "亿", "(", ")", "（", "）",
            "单位：", "次", "人次", "万元", "平方米", "份", "个", "年", "月", "底", "前", "之前", "完成", "以上", "以内",
            "不少于", "不超过", "达", "达到", "规范", "满意", "良好", "受理率", "采样活动", "“三献”", "清明緬怀纪念活动",
            "符合", "标准", "序时进度", " ", "\n", "\t", "\r\n", "\u3000", "\u00a0", "\u200b", "\ufeff", "\u0085",
            "😀", "🧧", "\ud83d", "\udc00", "\u0000", "٣", "𝟘", "ab", "Ω");

    private final IndicatorValueParser parser = new IndicatorValueParser();

    @Test
    void twentyThousandRandomTextsNeverBreakIt() {
        Random random = new Random(20_240_601L);
        for (int i = 0; i < 20_000; i++) {
            String raw = randomText(random, i % 500 == 0 ? 5_000 + random.nextInt(20_000) : random.nextInt(12));
            assertParsesAndPrintsBack(raw);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n\t ", "，，，", "≥", "≥≥2次", "=.5%", "50..0%", "以上", "()", "（）", "(人)",
        "%%%", "年底", "12月", "0月", "99月", "2024年", "1,000,000", ",000", "-", "--5", "≥-5%", "😀≥1次", "\u200b≥1次"})
    void oddValuesAreAnsweredToo(String raw) {
        assertParsesAndPrintsBack(raw);
    }

    @Test
    void nullIsEmptyText() {
        assertThat(parser.parse(null)).isEqualTo(new FreeText(""));
        assertThat(IndicatorValues.describe(parser.parse(null))).isEqualTo("（空）");
    }

    @Test
    void longTextIsTextAndQuick() {
        String longValue = "≥2次".repeat(50_000);
        long start = System.nanoTime();
        assertThat(parser.parse(longValue)).isEqualTo(new FreeText(longValue));
        assertThat(System.nanoTime() - start).isLessThan(2_000_000_000L);
    }

    private void assertParsesAndPrintsBack(String raw) {
        IndicatorValue value = parser.parse(raw);
        assertThat(value.raw()).isEqualTo(raw);
        assertThat(IndicatorValues.describe(value)).isNotNull();
        if (value instanceof Parts parts) {
            assertThat(parts.parts()).allSatisfy(part -> assertThat(raw).contains(part.raw()));
        }
    }

    private static String randomText(Random random, int pieces) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
            text.append(PIECES.get(random.nextInt(PIECES.size())));
        }
        return text.toString();
    }
}
