package org.budgetperf.calculation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.budgetperf.indicator.Deadline;
import org.budgetperf.indicator.IndicatorValueParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeadlineScoreTest {

    @ParameterizedTest(name = "{0} vs {1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
        "2024年10月底完成 | 2024年9月完成 | true",
        "2024年10月底完成 | 2024年10月 | true",
        "2024年10月底完成 | 2024年11月 | false",
        "2024年10月底完成 | 2023年12月 | true",
        "2024年10月底完成 | 2025年1月 | false",
        "10月底前完成 | 2024年9月 | true",
        "2024年10月底完成 | 已完成 | none",
        "2024年10月底完成 | '' | none"})
    void metByAMonthAtOrBeforeTheDeadline(String target, String actual, Boolean met) {
        Deadline deadline = (Deadline) new IndicatorValueParser().parse(target);
        assertThat(DeadlineScore.met(deadline, actual)).isEqualTo(Optional.ofNullable(met));
    }
}
