package org.budgetperf.approval;

import static org.budgetperf.approval.ApprovalVariables.PROCESS_KEY;
import static org.budgetperf.approval.ApprovalVariables.TABLE_PROCESSES;
import static org.budgetperf.approval.ApprovalVariables.WITHDRAW_MESSAGE;

import java.util.List;
import org.budgetperf.common.ConflictException;
import org.budgetperf.common.ForbiddenException;
import org.budgetperf.common.NotFoundException;
import org.budgetperf.security.CurrentUser;
import org.budgetperf.declaration.PerformanceTarget;
import org.budgetperf.declaration.TargetAccess;
import org.budgetperf.declaration.TargetQueries;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Starting a table's approval, working on its tasks and withdrawing a submission, within the caller's rights. */
@Service
@Transactional
public class ApprovalService {

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final TargetAccess access;
    private final ApprovalHistory history;
    private final OpenReviewTasks openTasks;
    private final TaskViews taskViews;
    private final TrustedEngineCalls trusted;
    private final TargetQueries targets;
    private final IdentityService identity;
    private final Cosigns cosigns;
    private final ReviewActivity reviewActivity;
    private final PersonNames names;

    public ApprovalService(RuntimeService runtime, TaskService tasks, TargetAccess access, ApprovalHistory history,
                           OpenReviewTasks openTasks, TaskViews taskViews, TrustedEngineCalls trusted,
                           TargetQueries targets, IdentityService identity, Cosigns cosigns,
                           ReviewActivity reviewActivity, PersonNames names) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.access = access;
        this.history = history;
        this.openTasks = openTasks;
        this.taskViews = taskViews;
        this.trusted = trusted;
        this.targets = targets;
        this.identity = identity;
        this.cosigns = cosigns;
        this.reviewActivity = reviewActivity;
        this.names = names;
    }

    /** Opens the table's approval process (once per version), leaving the unit's preparation task waiting. */
    public ProcessInstance open(PerformanceTarget target) {
        return trusted.call(() -> start(target));
    }

    private ProcessInstance start(PerformanceTarget target) {
        ProcessInstance running = running(target);
        if (running != null) {
            return running;
        }
        return runtime.startProcessInstanceByKey(PROCESS_KEY, target.businessKey());
    }

    /** Submits the table for review: opens its process if needed and completes the preparation task. */
    public TaskView submit(Long targetId, String comment, CurrentUser user) {
        PerformanceTarget target = access.preparable(user, targetId);
        if (!target.getStatus().editable()) {
            throw new ConflictException("绩效目标表“" + target.getName() + "”当前状态为“"
                    + target.getStatus().label() + "”，不能提交");
        }
        ProcessInstance instance = open(target);
        Task prepare = trusted.call(() -> openTasks.find(instance.getId(), ApprovalStep.PREPARE.taskKey()))
                .orElseThrow(() -> new ConflictException("绩效目标表“" + target.getName() + "”当前状态为“"
                        + target.getStatus().label() + "”，不能提交"));
        return complete(prepare.getId(), new DecisionInput(Decision.SUBMIT.name(), comment, null, null, null, null),
                user);
    }

    /**
     * The unit takes back a table from its review (department's or finance's) while nobody has started that review:
     * the task is unclaimed, nothing was decided on it and no reviewer's operation is recorded on it.
     */
    public void withdraw(Long targetId, CurrentUser user) {
        PerformanceTarget target = access.preparable(user, targetId);
        ProcessInstance instance = trusted.call(() -> running(target));
        Task review = instance == null ? null : trusted.call(() -> tasks.createTaskQuery()
                .processInstanceId(instance.getId())
                .taskDefinitionKeyIn(ApprovalStep.DEPARTMENT_REVIEW.taskKey(), ApprovalStep.FINANCE_REVIEW.taskKey())
                .singleResult());
        if (review == null) {
            throw new ConflictException("绩效目标表不在审核中，无需撤回");
        }
        ApprovalStep step = ApprovalStep.ofTaskKey(review.getTaskDefinitionKey()).orElseThrow();
        if (review.getAssignee() != null) {
            throw new ConflictException("“" + step.label() + "”已签收（审核人：" + names.of(review.getAssignee())
                    + "），不能撤回，请联系审核人退回");
        }
        if (history.decidedAt(review.getId()) || reviewActivity.startedOn(review.getId())) {
            throw new ConflictException("“" + step.label()
                    + "”审核已经开始（审核人已留下意见或办理了转办、委派、加签等操作），不能撤回，请联系审核人退回");
        }
        history.record(targetId, instance.getId(), review.getId(),
                new ValidDecision(step, Decision.WITHDRAW, null, null, false, null), user.userId());
        trusted.run(() -> runtime.createMessageCorrelation(WITHDRAW_MESSAGE).processInstanceId(instance.getId())
                .correlate());
    }

    @Transactional(readOnly = true)
    public Page<TaskView> myTasks(CurrentUser user, Pageable page) {
        if (user.isManager() && user.organizationCodes().isEmpty()) {
            return Page.empty(page);
        }
        var query = tasks.createTaskQuery().processDefinitionKeyIn(TABLE_PROCESSES).or()
                .taskCandidateGroupIn(List.copyOf(user.groupIds().isEmpty() ? List.of("") : user.groupIds()))
                .includeAssignedTasks()
                .taskAssignee(user.userId())
                .taskInvolvedUser(user.userId())
                .endOr()
                .orderByTaskPriority().desc().orderByTaskCreateTime().asc();
        List<Task> found = query.listPage((int) page.getOffset(), page.getPageSize());
        List<TaskView> content = taskViews.of(found,
                cosigns.awaitingVoteOf(user.userId(), found.stream().map(Task::getId).toList()));
        return new PageImpl<>(content, page, query.count());
    }

    public TaskView complete(String taskId, DecisionInput input, CurrentUser user) {
        return completeAs(workable(taskId, user), input, user);
    }

    /** Decides the task in the person's name, claiming it if nobody holds it; the caller checked their right to it. */
    public TaskView completeAs(Task task, DecisionInput input, CurrentUser user) {
        ApprovalStep step = ApprovalStep.ofTaskKey(task.getTaskDefinitionKey()).orElseThrow();
        TaskView view = taskViews.of(task);
        DecisionRules.validate(step, input, targets.find(view.targetId()).isDepartmentsOwn());
        try {
            if (task.getAssignee() == null) {
                tasks.claim(task.getId(), user.userId());
            }
            asCaller(user, () -> tasks.complete(task.getId(), input.formFields(step)));
        } catch (ProcessEngineException e) {
            // Whatever the engine says of a task that vanished meanwhile (not found, not authorized on it),
            // another request completed it; a task still there was refused for its own reasons.
            if (!(e instanceof TaskAlreadyClaimedException) && tasks.createTaskQuery().taskId(task.getId()).count() > 0) {
                throw e;
            }
            throw new ConflictException("“" + task.getName() + "”刚刚已由他人认领或办理，请刷新后查看最新内容");
        }
        return view;
    }

    @Transactional(readOnly = true)
    public List<ApprovalDecision> history(Long targetId, CurrentUser user) {
        return history.of(access.readable(user, targetId).getId());
    }

    /**
     * A task of a table's process that the caller may work on now: a candidate or its assignee, and not claimed by
     * someone else. Another unit's task is reported as missing; a manager's as forbidden (they only read).
     */
    public Task workable(String taskId, CurrentUser user) {
        Task task = tasks.createTaskQuery().taskId(taskId).processDefinitionKeyIn(TABLE_PROCESSES).singleResult();
        if (task == null) {
            throw new NotFoundException("任务不存在或已办结：" + taskId);
        }
        boolean candidate = tasks.createTaskQuery().taskId(taskId)
                .taskCandidateGroupIn(List.copyOf(user.groupIds().isEmpty() ? List.of("") : user.groupIds()))
                .includeAssignedTasks().count() > 0;
        if (!candidate && !user.userId().equals(task.getAssignee())) {
            if (user.readsEverything()) {
                throw new ForbiddenException("管理人员只能查看，不能办理任务");
            }
            throw new NotFoundException("任务不存在或无权办理：" + taskId);
        }
        if (task.getAssignee() != null && !task.getAssignee().equals(user.userId())) {
            throw new ForbiddenException("任务已由 " + task.getAssignee() + " 签收办理");
        }
        return task;
    }

    private ProcessInstance running(PerformanceTarget target) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
                .processInstanceBusinessKey(target.businessKey())
                .active().singleResult();
    }

    /** The engine decides as the caller (whose organization the decision listener checks), whoever called us. */
    private void asCaller(CurrentUser user, Runnable work) {
        Authentication outer = identity.getCurrentAuthentication();
        identity.setAuthentication(user.userId(), List.copyOf(user.groupIds()));
        try {
            work.run();
        } finally {
            if (outer == null) {
                identity.clearAuthentication();
            } else {
                identity.setAuthentication(outer);
            }
        }
    }
}
