package org.budgetperf.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.budgetperf.calculation.Achievement;
import org.budgetperf.calculation.ReviewerGrade;

/**
 * The reviewer's grade of one indicator no number decides: 达成 / 部分达成 / 未达成 and a score. It names the
 * indicator by its level names and outlives the unit's re-recording of the results.
 */
@Entity
@Table(name = "pt_evaluation_grade")
public class IndicatorGrade {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pt_evaluation_grade_seq")
    @SequenceGenerator(name = "pt_evaluation_grade_seq", sequenceName = "pt_evaluation_grade_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 200)
    private String level1;

    @Column(nullable = false, length = 200)
    private String level2;

    @Column(nullable = false, length = 500)
    private String level3;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Achievement achievement;

    @Column(nullable = false, precision = 10, scale = 2)
    private BigDecimal score;

    @Column(name = "graded_by", nullable = false, length = 64)
    private String gradedBy;

    @Column(name = "graded_at", nullable = false)
    private Instant gradedAt;

    protected IndicatorGrade() {
    }

    IndicatorGrade(IndicatorKey key, ReviewerGrade grade, String userId) {
        this.level1 = key.level1();
        this.level2 = key.level2();
        this.level3 = key.level3();
        this.achievement = grade.achievement();
        this.score = grade.score();
        this.gradedBy = userId;
        this.gradedAt = Instant.now();
    }

    public IndicatorKey key() {
        return new IndicatorKey(level1, level2, level3);
    }

    public ReviewerGrade grade() {
        return new ReviewerGrade(achievement, score);
    }
}
