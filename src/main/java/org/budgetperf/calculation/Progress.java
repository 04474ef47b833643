package org.budgetperf.calculation;

import java.math.BigDecimal;

/** How far an indicator has come at monitoring, as {@link IndicatorProgress} judges it. */
public sealed interface Progress {

    /** Progress in percent of what was expected by now (two decimals). */
    record Percent(BigDecimal value) implements Progress {
    }

    /** A "lower is better" indicator (a cost, a rate to keep down): within its limit or over it. */
    record WithinLimit(boolean within) implements Progress {
    }

    /** A deadline or qualitative indicator: the unit's {@link ProgressStatement} decides. */
    record ByStatement() implements Progress {
    }

    /** Free text, several values in one cell, or an actual no number can be read from: the department judges. */
    record ByReviewer() implements Progress {
    }

    /** Nothing reported yet. */
    record NotReported() implements Progress {
    }
}
