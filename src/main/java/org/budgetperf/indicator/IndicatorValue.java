package org.budgetperf.indicator;

/** A parsed indicator value. {@link #raw()} is always the text exactly as it was given. */
public sealed interface IndicatorValue permits Comparison, Amount, Parts, Deadline, Qualitative, FreeText {

    String raw();

    ValueKind kind();
}
