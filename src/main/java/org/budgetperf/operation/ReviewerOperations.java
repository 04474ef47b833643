package org.budgetperf.operation;

import org.budgetperf.approval.ReviewActivity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A review has started once any operation is recorded on its task, except an urge: urging is the waiting side's
 * doing and starts nothing.
 */
@Component
@Transactional(readOnly = true)
class ReviewerOperations implements ReviewActivity {

    private final TaskOperationRepository operations;

    ReviewerOperations(TaskOperationRepository operations) {
        this.operations = operations;
    }

    @Override
    public boolean startedOn(String taskId) {
        return operations.existsByTaskIdAndOperationNot(taskId, TaskOperationType.URGE);
    }
}
