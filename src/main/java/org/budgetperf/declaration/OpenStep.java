package org.budgetperf.declaration;

import java.time.Instant;

/**
 * A step of a table's processes waiting to be done: the task's name, the organization whose people do it, and the
 * person who has claimed it (name in Chinese order), if anyone has.
 */
public record OpenStep(String taskName, String organizationName, String assigneeName, Instant since) {
}
