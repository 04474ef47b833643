package org.budgetperf.calculation;

import java.math.BigDecimal;

/** A level-3 indicator's place in the tree and the weight (分值) its table gives it, or {@code null}. */
public record WeightedIndicator(String level1, String level2, String level3, BigDecimal declaredWeight) {
}
