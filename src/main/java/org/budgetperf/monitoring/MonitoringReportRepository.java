package org.budgetperf.monitoring;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MonitoringReportRepository extends JpaRepository<MonitoringReport, Long> {

    Optional<MonitoringReport> findByTargetId(Long targetId);
}
