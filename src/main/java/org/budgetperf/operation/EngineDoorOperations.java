package org.budgetperf.operation;

import java.util.Objects;
import org.budgetperf.approval.ApprovalVariables;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.DelegationState;
import org.springframework.stereotype.Component;

/**
 * Records the hand-overs people make with the Tasklist or {@code /engine-rest} (set assignee, delegate, resolve) in
 * the table's history, as {@code /api} records its own: {@code /api} changes tasks as the application (no engine
 * user), so a change made by an engine user came through an engine door. Claims are no hand-over. The Tasklist's
 * form submission by a delegate resolves the task (Camunda's SubmitTaskFormCmd) instead of completing it, firing
 * only the update event (its operation log has consumed the assignee change): resolutions are looked for on both
 * events, once per delegation.
 */
@Component
class EngineDoorOperations implements TaskListener {

    private final IdentityService identity;
    private final OperatedTasks operated;
    private final OperationLog log;
    private final TaskOperations operations;

    EngineDoorOperations(IdentityService identity, OperatedTasks operated, OperationLog log,
                         TaskOperations operations) {
        this.identity = identity;
        this.operated = operated;
        this.log = log;
        this.operations = operations;
    }

    @Override
    public void notify(DelegateTask task) {
        Authentication caller = identity.getCurrentAuthentication();
        if (caller == null || caller.getUserId() == null || OperatedTasks.step(task.getTaskDefinitionKey()) == null) {
            return;
        }
        String actor = caller.getUserId();
        DelegationState state = ((TaskEntity) task).getDelegationState();
        boolean assignment = EVENTNAME_ASSIGNMENT.equals(task.getEventName());
        if (state == DelegationState.RESOLVED && Objects.equals(task.getAssignee(), task.getOwner())) {
            if (!actor.equals(task.getOwner()) && operations.delegationOpen(task.getId())) {
                // the Tasklist resolves a delegated task by submitting its form: the owner decides, not those fields
                ApprovalVariables.FORM_FIELDS.forEach(field -> task.getExecution().removeVariable(field.getName()));
                log.record(operated.of(task), TaskOperationType.RESOLVE, actor, task.getOwner(), null);
            }
        } else if (assignment && state == DelegationState.PENDING) {
            log.record(operated.of(task), TaskOperationType.DELEGATE, actor, task.getAssignee(), null);
        } else if (assignment && task.getAssignee() != null && !task.getAssignee().equals(actor)) {
            log.record(operated.of(task), TaskOperationType.TRANSFER, actor, task.getAssignee(), null);
        }
    }
}
