package org.budgetperf.operation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.budgetperf.approval.PersonNames;
import org.budgetperf.approval.TrustedEngineCalls;
import org.budgetperf.common.BadRequestException;
import org.budgetperf.common.ForbiddenException;
import org.budgetperf.common.VisibleText;
import org.budgetperf.declaration.PerformanceTarget;
import org.budgetperf.declaration.TargetAccess;
import org.budgetperf.declaration.TargetCopies;
import org.budgetperf.declaration.TargetCopy;
import org.budgetperf.security.CurrentUser;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 抄送: the table's unit, whoever holds or may work on one of its open tasks, and managers inform people of it.
 * Recipients may read the table from then on (TargetAccess) and are notified; no task is created for them.
 */
@Service
@Transactional
public class CopyTable {

    static final int MAX_RECIPIENTS = 20;

    private final TargetAccess access;
    private final TargetCopies copies;
    private final TaskService tasks;
    private final IdentityService identity;
    private final TrustedEngineCalls trusted;
    private final OperationLog log;
    private final PersonNames names;

    public CopyTable(TargetAccess access, TargetCopies copies, TaskService tasks, IdentityService identity,
                     TrustedEngineCalls trusted, OperationLog log, PersonNames names) {
        this.access = access;
        this.copies = copies;
        this.tasks = tasks;
        this.identity = identity;
        this.trusted = trusted;
        this.log = log;
        this.names = names;
    }

    /** The recipients the table was newly copied to (those who had it already are not told again). */
    public List<String> copy(Long targetId, List<String> userIds, String reason, CurrentUser user) {
        String why = Reasons.optional("reason", reason, "抄送说明");
        PerformanceTarget target = access.readable(user, targetId);
        if (!user.isManager() && !access.canPrepare(user, target) && !worksOn(target, user)) {
            throw new ForbiddenException("只有实施单位、正在办理该表的人员或管理人员可以抄送");
        }
        Set<String> recipients = recipients(userIds, user);
        OperatedTask at = new OperatedTask(null, null, null, null, target);
        List<String> copied = new ArrayList<>();
        for (String id : recipients) {
            if (copies.copy(target, id, user.userId(), why)) {
                log.record(at, TaskOperationType.COPY, user.userId(), id, why);
                copied.add(id);
            }
        }
        return copied;
    }

    @Transactional(readOnly = true)
    public Page<CopyView> copiedTo(CurrentUser user, Pageable page) {
        Page<TargetCopy> found = copies.copiedTo(user.userId(), page);
        Map<String, String> people = names.of(found.map(TargetCopy::getCopiedBy).toList());
        return found.map(c -> new CopyView(c.getTarget().getId(), c.getTarget().getCode(), c.getTarget().getName(),
                c.getTarget().getBudgetYear(), c.getTarget().getStatus().label(), c.getCopiedBy(),
                people.get(c.getCopiedBy()), c.getReason(), c.getCopiedAt()));
    }

    private Set<String> recipients(List<String> userIds, CurrentUser user) {
        if (userIds == null || userIds.isEmpty()) {
            throw new BadRequestException("userIds", "请选择抄送对象");
        }
        if (userIds.size() > MAX_RECIPIENTS) {
            throw new BadRequestException("userIds", "一次最多抄送" + MAX_RECIPIENTS + "人");
        }
        Set<String> recipients = new LinkedHashSet<>();
        for (String userId : userIds) {
            String id = VisibleText.isBlank(userId) ? "" : userId.strip();
            if (id.isEmpty() || id.equals(user.userId())
                    || trusted.call(() -> identity.createUserQuery().userId(id).count()) == 0) {
                throw new BadRequestException("userIds", "抄送对象“" + id + "”不存在或是您本人");
            }
            recipients.add(id);
        }
        return recipients;
    }

    private boolean worksOn(PerformanceTarget target, CurrentUser user) {
        List<String> groups = user.groupIds().isEmpty() ? List.of("") : List.copyOf(user.groupIds());
        return trusted.call(() -> tasks.createTaskQuery().processInstanceBusinessKey(target.businessKey()).or()
                .taskCandidateGroupIn(groups).includeAssignedTasks().taskAssignee(user.userId()).endOr().count()) > 0;
    }

    /** A table copied to the caller: which, its present state, by whom, why and when. */
    public record CopyView(Long targetId, String targetCode, String targetName, Integer budgetYear, String status,
                           String copiedBy, String copiedByName, String reason, Instant copiedAt) {
    }
}
