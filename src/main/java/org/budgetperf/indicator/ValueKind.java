package org.budgetperf.indicator;

/** What kind of value an indicator cell holds; {@link #TEXT} is left to people to judge. */
public enum ValueKind { COMPARISON, BASELINE, AMOUNT, ABSENCE, PARTS, DEADLINE, QUALITATIVE, TEXT }
