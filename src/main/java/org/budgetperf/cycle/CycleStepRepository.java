package org.budgetperf.cycle;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CycleStepRepository extends JpaRepository<CycleStep, Long> {

    Optional<CycleStep> findByTargetIdAndPhase(Long targetId, CyclePhase phase);

    List<CycleStep> findByTargetIdOrderByOpensAtAsc(Long targetId);
}
