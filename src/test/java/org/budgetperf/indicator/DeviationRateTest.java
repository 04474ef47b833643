package org.budgetperf.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.budgetperf.support.SeedTsv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Deviation and execution rate exactly as seed 002 prints them, row by row. */
class DeviationRateTest {

    private static final String EVALUATION = "002-self-evaluation.tsv";
    private static final String BUDGET = "002-budget.tsv";

    @ParameterizedTest(name = "{0} vs {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        ">=5000人 | 6000人 | 20.00%",
        "=2次 | 1次 | -50.00%",
        ">=90% | 95% | 5.56%",
        ">=85% | 90% | 5.88%",
        ">=100% | 231.41% | 131.41%",
        "=100% | 100% | 0.00%",
        "=0% | 3.67% | 100%",
        "<=0% | 115.53% | 100%",
        "=0% | 0% | 0%",
        "健全 | 健全 | 0%",
        "较好 | 较好 | 0%",
        "持续健康发展 | 持续健康发展 | 0%",
        "≥50万人次 | 60万人次 | 20.00%",
        "≥50万人次 | 400000人次 | -20.00%",
        "无重大安全事故 | 0起 | 0%",
        "零投诉 | 2件 | 100%",
        "较上年提高 | 较上年提高 | 0%"})
    void designExamples(String target, String actual, String deviation) {
        assertThat(DeviationRate.of(target, actual)).map(Percentage::text).contains(deviation);
    }

    @ParameterizedTest(name = "{0} vs \"{1}\" has no deviation")
    @CsvSource(delimiter = '|', emptyValue = "", value = {
        "≥90% | ''",
        "健全 | 基本健全",
        "≥2次 | 完成",
        "规范 | 100%",
        "≥2次 | 2场",
        "2024年10月底完成 | 2024年11月",
        "较上年增长5% | 6%"})
    void onlyPeopleJudge(String target, String actual) {
        assertThat(DeviationRate.of(target, actual)).isEmpty();
    }

    static Stream<Arguments> evaluationRows() {
        return SeedTsv.rows(EVALUATION).stream().map(row -> Arguments.of(row.get(2), row.get(3), row.get(4), row.get(6)));
    }

    @ParameterizedTest(name = "{0}: {1} vs {2} -> {3}")
    @MethodSource("evaluationRows")
    void everySeedRowReproducesItsDeviation(String indicator, String target, String actual, String printed) {
        assertThat(DeviationRate.of(target, actual).map(Percentage::text)).contains(printed);
    }

    static Stream<Arguments> budgetRows() {
        return SeedTsv.rows(BUDGET).stream().map(row -> Arguments.of(row.get(0), row.get(3), row.get(4), row.get(5)));
    }

    @ParameterizedTest(name = "{0}: {2} / {1} -> {3}")
    @MethodSource("budgetRows")
    void everySeedBudgetLineReproducesItsExecutionRate(String line, String adjusted, String actual, String printed) {
        assertThat(ExecutionRate.of(new BigDecimal(actual), new BigDecimal(adjusted)).map(Percentage::text))
                .contains(printed);
    }

    @Test
    void theSeedTablesAreComplete() {
        assertThat(SeedTsv.header(EVALUATION)).containsExactly("", "类别", "指标名称", "指标目标值", "指标完成值", "完成值来源",
                "偏差情况", "原因分析");
        assertThat(SeedTsv.rows(EVALUATION)).hasSize(45);
        assertThat(SeedTsv.rows(BUDGET)).hasSize(17);
    }

    @Test
    void executionRateNeedsABudget() {
        assertThat(ExecutionRate.of(new BigDecimal("3.99"), new BigDecimal("5"))).map(Percentage::text).contains("79.80%");
        assertThat(ExecutionRate.of(new BigDecimal("1"), BigDecimal.ZERO)).isEmpty();
        assertThat(ExecutionRate.of(null, BigDecimal.TEN)).isEmpty();
        assertThat(List.of(new Percentage(new BigDecimal("96.944"), 2).text())).containsExactly("96.94%");
    }
}
