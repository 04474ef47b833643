package org.budgetperf.approval;

import static org.budgetperf.approval.ApprovalVariables.BUDGET_YEAR;
import static org.budgetperf.approval.ApprovalVariables.COMMENT;
import static org.budgetperf.approval.ApprovalVariables.DECISION;
import static org.budgetperf.approval.ApprovalVariables.DEPARTMENT_GROUP;
import static org.budgetperf.approval.ApprovalVariables.FINANCE_GROUP;
import static org.budgetperf.approval.ApprovalVariables.LAST_DECISION;
import static org.budgetperf.approval.ApprovalVariables.PROCESS_KEY;
import static org.budgetperf.approval.ApprovalVariables.RESUBMIT_TARGET;
import static org.budgetperf.approval.ApprovalVariables.RESUBMIT_TO_ME;
import static org.budgetperf.approval.ApprovalVariables.RETURN_REASON;
import static org.budgetperf.approval.ApprovalVariables.RETURN_TO;
import static org.budgetperf.approval.ApprovalVariables.REVIEW_CONCLUSION;
import static org.budgetperf.approval.ApprovalVariables.SKIP_DEPARTMENT_REVIEW;
import static org.budgetperf.approval.ApprovalVariables.TARGET_CODE;
import static org.budgetperf.approval.ApprovalVariables.TARGET_ID;
import static org.budgetperf.approval.ApprovalVariables.TARGET_NAME;
import static org.budgetperf.approval.ApprovalVariables.TARGET_TYPE;
import static org.budgetperf.approval.ApprovalVariables.UNIT_GROUP;
import static org.budgetperf.approval.ApprovalVariables.WITHDRAW_MESSAGE;

import io.holunda.camunda.bpm.data.CamundaBpmData;
import java.util.List;
import org.budgetperf.common.ConflictException;
import org.budgetperf.common.ForbiddenException;
import org.budgetperf.common.NotFoundException;
import org.budgetperf.security.CurrentUser;
import org.budgetperf.declaration.PerformanceTarget;
import org.budgetperf.declaration.TargetAccess;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
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

    public ApprovalService(RuntimeService runtime, TaskService tasks, TargetAccess access, ApprovalHistory history,
                           OpenReviewTasks openTasks, TaskViews taskViews, TrustedEngineCalls trusted) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.access = access;
        this.history = history;
        this.openTasks = openTasks;
        this.taskViews = taskViews;
        this.trusted = trusted;
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
        VariableMap variables = CamundaBpmData.builder()
                .set(TARGET_ID, target.getId())
                .set(TARGET_CODE, target.getCode())
                .set(TARGET_NAME, target.getName())
                .set(BUDGET_YEAR, target.getBudgetYear())
                .set(TARGET_TYPE, target.getType().name())
                .set(UNIT_GROUP, target.getUnit().groupId())
                .set(DEPARTMENT_GROUP, target.getDepartment().groupId())
                .set(FINANCE_GROUP, target.financeBureau().groupId())
                .set(SKIP_DEPARTMENT_REVIEW, target.isDepartmentsOwn())
                .set(RESUBMIT_TARGET, "NONE")
                .build();
        return runtime.startProcessInstanceByKey(PROCESS_KEY, target.businessKey(), variables);
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

    /** The unit takes back a submission that no reviewer has picked up yet. */
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
        if (review.getAssignee() != null) {
            throw new ConflictException("审核人 " + review.getAssignee() + " 已签收办理，不能撤回，请联系审核人退回");
        }
        boolean untouched = history.last(instance.getId())
                .map(last -> last.getDecision() == Decision.SUBMIT).orElse(false);
        if (!untouched) {
            throw new ConflictException("审核已经开始（已有审核意见），不能撤回");
        }
        ApprovalStep step = ApprovalStep.ofTaskKey(review.getTaskDefinitionKey()).orElseThrow();
        history.record(targetId, instance.getId(), review.getId(),
                new ValidDecision(step, Decision.WITHDRAW, null, null, false, null), user.userId());
        trusted.run(() -> runtime.createMessageCorrelation(WITHDRAW_MESSAGE).processInstanceId(instance.getId())
                .setVariable(LAST_DECISION.getName(), Decision.WITHDRAW.name())
                .correlate());
    }

    @Transactional(readOnly = true)
    public Page<TaskView> myTasks(CurrentUser user, Pageable page) {
        if (user.isManager() && user.organizationCodes().isEmpty()) {
            return Page.empty(page);
        }
        var query = tasks.createTaskQuery().processDefinitionKey(PROCESS_KEY).or()
                .taskCandidateGroupIn(List.copyOf(user.groupIds().isEmpty() ? List.of("") : user.groupIds()))
                .includeAssignedTasks()
                .taskAssignee(user.userId())
                .endOr()
                .orderByTaskPriority().desc().orderByTaskCreateTime().asc();
        List<TaskView> content = query.listPage((int) page.getOffset(), page.getPageSize()).stream()
                .map(taskViews::of).toList();
        return new PageImpl<>(content, page, query.count());
    }

    public TaskView complete(String taskId, DecisionInput input, CurrentUser user) {
        Task task = workable(taskId, user);
        ApprovalStep step = ApprovalStep.ofTaskKey(task.getTaskDefinitionKey()).orElseThrow();
        boolean skipDepartment = Boolean.TRUE.equals(SKIP_DEPARTMENT_REVIEW.from(tasks, task.getId()).getOrNull());
        DecisionRules.validate(step, input, skipDepartment);
        TaskView view = taskViews.of(task);
        if (task.getAssignee() == null) {
            tasks.claim(task.getId(), user.userId());
        }
        VariableMap variables = CamundaBpmData.builder()
                .set(DECISION, input.decision())
                .set(COMMENT, input.comment())
                .set(RETURN_REASON, input.returnReason())
                .set(RETURN_TO, input.returnTo())
                .set(RESUBMIT_TO_ME, input.resubmitToMe())
                .set(REVIEW_CONCLUSION, input.reviewConclusion())
                .build();
        tasks.complete(task.getId(), variables);
        return view;
    }

    @Transactional(readOnly = true)
    public List<ApprovalDecision> history(Long targetId, CurrentUser user) {
        return history.of(access.readable(user, targetId).getId());
    }

    private Task workable(String taskId, CurrentUser user) {
        Task task = tasks.createTaskQuery().taskId(taskId).processDefinitionKey(PROCESS_KEY).singleResult();
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
                .variableValueEquals(TARGET_ID.getName(), target.getId())
                .active().singleResult();
    }
}
