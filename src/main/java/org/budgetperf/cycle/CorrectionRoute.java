package org.budgetperf.cycle;

import org.budgetperf.approval.ApprovalDecision;
import org.budgetperf.approval.ApprovalHistory;
import org.budgetperf.approval.Decision;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** The finance bureau's corrective-action decision, as the monitoring process's gateways ask it: from the history. */
@Component("correctionRoute")
public class CorrectionRoute {

    private final ApprovalHistory history;

    public CorrectionRoute(ApprovalHistory history) {
        this.history = history;
    }

    public boolean adjust(DelegateExecution execution) {
        return last(execution) == Decision.ADJUST;
    }

    public boolean suspendOrStop(DelegateExecution execution) {
        return last(execution) == Decision.SUSPEND || last(execution) == Decision.STOP;
    }

    public boolean stop(DelegateExecution execution) {
        return last(execution) == Decision.STOP;
    }

    private Decision last(DelegateExecution execution) {
        return history.last(execution.getProcessInstanceId()).map(ApprovalDecision::getDecision).orElse(null);
    }
}
