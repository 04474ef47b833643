package org.budgetperf.calculation;

import org.budgetperf.indicator.IndicatorValue;

/** One indicator as the self-evaluation scores it: its place and weight, target, actual and reviewer's grade. */
public record ScoringLine(WeightedIndicator indicator, IndicatorValue target, String actual, ReviewerGrade grade) {
}
