package org.budgetperf.declaration;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TargetVersionRepository extends JpaRepository<TargetVersion, Long> {

    List<TargetVersion> findByTargetIdOrderByVersionNoAsc(Long targetId);
}
