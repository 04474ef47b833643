package org.budgetperf.calculation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.budgetperf.indicator.IndicatorValueParser;
import org.budgetperf.rules.DmnFileDecisions;
import org.budgetperf.support.Seed002;
import org.junit.jupiter.api.Test;

/**
 * Seed 002 (苏州市红十字会 2023) scored by the default rules. The seed prints deviations and execution rates but no
 * score, so these are the rules' figures, not the report's.
 */
class SelfEvaluationScoringTest {

    private static final IndicatorValueParser PARSER = new IndicatorValueParser();
    private static final Optional<BigDecimal> SEED_EXECUTION_RATE = Optional.of(new BigDecimal("96.94"));
    private final ScoringRules rules = DmnFileDecisions.rules();

    private static List<ScoringLine> seed002(ReviewerGrade effectGrade) {
        List<ScoringLine> lines = new ArrayList<>();
        for (List<String> row : Seed002.indicatorRows()) {
            ReviewerGrade grade = row.get(1).equals("效益") ? effectGrade : null;
            lines.add(new ScoringLine(new WeightedIndicator(row.get(0), row.get(1), row.get(2), null),
                    PARSER.parse(row.get(3)), row.get(4), grade));
        }
        return lines;
    }

    @Test
    void seed002BeforeTheReviewerGradesItsEffectIndicatorsHasNoTotal() {
        Scorecard card = SelfEvaluationScoring.score(seed002(null), SEED_EXECUTION_RATE, rules);
        assertThat(card.budgetScore()).isEqualTo(new BigDecimal("9.69"));
        assertThat(card.indicators().subList(32, 35)).allSatisfy(line -> assertThat(line.awaitingGrade()).isTrue());
        assertThat(card.total()).isNull();
        assertThat(card.grade()).isNull();
    }

    @Test
    void seed002Scored() {
        Scorecard card = SelfEvaluationScoring.score(seed002(new ReviewerGrade(Achievement.ACHIEVED, BigDecimal.TEN)),
                SEED_EXECUTION_RATE, rules);
        List<IndicatorScore> lines = card.indicators();
        assertThat(lines.get(36).score()).isEqualTo(new BigDecimal("5.00"));
        assertThat(lines.get(43).score()).isEqualTo(new BigDecimal("6.25"));
        assertThat(lines.get(44).score()).as("红十字应急救援队综合演练 =2次, 1次").isEqualTo(new BigDecimal("3.13"));
        assertThat(lines.get(44).needsCause()).isTrue();
        assertThat(card.total()).isEqualTo(new BigDecimal("96.57"));
        assertThat(card.grade()).isEqualTo(Grade.EXCELLENT);
    }

    @Test
    void seed002LinesThatOweACauseOrAnExplanation() {
        Scorecard card = SelfEvaluationScoring.score(seed002(null), SEED_EXECUTION_RATE, rules);
        List<String> names = Seed002.indicatorRows().stream().map(row -> row.get(2)).toList();
        List<String> causes = new ArrayList<>();
        List<String> explanations = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            if (card.indicators().get(i).needsCause()) {
                causes.add(names.get(i));
            }
            if (card.indicators().get(i).needsExplanation()) {
                explanations.add(names.get(i));
            }
        }
        assertThat(causes).containsExactly("结转结余率", "预算调整率", "“三公经费”变动率", "预算偏差率", "红十字应急救援队综合演练");
        assertThat(explanations).containsExactly("非税收入预算完成率");
    }

    @Test
    void noTotalWithoutTheBudgetsExecution() {
        Scorecard card = SelfEvaluationScoring.score(seed002(new ReviewerGrade(Achievement.ACHIEVED, BigDecimal.TEN)),
                Optional.empty(), rules);
        assertThat(card.budgetScore()).isNull();
        assertThat(card.total()).isNull();
    }

    @Test
    void aPoorTable() {
        List<ScoringLine> lines = List.of(
                new ScoringLine(new WeightedIndicator("产出指标", "数量指标", "培训", null), PARSER.parse("≥100人"), "50人", null),
                new ScoringLine(new WeightedIndicator("效益指标", "社会效益", "覆盖", null), PARSER.parse("≥100%"), "50%", null),
                new ScoringLine(new WeightedIndicator("满意度指标", "满意度", "满意度", null), PARSER.parse("≥90%"), "45%",
                        null));
        Scorecard card = SelfEvaluationScoring.score(lines, Optional.of(new BigDecimal("50")), rules);
        assertThat(card.total()).isEqualTo(new BigDecimal("50.00"));
        assertThat(card.grade()).isEqualTo(Grade.POOR);
    }
}
