package org.budgetperf.operation;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.budgetperf.approval.ApprovalService;
import org.budgetperf.approval.ApprovalStep;
import org.budgetperf.approval.Decision;
import org.budgetperf.approval.DecisionInput;
import org.budgetperf.approval.DecisionRules;
import org.budgetperf.approval.ReviewConclusion;
import org.budgetperf.approval.StepStaff;
import org.budgetperf.approval.TrustedEngineCalls;
import org.budgetperf.common.BadRequestException;
import org.budgetperf.common.ConflictException;
import org.budgetperf.common.ForbiddenException;
import org.budgetperf.common.NotFoundException;
import org.budgetperf.security.CurrentUser;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 加签: the holder adds colleagues of the step ({@link CosignerLinks}) who must approve before the holder may; a
 * co-signer's return returns the table at once, as their own decision on the task.
 */
@Service
@Transactional
public class Cosigning {
    static final int MAX_COSIGNERS = 10;

    private final ApprovalService approval;
    private final OperatedTasks operated;
    private final Colleagues colleagues;
    private final CosignerLinks links;
    private final StepStaff staff;
    private final TaskService tasks;
    private final TrustedEngineCalls trusted;
    private final OperationLog log;

    public Cosigning(ApprovalService approval, OperatedTasks operated, Colleagues colleagues, CosignerLinks links,
                     StepStaff staff, TaskService tasks, TrustedEngineCalls trusted, OperationLog log) {
        this.approval = approval;
        this.operated = operated;
        this.colleagues = colleagues;
        this.links = links;
        this.staff = staff;
        this.tasks = tasks;
        this.trusted = trusted;
        this.log = log;
    }

    public List<String> add(String taskId, List<String> userIds, String reason, CurrentUser user) {
        String why = Reasons.required("reason", reason, "加签原因");
        if (userIds == null || userIds.isEmpty()) {
            throw new BadRequestException("userIds", "请选择加签人");
        }
        if (userIds.size() > MAX_COSIGNERS) {
            throw new BadRequestException("userIds", "一次最多加签" + MAX_COSIGNERS + "人");
        }
        Task task = approval.workable(taskId, user);
        OperatedTasks.requireNotDelegated(task);
        OperatedTask at = operated.of(task);
        if (!DecisionRules.allows(at.step(), Decision.APPROVE)) {
            throw new ConflictException("“" + task.getName() + "”没有“通过”的决定，不能加签");
        }
        Set<String> pending = Set.copyOf(links.of(taskId));
        Set<String> added = new LinkedHashSet<>();
        for (String userId : userIds) {
            String id = colleagues.require(at, userId, user.userId(), "userIds");
            if (pending.contains(id)) {
                throw new BadRequestException("userIds", "“" + id + "”已是加签人，尚未会签");
            }
            added.add(id);
        }
        HeldTasks.claimIfFree(tasks, task, user);
        links.add(taskId, added);
        added.forEach(id -> log.record(at, TaskOperationType.COSIGN, user.userId(), id, why));
        return List.copyOf(added);
    }

    /** The co-signer's vote; the table's id. */
    public Long vote(String taskId, String decision, String comment, CurrentUser user) {
        Task task = trusted.call(() -> tasks.createTaskQuery().taskId(taskId).singleResult());
        if (task == null || !links.of(taskId).contains(user.userId())) {
            throw new NotFoundException("任务不存在或无需您会签：" + taskId);
        }
        OperatedTask at = operated.of(task);
        if (!staff.mayHold(at.step(), at.target(), user.userId())) {
            throw new ForbiddenException(staff.outsider(at.step(), at.target()) + "，您不能会签");
        }
        if ("APPROVE".equals(decision)) {
            String text = Reasons.optional("comment", comment, "会签意见");
            links.remove(taskId, user.userId());
            log.record(at, TaskOperationType.COSIGN_APPROVE, user.userId(), task.getAssignee(), text);
        } else if ("RETURN".equals(decision)) {
            String text = Reasons.required("comment", comment, "退回原因");
            log.record(at, TaskOperationType.COSIGN_RETURN, user.userId(), task.getAssignee(), text);
            // the co-signer takes the task to return it in their own name
            Task taken = trusted.call(() -> {
                tasks.setAssignee(taskId, user.userId());
                return tasks.createTaskQuery().taskId(taskId).singleResult();
            });
            String conclusion = at.step() == ApprovalStep.FINANCE_REVIEW ? ReviewConclusion.FAIR.name() : null;
            approval.completeAs(taken, new DecisionInput(Decision.RETURN.name(), null, text, null, null, conclusion),
                    user);
        } else {
            throw new BadRequestException("decision", "会签意见只能选择：APPROVE（同意）、RETURN（退回）");
        }
        return at.target().getId();
    }
}
