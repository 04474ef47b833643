package org.budgetperf.declaration;

/** Published when a unit saves changes to a table it is preparing. */
public record TargetEdited(Long targetId) {
}
