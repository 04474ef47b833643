package org.budgetperf.evaluation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.budgetperf.calculation.Grade;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface SelfEvaluationRepository extends JpaRepository<SelfEvaluation, Long> {

    @Query("select e from SelfEvaluation e where e.targetId = :targetId")
    Optional<SelfEvaluation> findByTargetId(@Param("targetId") Long targetId);

    /** Graded tables the caller may see, scoped as the targets' list is (unit, department or its finance bureau). */
    @Query("""
            select new org.budgetperf.evaluation.GradedTable(t.id, t.code, t.name, t.budgetYear, u.name, d.name,
                   e.totalScore, e.grade)
            from SelfEvaluation e, PerformanceTarget t join t.unit u join t.department d left join d.parent f
            where t.id = e.targetId and e.grade = :grade
              and (:everything = true or u.code in :orgCodes or d.code in :orgCodes or f.code in :orgCodes)
              and (:year is null or t.budgetYear = :year)
            order by t.budgetYear, t.code
            """)
    List<GradedTable> findVisibleByGrade(@Param("everything") boolean everything,
                                         @Param("orgCodes") Collection<String> orgCodes,
                                         @Param("year") Integer year, @Param("grade") Grade grade);
}
