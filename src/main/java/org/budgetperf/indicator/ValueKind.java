package org.budgetperf.indicator;

public enum ValueKind { COMPARISON, AMOUNT, PARTS, DEADLINE, QUALITATIVE, TEXT }
