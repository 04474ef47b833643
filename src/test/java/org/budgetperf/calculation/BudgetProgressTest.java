package org.budgetperf.calculation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BudgetProgressTest {

    @ParameterizedTest(name = "{0} of {1} (planned {2}) after {3} months -> {4}%")
    @CsvSource(nullValues = "none", value = {
        "3.5, 17.6, 3.5, 6, 100.00",
        "2.1, 17.6, 3.5, 6, 60.00",
        "2.09, 17.6, 3.5, 6, 59.71",
        "8.8, 17.6, none, 6, 100.00",
        "5.28, 17.6, none, 6, 60.00",
        "7.04, 17.6, none, 6, 80.00",
        "10.27, 17.6, none, 7, 100.03",
        "8.8, 17.6, 0, 6, 100.00"})
    void executedAgainstItsPlanOrTheSchedule(BigDecimal executed, BigDecimal budget, BigDecimal planned, int months,
                                             BigDecimal percent) {
        assertThat(BudgetProgress.percent(executed, budget, planned, months)).contains(percent);
    }

    @Test
    void nothingWithoutFigures() {
        assertThat(BudgetProgress.percent(null, BigDecimal.TEN, null, 6)).isEmpty();
        assertThat(BudgetProgress.percent(BigDecimal.ONE, BigDecimal.ZERO, null, 6)).isEmpty();
        assertThat(BudgetProgress.percent(BigDecimal.ONE, null, null, 6)).isEmpty();
        assertThatThrownBy(() -> BudgetProgress.percent(BigDecimal.ONE, BigDecimal.TEN, null, 0))
                .hasMessage("监控期应为1至12个月：0");
    }
}
