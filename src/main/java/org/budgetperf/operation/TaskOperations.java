package org.budgetperf.operation;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The operations done on each table's tasks: recorded once, listed in order, never changed. */
@Service
@Transactional
public class TaskOperations {

    private final TaskOperationRepository operations;

    public TaskOperations(TaskOperationRepository operations) {
        this.operations = operations;
    }

    public TaskOperation record(OperationOnTask on, TaskOperationType operation, String userId, String otherUserId,
                                String reason) {
        return operations.save(new TaskOperation(on, operation, userId, otherUserId, reason, null));
    }

    public TaskOperation recordAttachment(OperationOnTask on, String userId, String attachmentId, String description) {
        return operations.save(new TaskOperation(on, TaskOperationType.ATTACH, userId, null, description,
                attachmentId));
    }

    /** Whether the task's latest delegation has not been handed back yet (as far as the history knows). */
    @Transactional(readOnly = true)
    public boolean delegationOpen(String taskId) {
        return operations.findFirstByTaskIdAndOperationInOrderByOperatedAtDescIdDesc(taskId,
                        List.of(TaskOperationType.DELEGATE, TaskOperationType.RESOLVE))
                .map(last -> last.getOperation() == TaskOperationType.DELEGATE).orElse(false);
    }

    @Transactional(readOnly = true)
    public List<TaskOperation> of(Long targetId) {
        return operations.findByTargetIdOrderByOperatedAtAscIdAsc(targetId);
    }
}
