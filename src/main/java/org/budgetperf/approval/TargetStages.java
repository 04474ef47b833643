package org.budgetperf.approval;

import static org.budgetperf.approval.ApprovalVariables.LAST_DECISION;
import static org.budgetperf.approval.ApprovalVariables.TARGET_ID;

import org.budgetperf.declaration.TargetLifecycle;
import org.budgetperf.declaration.TargetStatus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Execution listeners that move the table's status as the process enters each stage. */
@Component("targetStages")
public class TargetStages {

    private final TargetLifecycle lifecycle;

    public TargetStages(TargetLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    public void enterPreparation(DelegateExecution execution) {
        boolean returned = Decision.RETURN.name().equals(LAST_DECISION.from(execution).getOrNull());
        lifecycle.enter(TARGET_ID.from(execution).get(), returned ? TargetStatus.RETURNED : TargetStatus.DRAFT);
    }

    public void enter(DelegateExecution execution, String status) {
        lifecycle.enter(TARGET_ID.from(execution).get(), TargetStatus.valueOf(status));
    }
}
