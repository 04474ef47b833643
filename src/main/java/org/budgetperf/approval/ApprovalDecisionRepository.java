package org.budgetperf.approval;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.repository.query.Param;
import org.springframework.data.jpa.repository.Query;

public interface ApprovalDecisionRepository extends JpaRepository<ApprovalDecision, Long> {

    @Query("select d from ApprovalDecision d where d.targetId = :targetId order by d.decidedAt, d.id")
    List<ApprovalDecision> findByTargetIdOrderByDecidedAtAscIdAsc(@Param("targetId") Long targetId);

    boolean existsByTaskId(String taskId);

    @Query("select d from ApprovalDecision d where d.processInstanceId = :processInstanceId order by d.id desc limit 1")
    Optional<ApprovalDecision> findFirstByProcessInstanceIdOrderByIdDesc(
            @Param("processInstanceId") String processInstanceId);

    Optional<ApprovalDecision> findFirstByProcessInstanceIdAndDecisionOrderByIdDesc(String processInstanceId,
                                                                                   Decision decision);

    Optional<ApprovalDecision> findFirstByProcessInstanceIdAndStepAndDecisionOrderByIdDesc(
            String processInstanceId, ApprovalStep step, Decision decision);
}
