package org.budgetperf.operation;

/** The table, its version and the task an operation was done on (no task for a copy made outside one). */
public record OperationOnTask(Long targetId, int versionNo, String processInstanceId, String taskId,
                              String taskName) {
}
