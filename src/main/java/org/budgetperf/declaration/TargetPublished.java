package org.budgetperf.declaration;

/** Published, inside the publishing transaction, when a table's approved version is made public. */
public record TargetPublished(Long targetId) {
}
