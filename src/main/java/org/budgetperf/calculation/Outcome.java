package org.budgetperf.calculation;

import java.math.BigDecimal;

/** What a scoring rule gives: the score (two decimals) and whether the target was met (else a cause is due). */
public record Outcome(BigDecimal score, boolean met) {

    static Outcome of(BigDecimal score, boolean met) {
        return new Outcome(Rounding.points(score.max(BigDecimal.ZERO)), met);
    }
}
