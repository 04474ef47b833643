package org.budgetperf.calculation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.budgetperf.indicator.IndicatorValueParser;
import org.budgetperf.rules.DmnFileDecisions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which rule scores a line, and which lines owe a cause or an explanation, for 10 marks. */
class IndicatorScoringTest {

    private static final BigDecimal MARKS = BigDecimal.TEN;
    private final ScoringRules rules = DmnFileDecisions.rules();

    private IndicatorScore score(String target, String actual, ReviewerGrade grade) {
        return IndicatorScoring.score(new IndicatorValueParser().parse(target), actual, MARKS, grade, rules);
    }

    @ParameterizedTest(name = "{0} vs {1}: {2} {3}, cause {4}, explanation {5}")
    @CsvSource(delimiter = '|', value = {
        ">=5000人 | 6000人 | HIGHER_IS_BETTER | 10.00 | false | false",
        ">=100% | 129.99% | HIGHER_IS_BETTER | 10.00 | false | false",
        ">=100% | 130% | HIGHER_IS_BETTER | 10.00 | false | true",
        ">=100% | 231.41% | HIGHER_IS_BETTER | 10.00 | false | true",
        "≥50万人次 | 40万人次 | HIGHER_IS_BETTER | 8.00 | true | false",
        "=2次 | 1次 | EXACT | 5.00 | true | false",
        "=2次 | 3次 | EXACT | 10.00 | false | true",
        "=0% | 3.67% | EXACT | 0.00 | true | false",
        "=0% | 0% | EXACT | 10.00 | false | false",
        "<=0% | 115.53% | LOWER_IS_BETTER | 0.00 | true | false",
        "≤50万元 | 60万元 | LOWER_IS_BETTER | 8.00 | true | false",
        "≤50万元 | 20万元 | LOWER_IS_BETTER | 10.00 | false | false",
        "100% | 90% | HIGHER_IS_BETTER | 9.00 | true | false",
        "1 | 1 | EXACT | 10.00 | false | false",
        "2024年10月底完成 | 2024年9月 | DEADLINE | 10.00 | false | false"})
    void numbersAndDeadlinesScoreThemselves(String target, String actual, ScoringMethod method, BigDecimal score,
                                            boolean cause, boolean explanation) {
        assertThat(score(target, actual, null))
                .isEqualTo(new IndicatorScore(method, MARKS, score, false, cause, explanation));
    }

    @ParameterizedTest(name = "{0} vs {1}: {2} {3}, cause {4}, explanation {5}")
    @CsvSource(delimiter = '|', value = {
        "较上年提高 | 较上年增长3% | HIGHER_IS_BETTER | 10.00 | false | false",
        "较上年提高 | 较上年下降2% | HIGHER_IS_BETTER | 0.00 | true | false",
        "较2022年增长10% | 较2022年增长5% | HIGHER_IS_BETTER | 5.00 | true | false",
        "较2022年增长10% | 较2022年增长13% | HIGHER_IS_BETTER | 10.00 | false | true",
        "不低于上年 | 与上年持平 | HIGHER_IS_BETTER | 10.00 | false | false",
        "较上年下降 | 同比减少4% | LOWER_IS_BETTER | 10.00 | false | false",
        "较上年下降 | 较上年增长1% | LOWER_IS_BETTER | 0.00 | true | false",
        "同比减少10% | 同比减少12% | LOWER_IS_BETTER | 10.00 | false | false",
        "无重大安全事故 | 0起 | LOWER_IS_BETTER | 10.00 | false | false",
        "无重大安全事故 | 1起 | LOWER_IS_BETTER | 0.00 | true | false",
        "零投诉 | 无投诉 | LOWER_IS_BETTER | 10.00 | false | false",
        "0起 | 2起 | LOWER_IS_BETTER | 0.00 | true | false"})
    void baselinesAndAbsencesScoreByTheirDirection(String target, String actual, ScoringMethod method,
                                                   BigDecimal score, boolean cause, boolean explanation) {
        assertThat(score(target, actual, null))
                .isEqualTo(new IndicatorScore(method, MARKS, score, false, cause, explanation));
    }

    @ParameterizedTest(name = "{0} vs {1} waits for the reviewer")
    @CsvSource(delimiter = '|', value = {
        "较好 | 较好 | REVIEWER", "持续健康发展 | 持续健康发展 | REVIEWER", "≥2次 | 完成 | REVIEWER",
        "≥2次 | 2场 | REVIEWER", "实现造血干细胞捐献30例，人体器官捐献30例 | 30例 | REVIEWER",
        "2024年10月底完成 | 2024年11月 | DEADLINE", "2024年10月底完成 | 已完成 | DEADLINE",
        "较上年增长5% | 6% | REVIEWER", "≥90% | 较上年增长5% | REVIEWER", "无重大安全事故 | 无 | REVIEWER"})
    void everythingElseWaitsForTheReviewer(String target, String actual, ScoringMethod method) {
        assertThat(score(target, actual, null)).isEqualTo(new IndicatorScore(method, MARKS, null, true, false, false));
        assertThat(IndicatorScoring.gradedByReviewer(new IndicatorValueParser().parse(target), actual)).isTrue();
    }

    @Test
    void theReviewersGradeScoresAndAMissOwesACause() {
        assertThat(score("较好", "较好", new ReviewerGrade(Achievement.ACHIEVED, new BigDecimal("9.5"))))
                .isEqualTo(new IndicatorScore(ScoringMethod.REVIEWER, MARKS, new BigDecimal("9.50"), false, false,
                        false));
        assertThat(score("2024年10月底完成", "2024年12月", new ReviewerGrade(Achievement.PARTLY_ACHIEVED,
                new BigDecimal("7")))).isEqualTo(new IndicatorScore(ScoringMethod.DEADLINE, MARKS,
                new BigDecimal("7.00"), false, true, false));
    }

    @Test
    void aGradeCountsOnlyWhereTheReviewerDecides() {
        assertThat(score("=2次", "1次", new ReviewerGrade(Achievement.ACHIEVED, BigDecimal.TEN)).score())
                .isEqualByComparingTo("5");
    }

    @Test
    void aNumberNotYetReportedHasNoScore() {
        assertThat(score(">=90%", "", null))
                .isEqualTo(new IndicatorScore(ScoringMethod.HIGHER_IS_BETTER, MARKS, null, false, false, false));
        assertThat(IndicatorScoring.gradedByReviewer(new IndicatorValueParser().parse(">=90%"), " ")).isFalse();
    }
}
