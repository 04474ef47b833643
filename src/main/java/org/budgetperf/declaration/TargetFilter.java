package org.budgetperf.declaration;

import org.budgetperf.calculation.Grade;
import org.budgetperf.calculation.Light;

/**
 * What a list of tables is narrowed to; each part optional: budget year, status, monitoring light, self-evaluation
 * grade, and {@code submitted}: only the tables the caller's own unit has submitted and that are now under review.
 */
public record TargetFilter(Integer year, TargetStatus status, Light light, Grade grade, boolean submitted) {
}
