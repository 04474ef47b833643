package org.budgetperf.calculation;

import java.math.BigDecimal;
import java.util.List;

/** The marks of each indicator, in the order given, and of budget execution. */
public record Weights(List<BigDecimal> indicatorMarks, BigDecimal budgetMarks) {

    public Weights {
        indicatorMarks = List.copyOf(indicatorMarks);
    }
}
