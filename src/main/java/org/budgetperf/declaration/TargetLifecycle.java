package org.budgetperf.declaration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.budgetperf.common.ConflictException;
import org.budgetperf.common.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place where a table's status changes. Only the approval process calls it (through its
 * listeners and delegates), so the status always says where the table's process instance is.
 */
@Service
@Transactional
public class TargetLifecycle {

    private final PerformanceTargetRepository targets;
    private final TargetVersionRepository versions;
    private final TargetViews views;
    private final ObjectMapper json;
    private final ApplicationEventPublisher events;

    public TargetLifecycle(PerformanceTargetRepository targets, TargetVersionRepository versions, TargetViews views,
                           ObjectMapper json, ApplicationEventPublisher events) {
        this.targets = targets;
        this.versions = versions;
        this.views = views;
        this.json = json;
        this.events = events;
    }

    public void enter(Long targetId, TargetStatus status) {
        move(require(targetId), status);
        if (status == TargetStatus.PUBLISHED) {
            events.publishEvent(new TargetPublished(targetId));
        }
    }

    /** Freezes the table as approved: a snapshot of everything it says becomes its version. */
    public TargetVersion approve(Long targetId, String approvedBy, String conclusion) {
        PerformanceTarget target = require(targetId);
        move(target, TargetStatus.APPROVED);
        return versions.save(new TargetVersion(targetId, target.getVersionNo(), approvedBy, conclusion,
                snapshot(target)));
    }

    private static void move(PerformanceTarget target, TargetStatus next) {
        if (!target.getStatus().canMoveTo(next)) {
            throw new ConflictException("绩效目标表“" + target.getName() + "”当前状态为“" + target.getStatus().label()
                    + "”，不能变为“" + next.label() + "”");
        }
        target.moveTo(next);
    }

    private String snapshot(PerformanceTarget target) {
        try {
            return json.writeValueAsString(views.details(target));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("无法生成绩效目标表快照：" + target.getCode(), e);
        }
    }

    private PerformanceTarget require(Long targetId) {
        return targets.findById(targetId).orElseThrow(() -> new NotFoundException("绩效目标表不存在：" + targetId));
    }
}
