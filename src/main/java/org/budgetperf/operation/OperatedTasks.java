package org.budgetperf.operation;

import org.budgetperf.approval.ApprovalStep;
import org.budgetperf.approval.ProcessTables;
import org.budgetperf.approval.TrustedEngineCalls;
import org.budgetperf.common.ConflictException;
import org.budgetperf.declaration.TargetQueries;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** Tasks with the step and table they are about (read by the process's business key, never from a variable). */
@Component
class OperatedTasks {

    private final RuntimeService runtime;
    private final TargetQueries targets;
    private final ProcessTables tables;
    private final TrustedEngineCalls trusted;

    OperatedTasks(RuntimeService runtime, TargetQueries targets, ProcessTables tables, TrustedEngineCalls trusted) {
        this.runtime = runtime;
        this.targets = targets;
        this.tables = tables;
        this.trusted = trusted;
    }

    OperatedTask of(Task task) {
        String businessKey = trusted.call(() -> runtime.createProcessInstanceQuery()
                .processInstanceId(task.getProcessInstanceId()).singleResult().getBusinessKey());
        return new OperatedTask(task.getId(), task.getName(), task.getProcessInstanceId(),
                step(task.getTaskDefinitionKey()), targets.byBusinessKey(businessKey));
    }

    /** The task's step, or none for a user task that is no approval step. */
    static ApprovalStep step(String taskDefinitionKey) {
        return ApprovalStep.ofTaskKey(taskDefinitionKey).orElse(null);
    }

    OperatedTask of(DelegateTask task) {
        return new OperatedTask(task.getId(), task.getName(), task.getProcessInstanceId(),
                step(task.getTaskDefinitionKey()), tables.of(task));
    }

    /** A delegated task goes back to its owner before anything else is done with it. */
    static void requireNotDelegated(Task task) {
        if (task.getDelegationState() == DelegationState.PENDING) {
            throw new ConflictException("“" + task.getName() + "”正在委派办理中，须由受托人办结交回后再操作");
        }
    }
}
