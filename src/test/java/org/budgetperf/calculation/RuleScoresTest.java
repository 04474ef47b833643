package org.budgetperf.calculation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The number-driven rules, each at and around its edges, for 10 marks. */
class RuleScoresTest {

    private static final BigDecimal MARKS = BigDecimal.TEN;

    @ParameterizedTest(name = "≥{0}: {1} -> {2}, met {3}")
    @CsvSource({"5000, 6000, 10.00, true", "5000, 5000, 10.00, true", "5000, 4999, 10.00, false",
        "5000, 2500, 5.00, false", "90, 85, 9.44, false", "100, 0, 0.00, false", "0, 0, 10.00, true",
        "3, 1, 3.33, false"})
    void higherIsBetter(BigDecimal target, BigDecimal actual, BigDecimal score, boolean met) {
        assertThat(HigherIsBetterScore.of(target, actual, MARKS)).isEqualTo(new Outcome(score, met));
    }

    @ParameterizedTest(name = "≤{0}: {1} -> {2}, met {3}")
    @CsvSource({"50, 40, 10.00, true", "50, 50, 10.00, true", "50, 60, 8.00, false", "50, 99.99, 0.00, false",
        "50, 75, 5.00, false", "50, 100, 0.00, false", "50, 150, 0.00, false", "0, 0, 10.00, true",
        "0, 115.53, 0.00, false", "100, 100, 10.00, true"})
    void lowerIsBetter(BigDecimal target, BigDecimal actual, BigDecimal score, boolean met) {
        assertThat(LowerIsBetterScore.of(target, actual, MARKS)).isEqualTo(new Outcome(score, met));
    }

    @ParameterizedTest(name = "={0}: {1} -> {2}, met {3}")
    @CsvSource({"0, 0, 10.00, true", "0, -1, 10.00, true", "0, 3.67, 0.00, false", "2, 1, 5.00, false",
        "2, 2, 10.00, true", "1, 2, 10.00, true", "100, 100, 10.00, true"})
    void exact(BigDecimal target, BigDecimal actual, BigDecimal score, boolean met) {
        assertThat(ExactScore.of(target, actual, MARKS)).isEqualTo(new Outcome(score, met));
    }

    @ParameterizedTest(name = "execution {0}% of {1} marks -> {2}")
    @CsvSource({"96.94, 10, 9.69", "100, 10, 10.00", "120, 10, 10.00", "79.80, 10, 7.98", "0, 10, 0.00",
        "50, 20, 10.00"})
    void budgetExecution(BigDecimal rate, BigDecimal marks, BigDecimal score) {
        assertThat(BudgetExecutionScore.of(rate, marks)).isEqualTo(score);
    }
}
