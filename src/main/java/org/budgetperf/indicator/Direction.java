package org.budgetperf.indicator;

/** Which way an actual value should move from its target. */
public enum Direction { HIGHER_IS_BETTER, LOWER_IS_BETTER, EXACT }
