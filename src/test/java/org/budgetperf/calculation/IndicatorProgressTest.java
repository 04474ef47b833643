package org.budgetperf.calculation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.budgetperf.indicator.IndicatorValue;
import org.budgetperf.indicator.IndicatorValueParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IndicatorProgressTest {

    private static final IndicatorValueParser PARSER = new IndicatorValueParser();

    private static Progress progress(String fullYear, String halfYear, String actual, int months) {
        IndicatorValue half = halfYear == null ? null : PARSER.parse(halfYear);
        return IndicatorProgress.of(PARSER.parse(fullYear), half, actual, months);
    }

    @ParameterizedTest(name = "{0} (half-year {1}), {2} after {3} months -> {4}%")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
        "≥2000人 | none | 600人 | 6 | 60.00",
        "≥2000人 | none | 599人 | 6 | 59.90",
        "≥2000人 | none | 800人 | 6 | 80.00",
        "≥2000人 | none | 1200人 | 6 | 120.00",
        "≥1200人 | none | 700人 | 7 | 100.00",
        "=10场 | =10场 | 8场 | 6 | 80.00",
        "≥2次 | ≥0次 | 0次 | 6 | 100.00",
        "≥90% | ≥90% | 72% | 6 | 80.00",
        "≥90% | none | 90% | 6 | 100.00",
        "=100% | =20% | 12% | 6 | 60.00",
        "≥50万人次 | none | 30万人次 | 6 | 120.00",
        "较上年增长2个百分点 | none | 较上年增长1.6个百分点 | 6 | 80.00"})
    void actualAgainstWhatWasExpectedByNow(String fullYear, String halfYear, String actual, int months,
                                           BigDecimal percent) {
        assertThat(progress(fullYear, halfYear, actual, months)).isEqualTo(new Progress.Percent(percent));
    }

    @ParameterizedTest(name = "{0} (half-year {1}), {2} -> within {3}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
        "≤50万元 | none | 30万元 | true", "≤50万元 | none | 50万元 | true", "≤50万元 | none | 51万元 | false",
        "≤50万元 | ≤20万元 | 30万元 | false", "<=0% | none | 0% | true", "=0% | none | 3.67% | false",
        "无重大安全事故 | none | 0起 | true", "零投诉 | none | 1件 | false", "同比减少10% | none | 同比减少12% | true"})
    void lowerIsBetterIsWithinOrOverItsLimit(String fullYear, String halfYear, String actual, boolean within) {
        assertThat(progress(fullYear, halfYear, actual, 6)).isEqualTo(new Progress.WithinLimit(within));
    }

    @Test
    void deadlinesAndQualitativeByStatementTextByReviewer() {
        assertThat(progress("2024年10月底完成", null, "", 6)).isEqualTo(new Progress.ByStatement());
        assertThat(progress("规范", "规范", "规范", 6)).isEqualTo(new Progress.ByStatement());
        assertThat(progress("实现交流协作目标", null, "已完成", 6)).isEqualTo(new Progress.ByReviewer());
        assertThat(progress("≥2次", null, "完成1次交流", 6)).isEqualTo(new Progress.ByReviewer());
        assertThat(progress("≥2次", null, "1场", 6)).isEqualTo(new Progress.ByReviewer());
        assertThat(progress("≥2次", null, " ", 6)).isEqualTo(new Progress.NotReported());
    }

    @Test
    void theMonitoringPeriodIsOneToTwelveMonths() {
        assertThatThrownBy(() -> progress("≥2次", null, "1次", 0)).hasMessage("监控期应为1至12个月：0");
        assertThatThrownBy(() -> progress("≥2次", null, "1次", 13)).hasMessage("监控期应为1至12个月：13");
    }
}
