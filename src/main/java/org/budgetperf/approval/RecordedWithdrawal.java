package org.budgetperf.approval;

import org.budgetperf.common.ForbiddenException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The withdrawal boundary events (单位撤回) take a table back to its unit only for a withdrawal that
 * {@link ApprovalService#withdraw} has checked and recorded just before correlating the message. The message sent
 * any other way (engine REST {@code /message}, a message subscription triggered from the Tasklist's engine API, by
 * whatever role) would skip the checks, so it is refused and changes nothing.
 */
@Component("recordedWithdrawal")
public class RecordedWithdrawal {

    private final ApprovalHistory history;

    public RecordedWithdrawal(ApprovalHistory history) {
        this.history = history;
    }

    public void require(DelegateExecution execution) {
        boolean recorded = history.last(execution.getProcessInstanceId())
                .map(last -> last.getDecision() == Decision.WITHDRAW).orElse(false);
        if (!recorded) {
            throw new ForbiddenException("撤回只能由实施单位通过“撤回”办理（POST /api/targets/{id}/withdraw），"
                    + "不能直接发送撤回消息");
        }
    }
}
