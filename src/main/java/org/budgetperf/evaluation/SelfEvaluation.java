package org.budgetperf.evaluation;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.budgetperf.calculation.Grade;
import org.budgetperf.calculation.ReviewerGrade;

/** The self-evaluation (绩效自评) of one target: one per target, replaced whole each time the unit records it. */
@Entity
@Table(name = "pt_evaluation")
public class SelfEvaluation {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pt_evaluation_seq")
    @SequenceGenerator(name = "pt_evaluation_seq", sequenceName = "pt_evaluation_seq", allocationSize = 50)
    private Long id;

    @Column(name = "target_id", nullable = false, updatable = false)
    private Long targetId;

    /** The target's version the results were recorded against. */
    @Column(name = "version_no", nullable = false)
    private int versionNo;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "evaluation_id", nullable = false)
    @OrderColumn(name = "sort_order")
    private List<BudgetExecution> budget = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "evaluation_id", nullable = false)
    @OrderColumn(name = "sort_order")
    private List<IndicatorResult> results = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "evaluation_id", nullable = false)
    private List<IndicatorGrade> grades = new ArrayList<>();

    /** The total and grade when last recorded or graded, for lists; {@code null} while the scoring is incomplete. */
    @Column(name = "total_score", precision = 7, scale = 2)
    private BigDecimal totalScore;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Grade grade;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected SelfEvaluation() {
    }

    SelfEvaluation(Long targetId) {
        this.targetId = targetId;
    }

    void replace(int versionNo, List<BudgetExecution> budget, List<IndicatorResult> results, String userId) {
        this.versionNo = versionNo;
        this.budget.clear();
        this.budget.addAll(budget);
        this.results.clear();
        this.results.addAll(results);
        this.recordedBy = userId;
        this.recordedAt = Instant.now();
    }

    /** Records the reviewer's grade of an indicator, replacing an earlier one. */
    void grade(IndicatorKey key, ReviewerGrade grade, String userId) {
        grades.removeIf(given -> given.key().equals(key));
        grades.add(new IndicatorGrade(key, grade, userId));
    }

    void scored(BigDecimal totalScore, Grade grade) {
        this.totalScore = totalScore;
        this.grade = grade;
    }

    public Long getTargetId() {
        return targetId;
    }

    public int getVersionNo() {
        return versionNo;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public List<BudgetExecution> getBudget() {
        return List.copyOf(budget);
    }

    public List<IndicatorResult> getResults() {
        return List.copyOf(results);
    }

    public List<IndicatorGrade> getGrades() {
        return List.copyOf(grades);
    }
}
