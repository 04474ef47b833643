package org.budgetperf.calculation;

import java.math.BigDecimal;
import java.util.List;

/**
 * A self-evaluation's scores: one per indicator in the order given, budget execution, the total and its grade.
 * The total and grade are {@code null} until every indicator that carries marks has a score and the budget's
 * execution rate is known.
 */
public record Scorecard(List<IndicatorScore> indicators, BigDecimal budgetMarks, BigDecimal budgetScore,
                        BigDecimal total, Grade grade) {

    public Scorecard {
        indicators = List.copyOf(indicators);
    }
}
