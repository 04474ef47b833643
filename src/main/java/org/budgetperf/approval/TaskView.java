package org.budgetperf.approval;

import java.util.Date;

/**
 * A task as the API lists it, naming the table it is about; {@code cosign} when it is listed to the person for
 * their co-sign vote rather than to work on it.
 */
public record TaskView(String id, String name, ApprovalStep step, String stepLabel, Long targetId, String targetCode,
                       String targetName, Integer budgetYear, String assignee, Date created, Date due, int priority,
                       String processInstanceId, boolean cosign) {
}
