package org.budgetperf.evaluation;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SelfEvaluationRepository extends JpaRepository<SelfEvaluation, Long> {

    Optional<SelfEvaluation> findByTargetId(Long targetId);
}
