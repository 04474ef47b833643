package org.budgetperf.operation;

import jakarta.validation.constraints.Size;

/** Why the caller urges (optional). */
public record UrgeRequest(@Size(max = 500, message = "催办说明最长500字") String reason) {
}
