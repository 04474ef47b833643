package org.budgetperf.target;

/** Published when a unit saves changes to a table it is preparing. */
public record TargetEdited(Long targetId) {
}
