package org.budgetperf.declaration;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PerformanceTargetRepository extends JpaRepository<PerformanceTarget, Long> {

    boolean existsByCodeAndBudgetYear(String code, int budgetYear);

    Optional<PerformanceTarget> findByCodeAndBudgetYear(String code, int budgetYear);

    List<PerformanceTarget> findByCodeIn(Collection<String> codes);

    @Query("select t.code from PerformanceTarget t where t.budgetYear = :year and t.code in :codes")
    List<String> findTakenCodes(@Param("year") int year, @Param("codes") Collection<String> codes);

    /** Targets whose unit, department or the department's parent is one of the given organizations. */
    @Query("""
            select t from PerformanceTarget t join t.unit u join t.department d left join d.parent f
            where (:everything = true
                   or u.code in :orgCodes or d.code in :orgCodes or f.code in :orgCodes)
              and (:year is null or t.budgetYear = :year)
              and (:status is null or t.status = :status)
            """)
    Page<PerformanceTarget> findVisible(@Param("everything") boolean everything,
                                        @Param("orgCodes") Collection<String> orgCodes,
                                        @Param("year") Integer year,
                                        @Param("status") TargetStatus status,
                                        Pageable pageable);

    List<PerformanceTarget> findByDepartmentCodeAndBudgetYearOrderByCodeAsc(String departmentCode, int budgetYear);
}
