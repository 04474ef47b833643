package org.budgetperf.declaration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import org.budgetperf.common.ConflictException;
import org.budgetperf.common.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place where a table's status changes. The approval process calls it (through its listeners and
 * delegates), and opening an adjustment, which starts that process at once, so the status always says where the
 * table's process instance is.
 */
@Service
@Transactional
public class TargetLifecycle {

    private final PerformanceTargetRepository targets;
    private final TargetVersionRepository versions;
    private final TargetVersions frozen;
    private final TargetService content;
    private final TargetViews views;
    private final ObjectMapper json;
    private final ApplicationEventPublisher events;

    public TargetLifecycle(PerformanceTargetRepository targets, TargetVersionRepository versions,
                           TargetVersions frozen, TargetService content, TargetViews views, ObjectMapper json,
                           ApplicationEventPublisher events) {
        this.targets = targets;
        this.versions = versions;
        this.frozen = frozen;
        this.content = content;
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

    /**
     * Back with the unit, at the start or after a withdrawal or a return: returned for revision, or a draft, which
     * is the draft of an adjustment when a version is already in force.
     */
    public void enterPreparation(Long targetId, boolean returned) {
        PerformanceTarget target = require(targetId);
        if (returned) {
            move(target, TargetStatus.RETURNED);
        } else {
            move(target, frozen.latest(targetId).isPresent() ? TargetStatus.ADJUSTING : TargetStatus.DRAFT);
        }
    }

    /**
     * A published table opens the draft of its next version (目标调整); the approved one stays in force meanwhile.
     * Checked here rather than by the moves alone: an adjustment's draft may re-enter itself (its process opening).
     */
    public void beginAdjustment(Long targetId) {
        PerformanceTarget target = require(targetId);
        if (target.getStatus() != TargetStatus.PUBLISHED) {
            throw new ConflictException("绩效目标表“" + target.getName() + "”当前状态为“" + target.getStatus().label()
                    + "”，只有已公开的绩效目标表可以申请调整");
        }
        move(target, TargetStatus.ADJUSTING);
        target.numberVersion(target.getVersionNo() + 1);
    }

    /**
     * Finance refused (不予安排). A first submission is not funded. A refused adjustment is no verdict on the
     * project: the table falls back to the version in force, its content and number, and is published again.
     */
    public void reject(Long targetId) {
        PerformanceTarget target = require(targetId);
        Optional<TargetVersion> inForce = frozen.latest(targetId);
        if (inForce.isEmpty()) {
            move(target, TargetStatus.REJECTED);
            return;
        }
        move(target, TargetStatus.PUBLISHED);
        content.restore(target, frozen.read(inForce.get()).asRequest());
        target.numberVersion(inForce.get().getVersionNo());
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
