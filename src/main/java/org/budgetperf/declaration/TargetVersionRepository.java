package org.budgetperf.declaration;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.repository.query.Param;
import org.springframework.data.jpa.repository.Query;

public interface TargetVersionRepository extends JpaRepository<TargetVersion, Long> {

    List<TargetVersion> findByTargetIdOrderByVersionNoAsc(Long targetId);

    Optional<TargetVersion> findByTargetIdAndVersionNo(Long targetId, int versionNo);

    @Query("select v from TargetVersion v where v.targetId = :targetId order by v.versionNo desc limit 1")
    Optional<TargetVersion> findFirstByTargetIdOrderByVersionNoDesc(@Param("targetId") Long targetId);
}
