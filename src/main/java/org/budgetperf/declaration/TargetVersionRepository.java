package org.budgetperf.declaration;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TargetVersionRepository extends JpaRepository<TargetVersion, Long> {

    List<TargetVersion> findByTargetIdOrderByVersionNoAsc(Long targetId);

    Optional<TargetVersion> findByTargetIdAndVersionNo(Long targetId, int versionNo);

    Optional<TargetVersion> findFirstByTargetIdOrderByVersionNoDesc(Long targetId);
}
