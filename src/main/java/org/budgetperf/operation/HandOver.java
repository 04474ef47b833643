package org.budgetperf.operation;

import java.util.function.Consumer;
import org.budgetperf.approval.ApprovalService;
import org.budgetperf.approval.TaskView;
import org.budgetperf.approval.TaskViews;
import org.budgetperf.approval.TrustedEngineCalls;
import org.budgetperf.common.ConflictException;
import org.budgetperf.security.CurrentUser;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Handing a task to a colleague of its step. 转办 for good: the colleague becomes its holder. 委派 on Camunda's
 * delegation: the holder stays the task's owner, the delegate works on it and hands it back ({@code resolveTask})
 * with a comment; only the owner then decides (see approval's DecisionPrerequisites). A candidate's hand-over
 * claims the free task first.
 */
@Service
@Transactional
public class HandOver {

    private final ApprovalService approval;
    private final OperatedTasks operated;
    private final Colleagues colleagues;
    private final TaskService tasks;
    private final TrustedEngineCalls trusted;
    private final OperationLog log;
    private final TaskViews views;

    public HandOver(ApprovalService approval, OperatedTasks operated, Colleagues colleagues, TaskService tasks,
                          TrustedEngineCalls trusted, OperationLog log, TaskViews views) {
        this.approval = approval;
        this.operated = operated;
        this.colleagues = colleagues;
        this.tasks = tasks;
        this.trusted = trusted;
        this.log = log;
        this.views = views;
    }

    public TaskView transfer(String taskId, String userId, String reason, CurrentUser user) {
        return handOver(taskId, userId, Reasons.required("reason", reason, "转办原因"), user,
                TaskOperationType.TRANSFER, to -> tasks.setAssignee(taskId, to));
    }

    public TaskView delegate(String taskId, String userId, String reason, CurrentUser user) {
        return handOver(taskId, userId, Reasons.required("reason", reason, "委派原因"), user,
                TaskOperationType.DELEGATE, to -> {
                    // an earlier delegation left its owner on the task; this one is the present holder's
                    tasks.setOwner(taskId, user.userId());
                    tasks.delegateTask(taskId, to);
                });
    }

    private TaskView handOver(String taskId, String userId, String why, CurrentUser user, TaskOperationType type,
                              Consumer<String> change) {
        Task task = approval.workable(taskId, user);
        OperatedTasks.requireNotDelegated(task);
        OperatedTask at = operated.of(task);
        String to = colleagues.require(at, userId, user.userId(), "userId");
        Task handed = trusted.call(() -> {
            HeldTasks.claimIfFree(tasks, task, user);
            change.accept(to);
            return tasks.createTaskQuery().taskId(taskId).singleResult();
        });
        log.record(at, type, user.userId(), to, why);
        return views.of(handed);
    }

    public TaskView resolve(String taskId, String comment, CurrentUser user) {
        String text = Reasons.required("comment", comment, "办理意见");
        Task task = approval.workable(taskId, user);
        if (task.getDelegationState() != DelegationState.PENDING || !user.userId().equals(task.getAssignee())) {
            throw new ConflictException("“" + task.getName() + "”不是委派给您办理的任务，无需交回");
        }
        OperatedTask at = operated.of(task);
        Task resolved = trusted.call(() -> {
            tasks.resolveTask(taskId);
            return tasks.createTaskQuery().taskId(taskId).singleResult();
        });
        log.record(at, TaskOperationType.RESOLVE, user.userId(), task.getOwner(), text);
        return views.of(resolved);
    }
}
