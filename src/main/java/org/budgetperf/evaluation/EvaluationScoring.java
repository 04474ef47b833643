package org.budgetperf.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.budgetperf.calculation.Scorecard;
import org.budgetperf.calculation.ScoringLine;
import org.budgetperf.calculation.SelfEvaluationScoring;
import org.budgetperf.calculation.WeightedIndicator;
import org.budgetperf.calculation.WeightsRejected;
import org.budgetperf.declaration.TargetDetails.IndicatorView;
import org.budgetperf.indicator.ExecutionRate;
import org.budgetperf.indicator.IndicatorValueParser;
import org.budgetperf.indicator.Percentage;
import org.budgetperf.rules.PerformanceRules;
import org.springframework.stereotype.Component;

/**
 * Scores a recorded self-evaluation by the rules in force: each indicator against its full-year target, with the
 * reviewer's grades, and budget execution by the rate of the budget's total line (预算总金额, 资金总额 or 合计;
 * else the first line).
 */
@Component
class EvaluationScoring {

    private static final Set<String> TOTAL_LINES = Set.of("预算总金额", "资金总额", "合计");
    private final PerformanceRules rules;
    private final IndicatorValueParser parser;

    EvaluationScoring(PerformanceRules rules, IndicatorValueParser parser) {
        this.rules = rules;
        this.parser = parser;
    }

    /** The scorecard, or why there is none: a table's own weights that do not add up. */
    record Scored(Scorecard card, String problem) {
    }

    /** @param actuals the actual value recorded for each of {@code indicators}, {@code null} where none */
    Scored score(List<IndicatorView> indicators, List<String> actuals, SelfEvaluation evaluation) {
        List<ScoringLine> lines = new ArrayList<>();
        for (int i = 0; i < indicators.size(); i++) {
            IndicatorView indicator = indicators.get(i);
            IndicatorKey key = IndicatorKey.of(indicator);
            lines.add(new ScoringLine(new WeightedIndicator(key.level1(), key.level2(), key.level3(),
                    indicator.weight()), parser.parse(indicator.fullYearText()), actuals.get(i),
                    evaluation.getGrades().stream().filter(grade -> grade.key().equals(key)).findFirst()
                            .map(IndicatorGrade::grade).orElse(null)));
        }
        try {
            return new Scored(SelfEvaluationScoring.score(lines, executionRate(evaluation), rules), null);
        } catch (WeightsRejected e) {
            return new Scored(null, e.getMessage());
        }
    }

    PerformanceRules rules() {
        return rules;
    }

    private static Optional<BigDecimal> executionRate(SelfEvaluation evaluation) {
        List<BudgetExecution> budget = evaluation.getBudget();
        return budget.stream().filter(line -> TOTAL_LINES.contains(line.getName())).findFirst()
                .or(() -> budget.stream().findFirst())
                .flatMap(line -> ExecutionRate.of(line.getActualSpending(), line.getAdjustedBudget()))
                .map(Percentage::value);
    }
}
