package org.budgetperf.calculation;

import java.math.BigDecimal;
import java.util.Objects;

/** A reviewer's verdict and score for an indicator no number decides. */
public record ReviewerGrade(Achievement achievement, BigDecimal score) {

    public ReviewerGrade {
        Objects.requireNonNull(achievement, "achievement");
        Objects.requireNonNull(score, "score");
    }
}
