package org.budgetperf.declaration;

import org.budgetperf.common.ForbiddenException;
import org.budgetperf.common.NotFoundException;
import org.budgetperf.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Who may see and prepare a table: its unit, its supervising department and that department's finance
 * bureau see it, and the people it was copied to; managers and administrators see everything; only the unit
 * prepares it.
 */
@Component
public class TargetAccess {

    private final PerformanceTargetRepository targets;
    private final TargetCopies copies;

    public TargetAccess(PerformanceTargetRepository targets, TargetCopies copies) {
        this.targets = targets;
        this.copies = copies;
    }

    public boolean canRead(CurrentUser user, PerformanceTarget target) {
        return user.readsEverything() || user.belongsTo(target.getUnit()) || user.belongsTo(target.getDepartment())
                || user.belongsTo(target.financeBureau()) || copies.isCopiedTo(target, user.userId());
    }

    public boolean canPrepare(CurrentUser user, PerformanceTarget target) {
        return user.isSystem() || user.belongsTo(target.getUnit());
    }

    /** A table the caller may not read is reported as missing, so that nothing leaks about it. */
    public PerformanceTarget readable(CurrentUser user, Long targetId) {
        return targets.findById(targetId)
                .filter(target -> canRead(user, target))
                .orElseThrow(() -> new NotFoundException("绩效目标表不存在或无权查看：" + targetId));
    }

    public PerformanceTarget preparable(CurrentUser user, Long targetId) {
        PerformanceTarget target = readable(user, targetId);
        if (!canPrepare(user, target)) {
            throw notPreparable(target);
        }
        return target;
    }

    static ForbiddenException notPreparable(PerformanceTarget target) {
        return new ForbiddenException("只有实施单位“" + target.getUnit().getName() + "”可以编制、提交或撤回该绩效目标表");
    }
}
