package org.budgetperf.indicator;

public enum Direction { HIGHER_IS_BETTER, LOWER_IS_BETTER, EXACT }
