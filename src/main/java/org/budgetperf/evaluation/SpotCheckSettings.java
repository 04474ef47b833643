package org.budgetperf.evaluation;

import java.math.BigDecimal;
import org.budgetperf.calculation.SpotCheckSample;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class SpotCheckSettings {

    /** The share of self-evaluations the finance bureau spot-checks (抽查), {@code budgetperf.evaluation.spot-check-share}. */
    @Bean
    SpotCheckSample spotCheckSample(@Value("${budgetperf.evaluation.spot-check-share}") BigDecimal share) {
        return new SpotCheckSample(share);
    }
}
