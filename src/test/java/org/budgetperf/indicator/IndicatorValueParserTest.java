package org.budgetperf.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetperf.indicator.Comparator.EQ;
import static org.budgetperf.indicator.Comparator.GE;
import static org.budgetperf.indicator.Comparator.GT;
import static org.budgetperf.indicator.Comparator.LE;
import static org.budgetperf.indicator.Comparator.LT;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IndicatorValueParserTest {

    private final IndicatorValueParser parser = new IndicatorValueParser();

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ≥90%   | GE
            >=90%  | GE
            ≧90%   | GE
            ≥９０％ | GE
            > = 90% | GE
            ＞90%   | GT
            >90%   | GT
            ≤90%   | LE
            <=90%  | LE
            ≦90%   | LE
            ＜90%   | LT
            <90%   | LT
            =90%   | EQ
            ＝90%   | EQ
            """)
    void fullWidthAndAsciiOperatorsAreTheSame(String raw, Comparator comparator) {
        Comparison comparison = comparison(raw);

        assertThat(comparison.comparator()).isEqualTo(comparator);
        assertThat(comparison.quantity().number()).isEqualTo(new BigDecimal("90"));
        assertThat(comparison.quantity().unit()).isEqualTo("%");
        assertThat(comparison.inWords()).isFalse();
    }

    @Test
    void comparatorsHaveASymbolAndADirection() {
        assertThat(GE.symbol() + GT.symbol() + LE.symbol() + LT.symbol() + EQ.symbol()).isEqualTo("≥>≤<=");
        assertThat(GE.direction()).isEqualTo(Direction.HIGHER_IS_BETTER).isEqualTo(GT.direction());
        assertThat(LE.direction()).isEqualTo(Direction.LOWER_IS_BETTER).isEqualTo(LT.direction());
        assertThat(EQ.direction()).isEqualTo(Direction.EXACT);
    }

    @Test
    void wanAndYiScaleTheNumberButKeepItAsWritten() {
        Quantity people = amount("50万人次").quantity();
        assertThat(people.number()).isEqualTo(new BigDecimal("50"));
        assertThat(people.unit()).isEqualTo("万人次");
        assertThat(people.scaledNumber()).isEqualByComparingTo("500000");
        assertThat(people.baseUnit()).isEqualTo("人次");

        Comparison cost = comparison("≤87.97万元 ");
        assertThat(cost.raw()).isEqualTo("≤87.97万元 ");
        assertThat(cost.quantity().number()).isEqualTo(new BigDecimal("87.97"));
        assertThat(cost.quantity().scaledNumber()).isEqualByComparingTo("879700");
        assertThat(cost.quantity().baseUnit()).isEqualTo("元");

        assertThat(comparison("≤1.5亿元").quantity().scaledNumber()).isEqualByComparingTo("150000000");
        assertThat(comparison("≥2次").quantity().scaledNumber()).isEqualTo(new BigDecimal("2"));
    }

    @Test
    void numbersKeepTheirScale() {
        assertThat(comparison("≥300.00册").quantity().number()).isEqualTo(new BigDecimal("300.00"));
        assertThat(amount("50.00").quantity().number()).isEqualTo(new BigDecimal("50.00"));
    }

    @Test
    void numbersMayHaveThousandsSeparatorsAndFullWidthDigits() {
        assertThat(comparison("≥10,000人").quantity().number()).isEqualTo(new BigDecimal("10000"));
        assertThat(comparison("≥１２．５万元").quantity().number()).isEqualTo(new BigDecimal("12.5"));
        Parts parts = (Parts) parser.parse("实现造血干细胞捐献1,000例,人体器官捐献30例");
        assertThat(parts.parts()).extracting(IndicatorValue::raw)
                .containsExactly("实现造血干细胞捐献1,000例", "人体器官捐献30例");
        assertThat(((Amount) parts.parts().get(0)).quantity().number()).isEqualTo(new BigDecimal("1000"));
    }

    @Test
    void aBareAmountMeansEqualForCountsAndAtLeastForRates() {
        assertThat(amount("100%").impliedComparator()).isEqualTo(GE);
        assertThat(amount("受理率100%").impliedComparator()).isEqualTo(GE);
        assertThat(amount("3000平方米").impliedComparator()).isEqualTo(EQ);
        assertThat(amount("1").impliedComparator()).isEqualTo(EQ);
        assertThat(amount("50.00").impliedComparator()).isEqualTo(EQ);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            不少于30例       | GE | 30 | 例
            不低于30例       | GE | 30 | 例
            不超过5万元      | LE | 5  | 万元
            不高于5万元      | LE | 5  | 万元
            培训300人次以上  | GE | 300 | 人次
            90%及以上        | GE | 90 | %
            投诉3件以内      | LE | 3  | 件
            误差2%以下       | LE | 2  | %
            宣传普及人数达50万人次 | GE | 50 | 万人次
            覆盖率达到95%    | GE | 95 | %
            """)
    void comparatorsInWords(String raw, Comparator comparator, String number, String unit) {
        Comparison comparison = comparison(raw);

        assertThat(comparison.comparator()).isEqualTo(comparator);
        assertThat(comparison.quantity().number()).isEqualTo(new BigDecimal(number));
        assertThat(comparison.quantity().unit()).isEqualTo(unit);
        assertThat(comparison.inWords()).isTrue();
    }

    @Test
    void unitsInBracketsAndStrayWhiteSpace() {
        Comparison afterNumber = comparison(" ≥ 90（%）\n");
        assertThat(afterNumber.quantity().unit()).isEqualTo("%");
        assertThat(afterNumber.object()).isNull();
        Comparison afterSubject = comparison("培训人数（人）≥100");
        assertThat(afterSubject.subject()).isEqualTo("培训人数");
        assertThat(afterSubject.quantity().unit()).isEqualTo("人");
        assertThat(amount("50(单位：万元)").quantity().scaledNumber()).isEqualByComparingTo("500000");
    }

    @ParameterizedTest(name = "{0}: {3} {4}{5}, {6}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            较上年提高           | -        | -    | GT | 0   | -   | HIGHER_IS_BETTER
            较2022年增长10%      | -        | 2022 | GE | 10  | %   | HIGHER_IS_BETTER
            不低于上年           | -        | -    | GE | 0   | -   | HIGHER_IS_BETTER
            不低于上年水平       | -        | -    | GE | 0   | -   | HIGHER_IS_BETTER
            较上年下降           | -        | -    | LT | 0   | -   | LOWER_IS_BETTER
            同比减少10%          | -        | -    | LE | -10 | %   | LOWER_IS_BETTER
            三公经费较上年度下降5%以上 | 三公经费 | - | LE | -5 | %   | LOWER_IS_BETTER
            较上年增长≥2个百分点 | -        | -    | GE | 2   | 个百分点 | HIGHER_IS_BETTER
            较上年有升有降       | -        | -    | -  | -   | -   | -
            在2023年基础上提高5% | -        | 2023 | GE | 5   | %   | HIGHER_IS_BETTER
            与上年持平           | -        | -    | EQ | 0   | -   | EXACT
            不高于上年           | -        | -    | LE | 0   | -   | LOWER_IS_BETTER
            """)
    void comparisonsWithABaselineYear(String raw, String subject, Integer year, Comparator comparator, String change,
                                      String unit, Direction direction) {
        IndicatorValue value = parser.parse(raw);
        if (comparator == null) {
            assertThat(value.kind()).isEqualTo(ValueKind.TEXT);
            return;
        }
        assertThat(value).isInstanceOf(BaselineComparison.class);
        BaselineComparison baseline = (BaselineComparison) value;
        assertThat(baseline.raw()).isEqualTo(raw);
        assertThat(baseline.subject()).isEqualTo(subject);
        assertThat(baseline.baselineYear()).isEqualTo(year);
        assertThat(baseline.comparator()).isEqualTo(comparator);
        assertThat(baseline.signedChange().number()).isEqualByComparingTo(change);
        assertThat(baseline.signedChange().unit()).isEqualTo(unit == null ? "" : unit);
        assertThat(baseline.direction()).isEqualTo(direction);
    }

    @Test
    void zeroAndAbsenceAreLowerIsBetterWithATargetOfZero() {
        assertThat(parser.parse("无重大安全事故")).isEqualTo(new Absence("无重大安全事故", "重大安全事故"));
        assertThat(parser.parse("零投诉")).isEqualTo(new Absence("零投诉", "投诉"));
        assertThat(parser.parse("安全责任事故为零")).isEqualTo(new Absence("安全责任事故为零", "安全责任事故"));
        assertThat(parser.parse("未发生重大舆情事件")).isEqualTo(new Absence("未发生重大舆情事件", "重大舆情事件"));
        assertThat(new Absence("零投诉", "投诉").comparator().direction()).isEqualTo(Direction.LOWER_IS_BETTER);
        assertThat(amount("0起").impliedComparator()).isEqualTo(LE);
        assertThat(amount("0%").impliedComparator()).isEqualTo(LE);
        assertThat(parser.parse("零容忍").kind()).isEqualTo(ValueKind.TEXT);
        assertThat(parser.parse("无纸化办公").kind()).isEqualTo(ValueKind.TEXT);
        assertThat(describe("无重大安全事故")).isEqualTo("零发生：重大安全事故");
    }

    @Test
    void anAmountMayCarryAQualifierOrAScope() {
        assertThat(parser.parse("100%完成"))
                .isEqualTo(new Amount("100%完成", null, Quantity.of(BigDecimal.valueOf(100), "%"), "完成"));
        assertThat(amount("100%覆盖(12个社区)").note()).isEqualTo("覆盖(12个社区)");
        assertThat(amount("100%（全市各区）").note()).isEqualTo("（全市各区）");
        assertThat(amount("100%完成").impliedComparator()).isEqualTo(GE);
        assertThat(comparison("95%以上").comparator()).isEqualTo(GE);
        assertThat(describe("100%覆盖(12个社区)")).isEqualTo("100 %覆盖(12个社区)");
    }

    @Test
    void exportersWriteDecimalsAndTheUnitInBrackets() {
        assertThat(parser.parse("≥2.00(次)"))
                .isEqualTo(new Comparison("≥2.00(次)", null, GE, Quantity.of(new BigDecimal("2.00"), "次"), false));
        assertThat(parser.parse("=100.00(%)"))
                .isEqualTo(new Comparison("=100.00(%)", null, EQ, Quantity.of(new BigDecimal("100.00"), "%"), false));
        assertThat(comparison("≤5.00（万元）").quantity().scaledNumber()).isEqualByComparingTo("50000");
    }

    @Test
    void deadlines() {
        assertThat(parser.parse("2024年10月底完成")).isEqualTo(new Deadline("2024年10月底完成", 2024, 10, true, null));
        assertThat(parser.parse("2024年9月")).isEqualTo(new Deadline("2024年9月", 2024, 9, false, null));
        assertThat(parser.parse("2025年底前")).isEqualTo(new Deadline("2025年底前", 2025, 12, true, null));
        assertThat(parser.parse("12月末前完成验收")).isEqualTo(new Deadline("12月末前完成验收", null, 12, true, "完成验收"));
        assertThat(parser.parse("2024年13月底").kind()).isEqualTo(ValueKind.TEXT);
        assertThat(parser.parse("2024年12月31日前").kind()).isEqualTo(ValueKind.TEXT);
    }

    @Test
    void partsNeedEveryPieceToBeMoreThanText() {
        assertThat(parser.parse("≥2次；≤5万元").kind()).isEqualTo(ValueKind.PARTS);
        assertThat(parser.parse("及时、高效").kind()).isEqualTo(ValueKind.PARTS);
        assertThat(parser.parse("≥2次，确保培训效果").kind()).isEqualTo(ValueKind.TEXT);
        assertThat(parser.parse("≥2次，"))
                .isEqualTo(new Comparison("≥2次，", null, GE, Quantity.of(BigDecimal.valueOf(2), "次"), false));
    }

    @ParameterizedTest
    @ValueSource(strings = {"规范", "设备运行良好", "显著提高", "满意", "服务质量明显提升"})
    void shortGradesAreQualitative(String raw) {
        assertThat(parser.parse(raw)).isEqualTo(new Qualitative(raw, raw));
    }

    @ParameterizedTest
    @ValueSource(strings = {"符合", "基本一致", "账实相符", "达标", "运行稳定", "制度健全", "可控", "落实到位"})
    void theWiderVocabularyOfGradesIsQualitative(String raw) {
        assertThat(parser.parse(raw)).isEqualTo(new Qualitative(raw, raw));
    }

    @Test
    void aGradeMayCarryANoteInBrackets() {
        assertThat(parser.parse("及时(6月底前)")).isEqualTo(new Qualitative("及时(6月底前)", "及时", "6月底前"));
        assertThat(parser.parse("规范（符合财务制度）"))
                .isEqualTo(new Qualitative("规范（符合财务制度）", "规范", "符合财务制度"));
        assertThat(describe("及时(6月底前)")).isEqualTo("定性：及时（6月底前）");
        assertThat(parser.parse("序时进度(6月底前)").kind()).isEqualTo(ValueKind.TEXT);
    }

    @Test
    void aFinanceBureauMayAddGradeTerms() {
        IndicatorValueParser configured = new IndicatorValueParser(java.util.List.of("可追溯", " ", "全覆盖"));

        assertThat(configured.parse("数据可追溯")).isEqualTo(new Qualitative("数据可追溯", "数据可追溯"));
        assertThat(configured.parse("全覆盖").kind()).isEqualTo(ValueKind.QUALITATIVE);
        assertThat(parser.parse("数据可追溯").kind()).isEqualTo(ValueKind.TEXT);
        assertThat(configured.gradeTerms()).startsWith("规范").endsWith("可追溯", "全覆盖");
    }

    @ParameterizedTest
    @ValueSource(strings = {"序时进度", "实现交流协作目标", "全年网络安全运行", "持续健康发展", "保障机关高效规范运转",
        "符合中国红十字会备灾救灾中心规划建设标准", "根据工作需要做到及时、高效", "≥", "不少于", "3000平方米左右"})
    void everythingElseIsText(String raw) {
        assertThat(parser.parse(raw)).isEqualTo(new FreeText(raw));
    }

    @Test
    void describesValuesInShortChinese() {
        assertThat(describe("≥2次")).isEqualTo("≥ 2 次");
        assertThat(describe("采样活动≥10次")).isEqualTo("采样活动 ≥ 10 次");
        assertThat(describe("定制不少于2种文创宣传品")).isEqualTo("定制 ≥ 2 种文创宣传品");
        assertThat(describe("受理率100%")).isEqualTo("受理率 100 %");
        assertThat(describe("1")).isEqualTo("1");
        assertThat(describe("规范")).isEqualTo("定性：规范");
        assertThat(describe("2024年10月底完成")).isEqualTo("截止：2024年10月底");
        assertThat(describe("4月底前完成清明缅怀纪念活动")).isEqualTo("截止：4月底 完成清明缅怀纪念活动");
        assertThat(describe("实现造血干细胞捐献30例，人体器官捐献30例"))
                .isEqualTo("实现造血干细胞捐献 30 例；人体器官捐献 30 例");
        assertThat(describe(" 序时\n进度 ")).isEqualTo("文本：序时 进度");
        assertThat(describe("  ")).isEqualTo("（空）");
    }

    private String describe(String raw) {
        return IndicatorValues.describe(parser.parse(raw));
    }

    private Comparison comparison(String raw) {
        IndicatorValue value = parser.parse(raw);
        assertThat(value).isInstanceOf(Comparison.class);
        return (Comparison) value;
    }

    private Amount amount(String raw) {
        IndicatorValue value = parser.parse(raw);
        assertThat(value).isInstanceOf(Amount.class);
        return (Amount) value;
    }
}
