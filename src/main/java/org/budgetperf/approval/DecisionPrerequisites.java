package org.budgetperf.approval;

import java.util.List;
import java.util.Map;
import org.budgetperf.common.ConflictException;
import org.budgetperf.common.ForbiddenException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.DelegationState;
import org.springframework.stereotype.Component;

/**
 * What a task must have behind it before it is decided, whichever door the decision comes through: a claimed task
 * is decided by the one who claimed it (the engine lets any candidate complete it), a delegated task is handed back to
 * its owner first (the engine itself would complete it in the delegate's name), and its holder approves only once
 * every co-signer has.
 */
@Component
class DecisionPrerequisites {

    private final Cosigns cosigns;
    private final PersonNames names;

    DecisionPrerequisites(Cosigns cosigns, PersonNames names) {
        this.cosigns = cosigns;
        this.names = names;
    }

    void require(DelegateTask task, ValidDecision decision, String decider) {
        if (task.getAssignee() != null && !task.getAssignee().equals(decider)) {
            throw new ForbiddenException("“" + task.getName() + "”已由" + names.of(task.getAssignee())
                    + "签收办理，其他人不能办理");
        }
        if (((TaskEntity) task).getDelegationState() == DelegationState.PENDING) {
            throw new ConflictException("“" + task.getName() + "”已委派给" + names.of(task.getAssignee())
                    + "，须由其办结交回后，由" + names.of(task.getOwner()) + "办理");
        }
        if (decision.decision() == Decision.APPROVE) {
            List<String> awaited = cosigns.awaited(task);
            if (!awaited.isEmpty()) {
                Map<String, String> people = names.of(awaited);
                throw new ConflictException("加签人" + String.join("、", awaited.stream().map(people::get).toList())
                        + "尚未会签同意，全部会签同意后才能通过");
            }
        }
    }
}
