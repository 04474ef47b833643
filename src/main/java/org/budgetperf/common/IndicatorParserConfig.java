package org.budgetperf.common;

import java.util.List;
import org.budgetperf.indicator.IndicatorValueParser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The application's one indicator value parser: the built-in grade words plus those a finance bureau lists in
 * {@code budgetperf.indicator.grade-terms} (e.g. {@code 可追溯,全覆盖}).
 */
@Configuration
public class IndicatorParserConfig {

    @Bean
    IndicatorValueParser indicatorValueParser(
            @Value("${budgetperf.indicator.grade-terms:}") List<String> gradeTerms) {
        return new IndicatorValueParser(gradeTerms);
    }
}
