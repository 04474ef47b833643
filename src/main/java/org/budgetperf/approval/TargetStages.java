package org.budgetperf.approval;

import org.budgetperf.declaration.TargetLifecycle;
import org.budgetperf.declaration.TargetStatus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Execution listeners that move the table's status as the process enters each stage. */
@Component("targetStages")
public class TargetStages {

    private final TargetLifecycle lifecycle;
    private final ProcessTables tables;
    private final ApprovalHistory history;

    public TargetStages(TargetLifecycle lifecycle, ProcessTables tables, ApprovalHistory history) {
        this.lifecycle = lifecycle;
        this.tables = tables;
        this.history = history;
    }

    /** Back with the unit: returned for revision after a return, a draft again after a withdrawal or at start. */
    public void enterPreparation(DelegateExecution execution) {
        boolean returned = history.last(execution.getProcessInstanceId())
                .map(last -> last.getDecision() == Decision.RETURN).orElse(false);
        lifecycle.enterPreparation(tables.of(execution).getId(), returned);
    }

    public void enterDepartmentReview(DelegateExecution execution) {
        move(execution, TargetStatus.DEPARTMENT_REVIEW);
    }

    public void enterFinanceReview(DelegateExecution execution) {
        move(execution, TargetStatus.FINANCE_REVIEW);
    }

    /** Not funded, or for an adjustment: refused, the version in force stays. */
    public void reject(DelegateExecution execution) {
        lifecycle.reject(tables.of(execution).getId());
    }

    private void move(DelegateExecution execution, TargetStatus status) {
        lifecycle.enter(tables.of(execution).getId(), status);
    }
}
