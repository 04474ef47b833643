package org.budgetperf.cycle;

import org.budgetperf.approval.ApprovalDecision;
import org.budgetperf.approval.ApprovalHistory;
import org.budgetperf.approval.ProcessTables;
import org.budgetperf.approval.TargetAdjustments;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Finance decided to adjust the targets: an adjustment opens in the name of the finance reviewer who decided, with
 * their reasons, and goes through the approval chain as version N+1; version N stays in force until then.
 */
@Component("openAdjustment")
public class OpenAdjustment implements JavaDelegate {

    private final ProcessTables tables;
    private final ApprovalHistory history;
    private final TargetAdjustments adjustments;

    public OpenAdjustment(ProcessTables tables, ApprovalHistory history, TargetAdjustments adjustments) {
        this.tables = tables;
        this.history = history;
        this.adjustments = adjustments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ApprovalDecision decision = history.last(execution.getProcessInstanceId()).orElseThrow();
        adjustments.orderByFinance(tables.of(execution).getId(), decision.getUserId(), decision.getRemark());
    }
}
