package org.budgetperf.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.budgetperf.calculation.Achievement;
import org.budgetperf.calculation.Grade;
import org.budgetperf.calculation.Light;
import org.budgetperf.calculation.Progress;
import org.budgetperf.calculation.ProgressStatement;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every band boundary of {@code bpmn/performance-rules.dmn}, evaluated on the standalone DMN engine. */
class PerformanceRulesTest {

    private final PerformanceRules rules = DmnFileDecisions.rules();

    @ParameterizedTest(name = "progress {0}% -> {1}")
    @CsvSource({"0, RED", "59.99, RED", "60, YELLOW", "60.00, YELLOW", "79.99, YELLOW", "80, GREEN", "100, GREEN",
        "119.99, GREEN", "120, BLUE", "250, BLUE"})
    void indicatorLightByProgress(BigDecimal progress, Light light) {
        assertThat(rules.progressLight(progress)).isEqualTo(light);
    }

    @ParameterizedTest(name = "budget progress {0}% -> {1}")
    @CsvSource({"0, RED", "59.99, RED", "60, YELLOW", "79.99, YELLOW", "80, GREEN", "119.99, GREEN", "120, GREEN",
        "300, GREEN"})
    void budgetLightByProgress(BigDecimal progress, Light light) {
        assertThat(rules.budgetLight(progress)).isEqualTo(light);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"ON_PLAN, GREEN", "BEHIND, YELLOW", "CANNOT_COMPLETE, RED"})
    void statementLight(ProgressStatement statement, Light light) {
        assertThat(rules.statementLight(statement)).isEqualTo(light);
    }

    @Test
    void lowerIsBetterIsGreenWithinItsLimitAndRedOver() {
        assertThat(rules.limitLight(true)).isEqualTo(Light.GREEN);
        assertThat(rules.limitLight(false)).isEqualTo(Light.RED);
    }

    @Test
    void lightOfEachKindOfProgress() {
        assertThat(rules.lightOf(new Progress.Percent(new BigDecimal("79.99")), null)).contains(Light.YELLOW);
        assertThat(rules.lightOf(new Progress.WithinLimit(false), null)).contains(Light.RED);
        assertThat(rules.lightOf(new Progress.ByStatement(), ProgressStatement.BEHIND)).contains(Light.YELLOW);
        assertThat(rules.lightOf(new Progress.ByStatement(), null)).isEmpty();
        assertThat(rules.lightOf(new Progress.ByReviewer(), ProgressStatement.ON_PLAN)).isEmpty();
        assertThat(rules.lightOf(new Progress.NotReported(), null)).isEmpty();
    }

    @ParameterizedTest(name = "total {0} -> {1}")
    @CsvSource({"100, EXCELLENT", "90, EXCELLENT", "90.00, EXCELLENT", "89.99, GOOD", "80, GOOD", "79.99, FAIR",
        "60, FAIR", "59.99, POOR", "0, POOR"})
    void gradeByTotal(BigDecimal total, Grade grade) {
        assertThat(rules.grade(total)).isEqualTo(grade);
    }

    @ParameterizedTest(name = "{0}: {1}-{2}% of the marks")
    @CsvSource({"ACHIEVED, 80, 100", "PARTLY_ACHIEVED, 60, 80", "NOT_ACHIEVED, 0, 60"})
    void qualitativeBands(Achievement achievement, BigDecimal lowest, BigDecimal highest) {
        assertThat(rules.band(achievement).lowestPercent()).isEqualByComparingTo(lowest);
        assertThat(rules.band(achievement).highestPercent()).isEqualByComparingTo(highest);
    }

    @ParameterizedTest(name = "{0}: {1} points")
    @CsvSource({"产出, 50", "效益, 30", "满意度, 10", "预算执行, 10", "决策, 0", "过程, 0", "履职, 50"})
    void groupPoints(String group, BigDecimal points) {
        assertThat(rules.groupPoints(group)).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo(points));
    }

    @Test
    void anUnknownGroupHasNoPoints() {
        assertThat(rules.groupPoints("分解目标")).isEmpty();
    }

    @Test
    void overAchievementAt130Percent() {
        assertThat(rules.overAchievementPercent()).isEqualByComparingTo("130");
    }

    @Test
    void decisionsHaveChineseNamesAndEnglishIds() {
        List<DmnDecision> decisions = List.copyOf(new DmnFileDecisions().all().values());
        assertThat(decisions).extracting(DmnDecision::getKey).containsExactlyInAnyOrder("indicatorLight",
                "limitLight", "statementLight", "budgetLight", "evaluationGrade", "qualitativeBand", "groupPoints",
                "overAchievementThreshold");
        assertThat(decisions).allSatisfy(decision -> assertThat(decision.getName()).matches(".*\\p{IsHan}.*"));
    }

    @Test
    void worstLightOfATable() {
        assertThat(Light.worstOf(List.of(Light.GREEN, Light.BLUE, Light.YELLOW))).contains(Light.YELLOW);
        assertThat(Light.worstOf(List.of(Light.GREEN, Light.RED, Light.BLUE))).contains(Light.RED);
        assertThat(Light.worstOf(List.of(Light.GREEN, Light.BLUE))).contains(Light.BLUE);
        assertThat(Light.worstOf(List.of())).isEmpty();
        assertThat(Light.RED.label()).isEqualTo("红灯");
    }

    @Test
    void aDecisionWithoutAMatchingRuleIsAnError() {
        assertThatThrownBy(() -> new PerformanceRules((key, variables) -> new DmnFileDecisions()
                .evaluate("groupPoints", java.util.Map.of("group", "无"))).grade(BigDecimal.TEN))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("evaluationGrade");
    }
}
