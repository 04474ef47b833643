package org.budgetperf.cycle;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.repository.query.Param;
import org.springframework.data.jpa.repository.Query;

public interface CycleStepRepository extends JpaRepository<CycleStep, Long> {

    @Query("select s from CycleStep s where s.targetId = :targetId and s.phase = :phase")
    Optional<CycleStep> findByTargetIdAndPhase(@Param("targetId") Long targetId, @Param("phase") CyclePhase phase);

    List<CycleStep> findByTargetIdOrderByOpensAtAsc(Long targetId);
}
