package org.budgetperf.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetperf.indicator.Comparator.EQ;
import static org.budgetperf.indicator.Comparator.GE;
import static org.budgetperf.indicator.Comparator.GT;
import static org.budgetperf.indicator.Comparator.LE;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every distinct indicator value written in the seed documents (000 and 002: target and actual columns; 001; 003:
 * all tables, including the truncated last one), with what it must parse to. Values are copied here as written,
 * trailing spaces and line breaks included.
 */
class SeedIndicatorValuesTest {

    private static final IndicatorValueParser PARSER = new IndicatorValueParser();

    static List<Row> seedValues() {
        return List.of(
                // 000 江苏省红十字会联络与合作工作专项 (half-year and full-year values)
                qualitative("规范"), qualitative("充分"), qualitative("合理"), qualitative("明确"), qualitative("科学"),
                comparison("=20%", EQ, "20", "%"),
                comparison("=100%", EQ, "100", "%"),
                text("序时进度"),
                amount("100%", "100", "%"),
                qualitative("合规"), qualitative("健全"), qualitative("有效"),
                comparison("≥0次", GE, "0", "次"),
                comparison("≥2次", GE, "2", "次"),
                comparison("=10场", EQ, "10", "场"),
                qualitative("完成"), qualitative("及时"),
                amount("受理率100%", "受理率", "100", "%"),
                text("实现交流协作目标"),
                comparison("≥90%", GE, "90", "%"),
                // 001 福建省红十字会部门整体支出 (目标值)
                comparison("≥300.00册", GE, "300.00", "册"),
                comparison("≥6000.00人次", GE, "6000.00", "人次"),
                comparison("≥2.00场次", GE, "2.00", "场次"),
                comparison("≥40.00人次", GE, "40.00", "人次"),
                comparison("≥3000.00人份", GE, "3000.00", "人份"),
                comparison("≥95.00%", GE, "95.00", "%"),
                comparison("≥90.00%", GE, "90.00", "%"),
                comparison("≥6.00次", GE, "6.00", "次"),
                comparison("≥1119.80万元", GE, "1119.80", "万元"),
                comparison("≥5.00场次", GE, "5.00", "场次"),
                comparison("≥500.00条", GE, "500.00", "条"),
                comparison("≥50.00台", GE, "50.00", "台"),
                comparison("≥1.00场次", GE, "1.00", "场次"),
                comparison("≥5000.00人次", GE, "5000.00", "人次"),
                comparison("≥4.00次", GE, "4.00", "次"),
                comparison("≥3.00场次", GE, "3.00", "场次"),
                // 002 苏州市红十字会整体自评表 (指标目标值 and 指标完成值)
                qualitative("公开"), qualitative("完善"),
                comparison("<=100%", LE, "100", "%"),
                comparison("=0%", EQ, "0", "%"),
                amount("3.67%", "3.67", "%"),
                amount("8.61%", "8.61", "%"),
                comparison("<=0%", LE, "0", "%"),
                amount("115.53%", "115.53", "%"),
                amount("2.24%", "2.24", "%"),
                comparison(">=100%", GE, "100", "%"),
                amount("231.41%", "231.41", "%"),
                qualitative("较好"),
                text("持续健康发展"),
                comparison(">=90%", GE, "90", "%"),
                amount("95%", "95", "%"),
                comparison(">=85%", GE, "85", "%"),
                amount("90%", "90", "%"),
                comparison("=1个", EQ, "1", "个"), amount("1个", "1", "个"),
                comparison("=8个", EQ, "8", "个"), amount("8个", "8", "个"),
                comparison("=2次", EQ, "2", "次"), amount("2次", "2", "次"),
                comparison("=1次", EQ, "1", "次"), amount("1次", "1", "次"),
                comparison("=10个", EQ, "10", "个"), amount("10个", "10", "个"),
                comparison(">=5000人", GE, "5000", "人"), amount("6000人", "6000", "人"),
                // 003 天津市红十字会 tables 1-8
                deadline("2024年10月底完成", 2024, 10, true, null),
                comparison("≤50万元", LE, "50", "万元"),
                parts("实现造血干细胞捐献30例，人体器官捐献30例",
                        amount("实现造血干细胞捐献30例", "实现造血干细胞捐献", "30", "例"),
                        amount("人体器官捐献30例", "人体器官捐献", "30", "例")),
                comparison("完成“三献”志愿登记≥10000人", "完成“三献”志愿登记", GE, "10000", "人"),
                parts("地铁公益广告不少于30个点位，路名牌上刊不少于200块",
                        inWords("地铁公益广告不少于30个点位", "地铁公益广告", GE, "30", "个", "点位"),
                        inWords("路名牌上刊不少于200块", "路名牌上刊", GE, "200", "块", null)),
                inWords("定制不少于2种文创宣传品", "定制", GE, "2", "种", "文创宣传品"),
                parts("4月底前完成清明緬怀纪\n\n念活动，12 月底前完成\n器官捐献业务培训",
                        deadline("4月底前完成清明緬怀纪\n\n念活动", null, 4, true, "完成清明緬怀纪念活动"),
                        deadline("12 月底前完成\n器官捐献业务培训", null, 12, true, "完成器官捐献业务培训")),
                // the same cell as the text dump has it, with the table's tab before the continuation line
                parts("4月底前完成清明緬怀纪\n\n\t念活动，12 月底前完成\n器官捐献业务培训",
                        deadline("4月底前完成清明緬怀纪\n\n\t念活动", null, 4, true, "完成清明緬怀纪念活动"),
                        deadline("12 月底前完成\n器官捐献业务培训", null, 12, true, "完成器官捐献业务培训")),
                comparison("≤155万元", LE, "155", "万元"),
                inWords("实现器官捐献不低于30例", "实现器官捐献", GE, "30", "例", null),
                comparison("采样活动≥10次", "采样活动", GE, "10", "次"),
                comparison("报名采样人数≥5000人份", "报名采样人数", GE, "5000", "人份"),
                comparison("宣传普及人数≥50万人次", "宣传普及人数", GE, "50", "万人次"),
                comparison("≤123万元", LE, "123", "万元"),
                comparison("年度回访人数≥1万人", "年度回访人数", GE, "1", "万人"),
                comparison("成功捐献≥30人", "成功捐献", GE, "30", "人"),
                amount("3000平方米", "3000", "平方米"),
                text("符合中国红十字会备灾救灾中心规划建设标准"),
                qualitative("设备运行良好"),
                deadline("2024年9月", 2024, 9, false, null),
                text("根据工作需要做到及时、保障设备运行"),
                text("根据工作需要做到及时、高效"),
                comparison("≤87.97万元 ", LE, "87.97", "万元"),
                comparison("≤5.03万元", LE, "5.03", "万元"),
                comparison("≤1万元", LE, "1", "万元"),
                comparison("＞90%", GT, "90", "%"),
                qualitative("满意"),
                comparison("≥1场", GE, "1", "场"),
                comparison("≥1个", GE, "1", "个"),
                withObject("≤200份中国红十字报及博爱杂志", LE, "200", "份", "中国红十字报及博爱杂志"),
                comparison("≥95%", GE, "95", "%"),
                text("全年网络安全运行"),
                deadline(" 2024年11月底前", 2024, 11, true, null),
                deadline("2024年12月底前", 2024, 12, true, null),
                comparison("≤8.8万元", LE, "8.8", "万元"),
                comparison("≤3.5万元", LE, "3.5", "万元"),
                comparison("≤8.5万元", LE, "8.5", "万元"),
                comparison("≤6万元", LE, "6", "万元"),
                comparison("≤4万元", LE, "4", "万元"),
                comparison("≤25万元", LE, "25", "万元"),
                comparison("≤2.5万元", LE, "2.5", "万元"),
                qualitative("显著提高"),
                comparison("＞95%", GT, "95", "%"),
                comparison("≤34台", LE, "34", "台"),
                comparison("≤30个", LE, "30", "个"),
                deadline("2024年12月底之前完成", 2024, 12, true, null),
                deadline("2024年11月底之前完成", 2024, 11, true, null),
                comparison("≤10万元", LE, "10", "万元"),
                comparison("≤35.8万元", LE, "35.8", "万元"),
                comparison("≤6.22万元", LE, "6.22", "万元"),
                comparison("≤48万元", LE, "48", "万元"),
                comparison("≤8万元", LE, "8", "万元"),
                text("保障机关高效规范运转"),
                text("提高群众自救互救能力，保障人民群众生命健康"),
                amount("1", "1", ""),
                deadline("2024年11月底前", 2024, 11, true, null),
                comparison("≤13.4万元", LE, "13.4", "万元"),
                comparison("≤3万元", LE, "3", "万元"),
                comparison("≤2.4万元", LE, "2.4", "万元"),
                text("有效增逬三地红十字青少年工作的交流与融合"),
                comparison("≥1次", GE, "1", "次"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seedValues")
    void parsesAsExpectedAndPrintsBackAsWritten(Row row) {
        IndicatorValue value = PARSER.parse(row.raw());

        assertThat(value.raw()).isEqualTo(row.raw());
        row.check().accept(value);
    }

    @Test
    void listsEveryValueOnceAndCoversEveryKindTheSeedsWrite() {
        List<String> raws = seedValues().stream().map(Row::raw).toList();
        assertThat(raws).doesNotHaveDuplicates().hasSize(126);
        Set<ValueKind> kinds = raws.stream().map(raw -> PARSER.parse(raw).kind()).collect(Collectors.toSet());
        // No seed document compares with a baseline year or states an absence; PublishedValuesCorpusTest covers them.
        assertThat(kinds).containsExactlyInAnyOrder(ValueKind.COMPARISON, ValueKind.AMOUNT, ValueKind.PARTS,
                ValueKind.DEADLINE, ValueKind.QUALITATIVE, ValueKind.TEXT);
    }

    /** A seed value and what its parse must look like; shown in test names with line breaks escaped. */
    record Row(String raw, Consumer<IndicatorValue> check) {
        @Override
        public String toString() {
            return raw.replace("\n", "\\n");
        }
    }

    private static Row comparison(String raw, Comparator comparator, String number, String unit) {
        return comparison(raw, null, comparator, number, unit);
    }

    private static Row comparison(String raw, String subject, Comparator comparator, String number, String unit) {
        return comparison(raw, subject, comparator, number, unit, false, null);
    }

    private static Row withObject(String raw, Comparator comparator, String number, String unit, String object) {
        return comparison(raw, null, comparator, number, unit, false, object);
    }

    private static Row inWords(String raw, String subject, Comparator comparator, String number, String unit,
                               String object) {
        return comparison(raw, subject, comparator, number, unit, true, object);
    }

    private static Row comparison(String raw, String subject, Comparator comparator, String number, String unit,
                                  boolean inWords, String object) {
        return new Row(raw, value -> {
            assertThat(value).isInstanceOf(Comparison.class);
            Comparison comparison = (Comparison) value;
            assertThat(comparison.subject()).isEqualTo(subject);
            assertThat(comparison.comparator()).isEqualTo(comparator);
            assertQuantity(comparison.quantity(), number, unit);
            assertThat(comparison.inWords()).isEqualTo(inWords);
            assertThat(comparison.object()).isEqualTo(object);
        });
    }

    private static Row amount(String raw, String number, String unit) {
        return amount(raw, null, number, unit);
    }

    private static Row amount(String raw, String subject, String number, String unit) {
        return new Row(raw, value -> {
            assertThat(value).isInstanceOf(Amount.class);
            Amount amount = (Amount) value;
            assertThat(amount.subject()).isEqualTo(subject);
            assertQuantity(amount.quantity(), number, unit);
        });
    }

    private static Row deadline(String raw, Integer year, int month, boolean endOfMonth, String activity) {
        return new Row(raw, value -> assertThat(value).isEqualTo(new Deadline(raw, year, month, endOfMonth, activity)));
    }

    private static Row qualitative(String raw) {
        return new Row(raw, value -> assertThat(value).isEqualTo(new Qualitative(raw, raw)));
    }

    private static Row text(String raw) {
        return new Row(raw, value -> assertThat(value).isEqualTo(new FreeText(raw)));
    }

    private static Row parts(String raw, Row... parts) {
        return new Row(raw, value -> {
            assertThat(value).isInstanceOf(Parts.class);
            List<IndicatorValue> actual = ((Parts) value).parts();
            assertThat(actual).extracting(IndicatorValue::raw)
                    .containsExactlyElementsOf(Arrays.stream(parts).map(Row::raw).toList());
            for (int i = 0; i < parts.length; i++) {
                parts[i].check().accept(actual.get(i));
            }
        });
    }

    private static void assertQuantity(Quantity quantity, String number, String unit) {
        assertThat(quantity.number()).isEqualTo(new BigDecimal(number));
        assertThat(quantity.unit()).isEqualTo(unit);
    }
}
