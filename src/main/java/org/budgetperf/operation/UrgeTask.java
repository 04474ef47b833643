package org.budgetperf.operation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.budgetperf.approval.BpmnTaskNames;
import org.budgetperf.approval.OpenReviewTasks;
import org.budgetperf.approval.PersonNames;
import org.budgetperf.approval.TrustedEngineCalls;
import org.budgetperf.common.ConflictException;
import org.budgetperf.common.ForbiddenException;
import org.budgetperf.common.TableProcesses;
import org.budgetperf.common.VisibleText;
import org.budgetperf.declaration.PerformanceTarget;
import org.budgetperf.declaration.TargetAccess;
import org.budgetperf.notification.NotificationService;
import org.budgetperf.notification.NotificationType;
import org.budgetperf.organization.Organization;
import org.budgetperf.security.CurrentUser;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 催办: the table's unit, its supervising department and the managers remind whoever holds one of the table's waiting
 * tasks — the person who has it (and the owner of a delegated one), else the organizations it waits for. A task the
 * caller could work themself is theirs to do, not to urge. Each task once per calendar day in Asia/Shanghai.
 */
@Service
@Transactional
public class UrgeTask {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final TargetAccess access;
    private final TaskService tasks;
    private final TrustedEngineCalls trusted;
    private final OpenReviewTasks openTasks;
    private final BpmnTaskNames taskNames;
    private final PersonNames names;
    private final NotificationService notifications;
    private final TaskOperations operations;
    private final UrgeDays days;

    public UrgeTask(TargetAccess access, TaskService tasks, TrustedEngineCalls trusted, OpenReviewTasks openTasks,
                    BpmnTaskNames taskNames, PersonNames names, NotificationService notifications,
                    TaskOperations operations, UrgeDays days) {
        this.access = access;
        this.tasks = tasks;
        this.trusted = trusted;
        this.openTasks = openTasks;
        this.taskNames = taskNames;
        this.names = names;
        this.notifications = notifications;
        this.operations = operations;
        this.days = days;
    }

    public UrgeResult urge(Long targetId, String reason, CurrentUser user) {
        PerformanceTarget target = access.readable(user, targetId);
        if (!user.isManager() && !user.belongsTo(target.getUnit()) && !user.belongsTo(target.getDepartment())) {
            throw new ForbiddenException("只有实施单位、主管部门和管理人员可以催办，办理人不能催办自己的任务");
        }
        List<Task> waiting = trusted.call(() -> waitingForOthers(target, user));
        if (waiting.isEmpty()) {
            throw new ConflictException("绩效目标表“" + target.getName() + "”当前没有等待他人办理的任务，无需催办");
        }
        Instant now = ClockUtil.getCurrentTime().toInstant();
        LocalDate today = LocalDate.ofInstant(now, ZONE);
        OffsetDateTime nextAllowedAt = today.plusDays(1).atStartOfDay(ZONE).toOffsetDateTime();
        List<Task> due = waiting.stream().filter(task -> !days.urgedOn(task.getId(), today)).toList();
        if (due.isEmpty()) {
            throw tooSoon(nextAllowedAt);
        }
        String because = VisibleText.isBlank(reason) ? null : reason.strip();
        String urger = names.of(user.userId());
        List<UrgeResult.UrgedTask> urged = new ArrayList<>();
        for (Task task : due) {
            if (!days.take(task.getId(), today, user.userId(), now)) {
                throw tooSoon(nextAllowedAt);
            }
            urged.add(urge(target, task, because, urger, user));
        }
        return new UrgeResult(urged, nextAllowedAt);
    }

    private List<Task> waitingForOthers(PerformanceTarget target, CurrentUser user) {
        return tasks.createTaskQuery().processInstanceBusinessKey(target.businessKey())
                .processDefinitionKeyIn(TableProcesses.KEYS.toArray(String[]::new))
                .orderByTaskCreateTime().asc().list().stream()
                .filter(task -> !couldWork(task, user))
                .toList();
    }

    private boolean couldWork(Task task, CurrentUser user) {
        return openTasks.personalHolders(task).contains(user.userId())
                || openTasks.candidateGroups(task).stream().anyMatch(user.groupIds()::contains);
    }

    private UrgeResult.UrgedTask urge(PerformanceTarget target, Task task, String reason, String urger,
                                      CurrentUser user) {
        String step = taskNames.of(task);
        String message = "【催办】" + urger + "催办“" + target.getName() + "”的" + step + "，请尽快办理"
                + (reason == null ? "" : "。催办说明：" + reason);
        List<String> people = openTasks.personalHolders(task);
        String holder;
        if (people.isEmpty()) {
            List<String> groups = trusted.call(() -> openTasks.candidateGroups(task));
            groups.forEach(group -> notifications.notify(group, NotificationType.URGE, target.getId(), task.getId(),
                    message));
            Map<String, String> organizations = organizationNames(target);
            holder = groups.stream().map(group -> organizations.getOrDefault(group, group))
                    .collect(Collectors.joining("、"));
        } else {
            people.forEach(person -> notifications.notifyPerson(person, NotificationType.URGE, target.getId(),
                    task.getId(), message));
            Map<String, String> named = names.of(people);
            holder = people.size() == 1 ? named.get(people.get(0))
                    : named.get(task.getAssignee()) + "（委派人：" + named.get(task.getOwner()) + "）";
        }
        operations.record(new OperationOnTask(target.getId(), target.getVersionNo(), task.getProcessInstanceId(),
                task.getId(), step), TaskOperationType.URGE, user.userId(), task.getAssignee(), reason);
        return new UrgeResult.UrgedTask(task.getId(), step, holder);
    }

    private static Map<String, String> organizationNames(PerformanceTarget target) {
        return Stream.of(target.getUnit(), target.getDepartment(), target.financeBureau())
                .filter(organization -> organization != null)
                .collect(Collectors.toMap(Organization::groupId, Organization::getName, (a, b) -> a));
    }

    private static ConflictException tooSoon(OffsetDateTime nextAllowedAt) {
        return new ConflictException("该任务今天已催办过，每个任务每天只能催办一次，请于 "
                + nextAllowedAt.format(SHOWN) + "（北京时间）后再催办");
    }
}
