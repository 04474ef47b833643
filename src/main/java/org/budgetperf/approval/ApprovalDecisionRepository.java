package org.budgetperf.approval;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ApprovalDecisionRepository extends JpaRepository<ApprovalDecision, Long> {

    List<ApprovalDecision> findByTargetIdOrderByDecidedAtAscIdAsc(Long targetId);

    boolean existsByTaskId(String taskId);

    Optional<ApprovalDecision> findFirstByProcessInstanceIdOrderByIdDesc(String processInstanceId);

    Optional<ApprovalDecision> findFirstByProcessInstanceIdAndDecisionOrderByIdDesc(String processInstanceId,
                                                                                   Decision decision);

    Optional<ApprovalDecision> findFirstByProcessInstanceIdAndStepAndDecisionOrderByIdDesc(
            String processInstanceId, ApprovalStep step, Decision decision);
}
