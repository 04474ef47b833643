package org.budgetperf.declaration;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.budgetperf.calculation.Grade;
import org.budgetperf.calculation.Light;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PerformanceTargetRepository extends JpaRepository<PerformanceTarget, Long> {

    boolean existsByCodeAndBudgetYear(String code, int budgetYear);

    // Written out (as the other hot lookups below and in the approval, cycle and evaluation repositories): Hibernate 6
    // caches the plan of a query string, while a derived query is a criteria query translated again on every call.
    @Query("select t from PerformanceTarget t where t.code = :code and t.budgetYear = :budgetYear")
    Optional<PerformanceTarget> findByCodeAndBudgetYear(@Param("code") String code, @Param("budgetYear") int budgetYear);

    List<PerformanceTarget> findByCodeIn(Collection<String> codes);

    @Query("select t.code from PerformanceTarget t where t.budgetYear = :year and t.code in :codes")
    List<String> findTakenCodes(@Param("year") int year, @Param("codes") Collection<String> codes);

    /** The visible tables with their monitoring report and self-evaluation, each filter optional. */
    String VISIBLE_WITH_LIGHT_AND_GRADE = """
            from PerformanceTarget t join t.unit u join t.department d left join d.parent f
                 left join MonitoringReport m on m.targetId = t.id
                 left join SelfEvaluation e on e.targetId = t.id
            where (:everything = true
                   or u.code in :orgCodes or d.code in :orgCodes or f.code in :orgCodes)
              and (:year is null or t.budgetYear = :year)
              and (:status is null or t.status = :status)
              and (:light is null or m.tableLight = :light)
              and (:grade is null or e.grade = :grade)
              and (:submitted = false or (u.code in :orgCodes and t.status in (
                   org.budgetperf.declaration.TargetStatus.DEPARTMENT_REVIEW,
                   org.budgetperf.declaration.TargetStatus.FINANCE_REVIEW)))
            """;

    /**
     * Targets whose unit, department or the department's parent is one of the given organizations, each with its
     * monitoring report's table light and its self-evaluation's grade (one of each per table at most), optionally
     * filtered by them; {@code submitted}: only those the organizations implement themselves and that are under
     * review. The two are joined by entity name rather than through their capabilities' repositories, so that one
     * query filters, pages and counts; Hibernate checks the query against the entities at start-up.
     */
    @Query(value = "select new org.budgetperf.declaration.ListedTarget(t, m.tableLight, e.grade) "
            + VISIBLE_WITH_LIGHT_AND_GRADE, countQuery = "select count(t) " + VISIBLE_WITH_LIGHT_AND_GRADE)
    Page<ListedTarget> findVisible(@Param("everything") boolean everything,
                                   @Param("orgCodes") Collection<String> orgCodes,
                                   @Param("year") Integer year,
                                   @Param("status") TargetStatus status,
                                   @Param("light") Light light,
                                   @Param("grade") Grade grade,
                                   @Param("submitted") boolean submitted,
                                   Pageable pageable);

    List<PerformanceTarget> findByDepartmentCodeAndBudgetYearOrderByCodeAsc(String departmentCode, int budgetYear);
}
