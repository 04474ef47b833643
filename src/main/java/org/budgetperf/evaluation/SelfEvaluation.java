package org.budgetperf.evaluation;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

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
}
