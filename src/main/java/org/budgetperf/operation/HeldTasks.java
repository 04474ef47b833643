package org.budgetperf.operation;

import org.budgetperf.common.ConflictException;
import org.budgetperf.security.CurrentUser;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/** A candidate's operation on a free task claims it first, so that two people cannot both act on it. */
final class HeldTasks {

    private HeldTasks() {
    }

    static void claimIfFree(TaskService tasks, Task task, CurrentUser user) {
        if (task.getAssignee() != null) {
            return;
        }
        try {
            tasks.claim(task.getId(), user.userId());
        } catch (TaskAlreadyClaimedException e) {
            throw new ConflictException("“" + task.getName() + "”刚刚已由他人签收，请刷新后查看");
        }
    }
}
