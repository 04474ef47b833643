package org.budgetperf.declaration;

import org.budgetperf.calculation.Grade;
import org.budgetperf.calculation.Light;

/** What a list of tables is narrowed to; each part optional: budget year, status, monitoring light, self-evaluation grade. */
public record TargetFilter(Integer year, TargetStatus status, Light light, Grade grade) {
}
