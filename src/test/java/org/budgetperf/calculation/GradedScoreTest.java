package org.budgetperf.calculation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.budgetperf.rules.DmnFileDecisions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The reviewer's verdict and score, inside the verdict's band of the DMN file, for 15 marks. */
class GradedScoreTest {

    private static final BigDecimal MARKS = new BigDecimal("15");
    private final ScoringRules rules = DmnFileDecisions.rules();

    @ParameterizedTest(name = "{0} {1} of 15 accepted")
    @CsvSource({"ACHIEVED, 15", "ACHIEVED, 12", "PARTLY_ACHIEVED, 12", "PARTLY_ACHIEVED, 9", "NOT_ACHIEVED, 9",
        "NOT_ACHIEVED, 0"})
    void aScoreInsideItsBand(Achievement achievement, BigDecimal score) {
        ReviewerGrade grade = new ReviewerGrade(achievement, score);
        assertThatCode(() -> GradedScore.check(grade, MARKS, rules.band(achievement))).doesNotThrowAnyException();
        assertThat(GradedScore.of(grade)).isEqualTo(new Outcome(score.setScale(2), achievement == Achievement.ACHIEVED));
    }

    @ParameterizedTest(name = "{0} {1} of 15 refused: {2}")
    @CsvSource(delimiter = '|', value = {
        "ACHIEVED | 11.99 | 评定为“达成”的得分应在12.00至15.00分之间（分值15.00分），不能为11.99分",
        "ACHIEVED | 15.01 | 评定为“达成”的得分应在12.00至15.00分之间（分值15.00分），不能为15.01分",
        "PARTLY_ACHIEVED | 12.01 | 评定为“部分达成”的得分应在9.00至12.00分之间（分值15.00分），不能为12.01分",
        "PARTLY_ACHIEVED | 8.99 | 评定为“部分达成”的得分应在9.00至12.00分之间（分值15.00分），不能为8.99分",
        "NOT_ACHIEVED | 9.01 | 评定为“未达成”的得分应在0.00至9.00分之间（分值15.00分），不能为9.01分",
        "NOT_ACHIEVED | -1 | 评定为“未达成”的得分应在0.00至9.00分之间（分值15.00分），不能为-1.00分"})
    void aScoreOutsideItsBandIsRefused(Achievement achievement, BigDecimal score, String message) {
        assertThatThrownBy(() -> GradedScore.check(new ReviewerGrade(achievement, score), MARKS,
                rules.band(achievement))).isInstanceOf(ScoreOutsideBand.class).hasMessage(message);
    }
}
