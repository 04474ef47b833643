package org.budgetperf.cycle;

import org.budgetperf.approval.ProcessTables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Finance suspends the project's funds (暂缓拨付): the year goes on; the decision is in the history and told. */
@Component("suspendFunds")
public class SuspendFunds implements JavaDelegate {

    private final ProcessTables tables;
    private final FinanceDecisionNotice notice;

    public SuspendFunds(ProcessTables tables, FinanceDecisionNotice notice) {
        this.tables = tables;
        this.notice = notice;
    }

    @Override
    public void execute(DelegateExecution execution) {
        notice.send(tables.of(execution), execution.getProcessInstanceId());
    }
}
