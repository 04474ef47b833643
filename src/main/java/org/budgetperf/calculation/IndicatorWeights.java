package org.budgetperf.calculation;

import java.math.BigDecimal;
import java.util.List;

/**
 * Each indicator's marks: the table's own weights where it gives them ({@link DeclaredWeights}), else the rules'
 * group points split evenly ({@link EvenWeights}); budget execution is worth the rules' {@code 预算执行} points.
 */
public final class IndicatorWeights {

    private IndicatorWeights() {
    }

    /** @throws WeightsRejected when the table's own weights do not add up */
    public static Weights of(List<WeightedIndicator> indicators, ScoringRules rules) {
        BigDecimal budgetPoints = rules.groupPoints(ScoringRules.BUDGET_EXECUTION).orElse(BigDecimal.ZERO);
        if (DeclaredWeights.given(indicators)) {
            return new Weights(DeclaredWeights.checked(indicators, budgetPoints), budgetPoints);
        }
        List<String> groups = indicators.stream()
                .map(indicator -> WeightGroups.groupOf(indicator.level1(), indicator.level2(), rules))
                .toList();
        return new Weights(EvenWeights.split(groups, rules), budgetPoints);
    }
}
