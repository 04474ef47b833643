package org.budgetperf.dashboard;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.budgetperf.declaration.TargetQueries;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps pt_open_task (one row per open task of a table's processes) and pt_step_duration (one per completed task)
 * in the engine's transaction, and has the table's dashboard row refreshed when a task opens or closes (a
 * corrective-action task moves the table into or out of its stage).
 */
@Component
class OpenTaskRecorder {

    private final NamedParameterJdbcTemplate jdbc;
    private final TargetQueries targets;
    private final TablesToRefresh refresh;
    private final RuntimeService runtime;
    private final TaskService engineTasks;
    private final StepMedians medians;

    OpenTaskRecorder(NamedParameterJdbcTemplate jdbc, TargetQueries targets, TablesToRefresh refresh,
                     RuntimeService runtime, TaskService engineTasks, StepMedians medians) {
        this.medians = medians;
        this.jdbc = jdbc;
        this.runtime = runtime;
        this.engineTasks = engineTasks;
        this.targets = targets;
        this.refresh = refresh;
    }

    void notify(DelegateTask task) {
        switch (task.getEventName()) {
            case TaskListener.EVENTNAME_CREATE -> opened(task);
            case TaskListener.EVENTNAME_ASSIGNMENT, TaskListener.EVENTNAME_UPDATE -> changed(task);
            case TaskListener.EVENTNAME_COMPLETE -> closed(task, true);
            case TaskListener.EVENTNAME_DELETE -> closed(task, false);
            default -> { }
        }
    }

    private void opened(DelegateTask task) {
        Long targetId = targets.byBusinessKey(task.getExecution().getProcessBusinessKey()).getId();
        insert(task.getId(), targetId, task.getProcessInstanceId(), task.getTaskDefinitionKey(),
                task.getBpmnModelElementInstance().getName(), candidateGroup(task.getCandidates()),
                task.getAssignee(), task.getCreateTime(), task.getDueDate());
        refresh.mark(targetId);
    }

    /** A task that was open before the dashboard's tables existed (see {@link DashboardBackfill}). */
    void backfill(Task task) {
        String businessKey = runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
                .singleResult().getBusinessKey();
        insert(task.getId(), targets.byBusinessKey(businessKey).getId(), task.getProcessInstanceId(),
                task.getTaskDefinitionKey(), task.getName(), candidateGroup(engineTasks.getIdentityLinksForTask(
                        task.getId())), task.getAssignee(), task.getCreateTime(), task.getDueDate());
    }

    private void insert(String taskId, Long targetId, String instanceId, String key, String name, String group,
                        String assignee, java.util.Date created, java.util.Date due) {
        Map<String, Object> row = new HashMap<>();
        row.put("task", taskId);
        row.put("target", targetId);
        row.put("instance", instanceId);
        row.put("key", key);
        row.put("name", name);
        row.put("group", group);
        row.put("assignee", assignee);
        row.put("created", Timestamp.from(created.toInstant()));
        row.put("due", due == null ? null : Timestamp.from(due.toInstant()));
        jdbc.update("""
                insert into pt_open_task (task_id, target_id, process_instance_id, task_key, task_name,
                       candidate_group, assignee, created_at, due_at, budget_year, unit_id, department_id)
                select :task, t.id, :instance, :key, :name, :group, :assignee, :created, :due, t.budget_year,
                       t.unit_id, t.department_id
                from pt_target t where t.id = :target
                """, row);
    }

    private void changed(DelegateTask task) {
        Map<String, Object> row = new HashMap<>();
        row.put("task", task.getId());
        row.put("assignee", task.getAssignee());
        row.put("due", task.getDueDate() == null ? null : Timestamp.from(task.getDueDate().toInstant()));
        row.put("group", candidateGroup(task.getCandidates()));
        jdbc.update("update pt_open_task set assignee = :assignee, due_at = :due, candidate_group = :group"
                + " where task_id = :task", row);
    }

    private void closed(DelegateTask task, boolean completed) {
        List<Map<String, Object>> open = jdbc.queryForList(
                "select target_id, candidate_group from pt_open_task where task_id = :task",
                Map.of("task", task.getId()));
        if (open.isEmpty()) {
            return;
        }
        Long targetId = ((Number) open.get(0).get("target_id")).longValue();
        jdbc.update("delete from pt_open_task where task_id = :task", Map.of("task", task.getId()));
        if (completed) {
            Instant started = task.getCreateTime().toInstant();
            Instant ended = ClockUtil.getCurrentTime().toInstant();
            Map<String, Object> row = new HashMap<>();
            row.put("task", task.getId());
            row.put("target", targetId);
            row.put("key", task.getTaskDefinitionKey());
            row.put("group", open.get(0).get("candidate_group"));
            row.put("started", Timestamp.from(started));
            row.put("ended", Timestamp.from(ended));
            row.put("seconds", Math.max(0, Duration.between(started, ended).toSeconds()));
            jdbc.update("""
                    insert into pt_step_duration (task_id, target_id, task_key, candidate_group, started_at,
                           ended_at, duration_seconds, budget_year, unit_id, department_id)
                    select :task, t.id, :key, :group, :started, :ended, :seconds, t.budget_year, t.unit_id,
                           t.department_id
                    from pt_target t where t.id = :target
                    """, row);
            medians.completed(jdbc.queryForObject("select budget_year from pt_target where id = :target", row,
                    Integer.class), (String) row.get("group"), task.getTaskDefinitionKey());
        }
        refresh.mark(targetId);
    }

    /** The organization group the task waits for (each step of the tables' processes has one). */
    private static String candidateGroup(java.util.Collection<? extends IdentityLink> links) {
        return links.stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId)
                .sorted()
                .findFirst().orElse(null);
    }
}
