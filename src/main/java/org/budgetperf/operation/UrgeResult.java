package org.budgetperf.operation;

import java.time.OffsetDateTime;
import java.util.List;

/** The tasks an urge reached, whom it reached, and when they may be urged again (the next day, Asia/Shanghai). */
public record UrgeResult(List<UrgedTask> urged, OffsetDateTime nextAllowedAt) {

    /** {@code holder}: the person who has the task (with the owner of a delegated one) or the organizations it waits for. */
    public record UrgedTask(String taskId, String taskName, String holder) {
    }
}
