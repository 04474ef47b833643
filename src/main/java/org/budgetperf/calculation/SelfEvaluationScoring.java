package org.budgetperf.calculation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Scores a whole self-evaluation: weights, each indicator, budget execution, total and grade. */
public final class SelfEvaluationScoring {

    private SelfEvaluationScoring() {
    }

    /**
     * @param executionRatePercent the budget's execution rate (actual spending / adjusted budget), if known
     * @throws WeightsRejected when the table's own weights do not add up
     */
    public static Scorecard score(List<ScoringLine> lines, Optional<BigDecimal> executionRatePercent,
                                  ScoringRules rules) {
        Weights weights = IndicatorWeights.of(lines.stream().map(ScoringLine::indicator).toList(), rules);
        List<IndicatorScore> scores = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            ScoringLine line = lines.get(i);
            scores.add(IndicatorScoring.score(line.target(), line.actual(), weights.indicatorMarks().get(i),
                    line.grade(), rules));
        }
        BigDecimal budgetScore = executionRatePercent
                .map(rate -> BudgetExecutionScore.of(rate, weights.budgetMarks())).orElse(null);
        boolean complete = budgetScore != null && scores.stream()
                .allMatch(score -> score.score() != null || score.marks().signum() == 0);
        if (!complete) {
            return new Scorecard(scores, weights.budgetMarks(), budgetScore, null, null);
        }
        BigDecimal total = scores.stream().map(IndicatorScore::score).filter(Objects::nonNull)
                .reduce(budgetScore, BigDecimal::add);
        return new Scorecard(scores, weights.budgetMarks(), budgetScore, total, rules.grade(total));
    }
}
