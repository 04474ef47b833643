package org.budgetperf.operation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TaskOperationRepository extends JpaRepository<TaskOperation, Long> {

    List<TaskOperation> findByTargetIdOrderByOperatedAtAscIdAsc(Long targetId);

    Optional<TaskOperation> findFirstByTaskIdAndOperationInOrderByOperatedAtDescIdDesc(
            String taskId, Collection<TaskOperationType> types);

    boolean existsByTaskIdAndOperationNot(String taskId, TaskOperationType operation);
}
