package org.budgetperf.attachment;

import org.budgetperf.approval.ApprovalService;
import org.budgetperf.approval.TaskView;
import org.budgetperf.approval.TaskViews;
import org.budgetperf.declaration.TargetQueries;
import org.budgetperf.operation.OperationOnTask;
import org.budgetperf.security.CurrentUser;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** The task a person comments on or attaches to: one they may work on now (the approval's own check). */
@Component
class TaskAtHand {

    private final ApprovalService approval;
    private final TaskViews taskViews;
    private final TargetQueries targets;

    TaskAtHand(ApprovalService approval, TaskViews taskViews, TargetQueries targets) {
        this.approval = approval;
        this.taskViews = taskViews;
        this.targets = targets;
    }

    OperationOnTask workable(String taskId, CurrentUser user) {
        Task task = approval.workable(taskId, user);
        TaskView view = taskViews.of(task);
        return new OperationOnTask(view.targetId(), targets.find(view.targetId()).getVersionNo(),
                task.getProcessInstanceId(), task.getId(), task.getName());
    }
}
