package org.budgetperf.declaration;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TargetCopyRepository extends JpaRepository<TargetCopy, Long> {

    boolean existsByTargetIdAndUserId(Long targetId, String userId);

    @EntityGraph(attributePaths = "target")
    Page<TargetCopy> findByUserIdOrderByCopiedAtDescIdDesc(String userId, Pageable page);
}
