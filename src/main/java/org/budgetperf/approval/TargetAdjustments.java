package org.budgetperf.approval;

import org.budgetperf.common.BadRequestException;
import org.budgetperf.common.ForbiddenException;
import org.budgetperf.common.VisibleText;
import org.budgetperf.declaration.PerformanceTarget;
import org.budgetperf.declaration.TargetAccess;
import org.budgetperf.declaration.TargetLifecycle;
import org.budgetperf.declaration.TargetQueries;
import org.budgetperf.notification.NotificationService;
import org.budgetperf.notification.NotificationType;
import org.budgetperf.organization.Organization;
import org.budgetperf.security.CurrentUser;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Target adjustment (目标调整): a published table becomes the draft of its next version and goes through the
 * approval chain again in a new process instance, while the approved version stays in force. The unit asks for
 * it, or the finance bureau orders it (the corrective-action decision "adjust"); either way the request, with who
 * asked and why, opens the new instance's history.
 */
@Service
@Transactional
public class TargetAdjustments {

    private final TargetAccess access;
    private final TargetQueries targets;
    private final TargetLifecycle lifecycle;
    private final ApprovalService approval;
    private final ApprovalHistory history;
    private final OpenReviewTasks openTasks;
    private final TaskViews taskViews;
    private final RefreshOpenTaskCards cards;
    private final NotificationService notifications;
    private final TrustedEngineCalls trusted;
    private final IdentityService identity;

    public TargetAdjustments(TargetAccess access, TargetQueries targets, TargetLifecycle lifecycle,
                             ApprovalService approval, ApprovalHistory history, OpenReviewTasks openTasks,
                             TaskViews taskViews, RefreshOpenTaskCards cards, NotificationService notifications,
                             TrustedEngineCalls trusted, IdentityService identity) {
        this.access = access;
        this.targets = targets;
        this.lifecycle = lifecycle;
        this.approval = approval;
        this.history = history;
        this.openTasks = openTasks;
        this.taskViews = taskViews;
        this.cards = cards;
        this.notifications = notifications;
        this.trusted = trusted;
        this.identity = identity;
    }

    /** The table's unit asks to adjust its published table; returns the preparation task of the new version. */
    public TaskView request(Long targetId, String reason, CurrentUser user) {
        PerformanceTarget target = access.preparable(user, targetId);
        ProcessInstance instance = open(target, ApprovalStep.PREPARE, user.userId(), reason);
        return taskViews.of(trusted.call(() -> openTasks.find(instance.getId(), ApprovalStep.PREPARE.taskKey()))
                .orElseThrow());
    }

    /**
     * The finance bureau orders an adjustment on the unit's behalf, for a caller inside the system (the
     * corrective-action decision). {@code financeUserId} is the finance reviewer who decided it: the order is
     * refused unless that person belongs to the table's finance bureau, and the history names them. Returns the
     * adjustment's approval process (its preparation task may not be queryable yet inside the caller's command).
     */
    public ProcessInstance orderByFinance(Long targetId, String financeUserId, String reason) {
        PerformanceTarget target = targets.find(targetId);
        Organization finance = target.financeBureau();
        boolean member = financeUserId != null && trusted.call(() -> identity.createUserQuery().userId(financeUserId)
                .memberOfGroup(finance.groupId()).count()) > 0;
        if (!member) {
            throw new ForbiddenException("只有“" + finance.getName() + "”的人员可以要求调整该绩效目标表");
        }
        ProcessInstance instance = open(target, ApprovalStep.FINANCE_REVIEW, financeUserId, reason);
        notifications.notify(target.getUnit().groupId(), NotificationType.ADJUSTMENT, targetId, null,
                "财政部门要求调整绩效目标表“" + target.getName() + "”：" + reason.strip());
        return instance;
    }

    private ProcessInstance open(PerformanceTarget target, ApprovalStep askedAt, String userId, String reason) {
        String why = checked(reason);
        lifecycle.beginAdjustment(target.getId());
        ProcessInstance instance = approval.open(target);
        history.record(target.getId(), instance.getId(), null,
                new ValidDecision(askedAt, Decision.ADJUST, why, null, false, null), userId);
        cards.refresh(target.getId());
        return instance;
    }

    private static String checked(String reason) {
        if (VisibleText.visibleLength(reason) < DecisionRules.MIN_REASON) {
            throw new BadRequestException("reason", "申请调整必须说明调整原因（至少" + DecisionRules.MIN_REASON + "个字）");
        }
        if (reason.length() > DecisionRules.MAX_COMMENT) {
            throw new BadRequestException("reason", "调整原因最长" + DecisionRules.MAX_COMMENT + "字");
        }
        return reason.strip();
    }
}
