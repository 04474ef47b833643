package org.budgetperf.calculation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A table's own weights (分值). The tables carry them on level-3 rows only (the 分值 column of the import and
 * export; no seed weights level 1 or 2), so the check is: every level-3 indicator has one, and their total plus
 * budget execution's points makes 100.
 */
final class DeclaredWeights {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private DeclaredWeights() {
    }

    static boolean given(List<WeightedIndicator> indicators) {
        return indicators.stream().anyMatch(indicator -> indicator.declaredWeight() != null);
    }

    static List<BigDecimal> checked(List<WeightedIndicator> indicators, BigDecimal budgetPoints) {
        indicators.stream().filter(indicator -> indicator.declaredWeight() == null).findFirst().ifPresent(missing -> {
            throw new WeightsRejected("三级指标“" + missing.level3() + "”未填分值：一张表的三级指标分值要么都填，要么都不填");
        });
        List<BigDecimal> weights = indicators.stream().map(WeightedIndicator::declaredWeight)
                .map(Objects::requireNonNull).toList();
        BigDecimal total = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.add(budgetPoints).compareTo(HUNDRED) != 0) {
            throw new WeightsRejected("三级指标分值合计" + total.stripTrailingZeros().toPlainString() + "分，加预算执行"
                    + budgetPoints.stripTrailingZeros().toPlainString() + "分，应为100分");
        }
        return weights;
    }
}
