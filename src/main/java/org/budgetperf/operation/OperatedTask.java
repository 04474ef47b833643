package org.budgetperf.operation;

import org.budgetperf.approval.ApprovalStep;
import org.budgetperf.declaration.PerformanceTarget;

/** An open task of a table's process that someone operates on: its step and the table it is about. */
record OperatedTask(String taskId, String taskName, String processInstanceId, ApprovalStep step,
                    PerformanceTarget target) {

    OperationOnTask on() {
        return new OperationOnTask(target.getId(), target.getVersionNo(), processInstanceId, taskId, taskName);
    }
}
