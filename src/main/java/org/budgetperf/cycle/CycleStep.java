package org.budgetperf.cycle;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** One phase of one table's year: when it opens, when its report is due, and where it stands. */
@Entity
@Table(name = "pt_cycle_step")
public class CycleStep {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pt_cycle_step_seq")
    @SequenceGenerator(name = "pt_cycle_step_seq", sequenceName = "pt_cycle_step_seq", allocationSize = 50)
    private Long id;

    @Column(name = "target_id", nullable = false, updatable = false)
    private Long targetId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private CyclePhase phase;

    @Column(name = "opens_at", nullable = false)
    private Instant opensAt;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CycleStepState state;

    @Column(name = "process_instance_id", length = 64)
    private String processInstanceId;

    @Column(name = "opened_at")
    private Instant openedAt;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected CycleStep() {
    }

    CycleStep(Long targetId, CyclePhase phase, Instant opensAt, Instant dueAt) {
        this.targetId = targetId;
        this.phase = phase;
        this.opensAt = opensAt;
        this.dueAt = dueAt;
        this.state = CycleStepState.SCHEDULED;
    }

    void open(Instant now, Instant dueAt) {
        this.state = CycleStepState.OPEN;
        this.openedAt = now;
        this.dueAt = dueAt;
    }

    void runsAs(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void finish() {
        this.state = CycleStepState.DONE;
    }

    void cancel() {
        this.state = CycleStepState.CANCELLED;
    }

    public Long getId() {
        return id;
    }

    public Long getTargetId() {
        return targetId;
    }

    public CyclePhase getPhase() {
        return phase;
    }

    public Instant getOpensAt() {
        return opensAt;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public CycleStepState getState() {
        return state;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }
}
