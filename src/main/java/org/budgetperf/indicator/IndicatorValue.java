package org.budgetperf.indicator;

/** An indicator value as {@link IndicatorValueParser} understood it. */
public sealed interface IndicatorValue permits Comparison, BaselineComparison, Amount, Absence, Parts, Deadline, Qualitative, FreeText {

    /** The text exactly as it was given to the parser ({@code ""} for {@code null}), never altered. */
    String raw();

    ValueKind kind();
}
