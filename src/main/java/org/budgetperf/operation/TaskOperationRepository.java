package org.budgetperf.operation;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TaskOperationRepository extends JpaRepository<TaskOperation, Long> {

    List<TaskOperation> findByTargetIdOrderByOperatedAtAscIdAsc(Long targetId);

    boolean existsByTaskIdAndOperationAndOperatedAtAfter(String taskId, TaskOperationType operation, Instant after);

    boolean existsByTaskIdAndOperationNot(String taskId, TaskOperationType operation);
}
