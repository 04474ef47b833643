package org.budgetperf.calculation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SpotCheckSampleTest {

    private static final List<String> CODES = IntStream.range(0, 2000).mapToObj(i -> "571203-2024-" + i).toList();

    private static List<String> chosen(String share, int year) {
        SpotCheckSample sample = new SpotCheckSample(new BigDecimal(share));
        return CODES.stream().filter(code -> sample.includes(code, year)).toList();
    }

    @Test
    void theSameTablesOnEveryRun() {
        assertThat(chosen("0.2", 2024)).isEqualTo(chosen("0.2", 2024));
        assertThat(new SpotCheckSample(new BigDecimal("0.2")).includes("JS-HSZH-LLHZ-2023-01", 2023))
                .isEqualTo(new SpotCheckSample(new BigDecimal("0.2")).includes("JS-HSZH-LLHZ-2023-01", 2023));
    }

    @Test
    void aboutTheShareIsChosenAndALargerShareKeepsTheSmallerOnesTables() {
        assertThat(chosen("0.2", 2024)).hasSizeBetween(340, 460);
        assertThat(chosen("0.5", 2024)).containsAll(chosen("0.2", 2024));
        assertThat(chosen("0", 2024)).isEmpty();
        assertThat(chosen("1", 2024)).hasSize(CODES.size());
    }

    @Test
    void anotherYearDrawsAnotherSample() {
        assertThat(chosen("0.2", 2025)).isNotEqualTo(chosen("0.2", 2024));
    }

    @Test
    void theShareIsAFraction() {
        assertThatThrownBy(() -> new SpotCheckSample(new BigDecimal("1.5"))).hasMessage("抽查比例应在0至1之间：1.5");
        assertThatThrownBy(() -> new SpotCheckSample(new BigDecimal("-0.1"))).hasMessage("抽查比例应在0至1之间：-0.1");
    }
}
