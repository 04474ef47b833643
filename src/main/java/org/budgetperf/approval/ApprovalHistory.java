package org.budgetperf.approval;

import java.util.List;
import java.util.Optional;
import org.budgetperf.notification.NotificationService;
import org.budgetperf.notification.NotificationType;
import org.budgetperf.declaration.PerformanceTarget;
import org.budgetperf.declaration.TargetQueries;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The decisions made on each table: recorded once, listed in order, never changed. */
@Service
@Transactional
public class ApprovalHistory {

    private final ApprovalDecisionRepository decisions;
    private final TargetQueries targets;
    private final NotificationService notifications;

    public ApprovalHistory(ApprovalDecisionRepository decisions, TargetQueries targets,
                           NotificationService notifications) {
        this.decisions = decisions;
        this.targets = targets;
        this.notifications = notifications;
    }

    public ApprovalDecision record(Long targetId, String processInstanceId, String taskId, ValidDecision decision,
                                   String userId) {
        PerformanceTarget target = targets.find(targetId);
        ApprovalDecision saved = decisions.save(new ApprovalDecision(targetId, target.getVersionNo(),
                processInstanceId, taskId, decision, userId));
        if (decision.decision() == Decision.RETURN) {
            String recipient = decision.returnTo() == ReturnTo.DEPARTMENT
                    ? target.getDepartment().groupId() : target.getUnit().groupId();
            notifications.notify(recipient, NotificationType.RETURNED, targetId, taskId,
                    "绩效目标表“" + target.getName() + "”被" + decision.step().label() + "退回：" + decision.comment());
        }
        return saved;
    }

    @Transactional(readOnly = true)
    public List<ApprovalDecision> of(Long targetId) {
        return decisions.findByTargetIdOrderByDecidedAtAscIdAsc(targetId);
    }

    @Transactional(readOnly = true)
    public Optional<ApprovalDecision> last(String processInstanceId) {
        return decisions.findFirstByProcessInstanceIdOrderByIdDesc(processInstanceId);
    }

    /** Whether a decision was recorded on the task (a completed task, or a withdrawal from it). */
    @Transactional(readOnly = true)
    public boolean decidedAt(String taskId) {
        return decisions.existsByTaskId(taskId);
    }

    @Transactional(readOnly = true)
    public Optional<ApprovalDecision> lastReturn(String processInstanceId) {
        return decisions.findFirstByProcessInstanceIdAndDecisionOrderByIdDesc(processInstanceId, Decision.RETURN);
    }

    @Transactional(readOnly = true)
    public Optional<ApprovalDecision> lastApproval(String processInstanceId) {
        return decisions.findFirstByProcessInstanceIdAndStepAndDecisionOrderByIdDesc(processInstanceId,
                ApprovalStep.FINANCE_REVIEW, Decision.APPROVE);
    }
}
