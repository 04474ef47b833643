package org.budgetperf.declaration;

import org.budgetperf.calculation.Grade;
import org.budgetperf.calculation.Light;

/** A table as lists read it: with its monitoring report's table light and its self-evaluation's grade, when known. */
public record ListedTarget(PerformanceTarget target, Light light, Grade grade) {
}
