package org.budgetperf.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.budgetperf.approval.ApprovalStep;
import org.budgetperf.approval.PersonNames;
import org.budgetperf.calculation.Grade;
import org.budgetperf.calculation.Light;
import org.budgetperf.organization.Organization;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard's reads: each a few indexed queries on its own tables whatever the number of tables, names of
 * organizations and people looked up once per page.
 */
@Service
@Transactional(readOnly = true)
class DashboardQueries {

    static final int FIRST_OVERDUE = 10;
    private static final int EXPORT_CHUNK = 500;
    private static final BigDecimal SECONDS_PER_DAY = BigDecimal.valueOf(86_400);

    private final NamedParameterJdbcTemplate jdbc;
    private final PersonNames people;

    private final StepMedians medians;

    DashboardQueries(NamedParameterJdbcTemplate jdbc, PersonNames people, StepMedians medians) {
        this.jdbc = jdbc;
        this.people = people;
        this.medians = medians;
    }

    DashboardViews.Summary summary(DashboardScope scope, int year) {
        Map<String, Object> parameters = scope.parameters(year);
        Map<DashboardStage, Long> counts = new EnumMap<>(DashboardStage.class);
        jdbc.query("select d.stage, count(*) n from pt_dashboard_table d where d.budget_year = :year and "
                + scope.condition() + " group by d.stage", parameters,
                (RowCallbackHandler) rs -> counts.put(DashboardStage.valueOf(rs.getString(1)), rs.getLong(2)));
        List<DashboardViews.StageCount> stages = java.util.Arrays.stream(DashboardStage.values())
                .map(stage -> new DashboardViews.StageCount(stage, stage.label(), counts.getOrDefault(stage, 0L)))
                .toList();
        Page<DashboardViews.OverdueTask> overdue = overdue(scope, year, Pageable.ofSize(FIRST_OVERDUE));
        return new DashboardViews.Summary(year, scope.named(), stages,
                counts.values().stream().mapToLong(Long::longValue).sum(),
                new DashboardViews.Overdue(overdue.getTotalElements(), overdue.getContent()),
                throughput(scope, year), lights(scope, year), grades(scope, year));
    }

    Page<DashboardViews.OverdueTask> overdue(DashboardScope scope, int year, Pageable page) {
        Instant now = ClockUtil.getCurrentTime().toInstant();
        Map<String, Object> parameters = scope.parameters(year);
        parameters.put("now", Timestamp.from(now));
        String where = " where d.budget_year = :year and d.due_at < :now and " + scope.condition();
        long total = jdbc.queryForObject("select count(*) from pt_open_task d" + where, parameters, Long.class);
        if (total == 0) {
            return Page.empty(page);
        }
        parameters.put("offset", page.getOffset());
        parameters.put("size", page.getPageSize());
        List<Map<String, Object>> rows = jdbc.queryForList("select d.task_id, d.task_key, d.task_name, d.assignee,"
                + " d.candidate_group, d.created_at, d.due_at, t.target_id, t.code, t.name, t.unit_name"
                + " from pt_open_task d join pt_dashboard_table t on t.target_id = d.target_id"
                + where
                + " order by d.due_at, d.task_id offset :offset rows fetch next :size rows only", parameters);
        List<String> taskIds = rows.stream().map(row -> (String) row.get("task_id")).toList();
        Map<String, long[]> raised = raised(taskIds);
        Map<String, String> organizations = organizationNames(rows.stream()
                .map(row -> (String) row.get("candidate_group")).toList());
        Map<String, String> names = people.of(rows.stream().map(row -> (String) row.get("assignee")).toList());
        List<DashboardViews.OverdueTask> items = rows.stream().map(row -> {
            String key = (String) row.get("task_key");
            String assignee = (String) row.get("assignee");
            Instant due = instant(row.get("due_at"));
            long[] counts = raised.getOrDefault((String) row.get("task_id"), new long[2]);
            return new DashboardViews.OverdueTask(((Number) row.get("target_id")).longValue(),
                    (String) row.get("code"), (String) row.get("name"), (String) row.get("unit_name"),
                    stepOf(key), stepLabel(key, (String) row.get("task_name")), assignee,
                    assignee == null ? null : names.get(assignee),
                    organizations.get((String) row.get("candidate_group")), instant(row.get("created_at")), due,
                    Duration.between(due, now).toDays(), counts[0], counts[1]);
        }).toList();
        return new PageImpl<>(items, page, total);
    }

    /**
     * Reminders and escalations raised about each task: each timer notifies several groups at once, so a task's
     * count is the most any one group received.
     */
    private Map<String, long[]> raised(List<String> taskIds) {
        Map<String, long[]> raised = new HashMap<>();
        if (taskIds.isEmpty()) {
            return raised;
        }
        jdbc.query("""
                select task_id, notification_type, max(n) from (
                    select task_id, notification_type, recipient_group, count(*) n from pt_notification
                    where task_id in (:tasks) and notification_type in ('REMINDER', 'ESCALATION')
                    group by task_id, notification_type, recipient_group) x
                group by task_id, notification_type
                """, Map.of("tasks", taskIds), (RowCallbackHandler) rs -> raised
                .computeIfAbsent(rs.getString(1), id -> new long[2])
                ["REMINDER".equals(rs.getString(2)) ? 0 : 1] = rs.getLong(3));
        return raised;
    }

    /** The whole year's medians are kept per group ({@link StepMedians}); a narrower scope's are computed. */
    List<DashboardViews.Throughput> throughput(DashboardScope scope, int year) {
        List<Map<String, Object>> rows = scope.everything() ? medians.ofYear(year) : jdbc.queryForList("""
                select d.candidate_group, d.task_key, count(*) completed,
                       percentile_cont(0.5) within group (order by d.duration_seconds) median_seconds
                from pt_step_duration d
                where d.budget_year = :year and\s""" + scope.condition() + """
                 group by d.candidate_group, d.task_key order by d.candidate_group, d.task_key
                """, scope.parameters(year));
        Map<String, String> organizations = organizationNames(rows.stream()
                .map(row -> (String) row.get("candidate_group")).toList());
        return rows.stream().map(row -> {
            String group = (String) row.get("candidate_group");
            String key = (String) row.get("task_key");
            BigDecimal median = new BigDecimal(row.get("median_seconds").toString())
                    .divide(SECONDS_PER_DAY, 1, RoundingMode.HALF_UP);
            return new DashboardViews.Throughput(codeOf(group), organizations.get(group), stepOf(key),
                    stepLabel(key, key), median, ((Number) row.get("completed")).longValue());
        }).toList();
    }

    List<DashboardViews.LightCount> lights(DashboardScope scope, int year) {
        Map<String, Long> counts = counted("light", scope, year);
        return java.util.Arrays.stream(Light.values()).filter(light -> counts.containsKey(light.name()))
                .map(light -> new DashboardViews.LightCount(light.name(), light.label(), counts.get(light.name())))
                .toList();
    }

    List<DashboardViews.GradeCount> grades(DashboardScope scope, int year) {
        Map<String, Long> counts = counted("grade", scope, year);
        return java.util.Arrays.stream(Grade.values()).filter(grade -> counts.containsKey(grade.name()))
                .map(grade -> new DashboardViews.GradeCount(grade.name(), grade.label(), counts.get(grade.name())))
                .toList();
    }

    private Map<String, Long> counted(String column, DashboardScope scope, int year) {
        Map<String, Long> counts = new HashMap<>();
        jdbc.query("select d." + column + ", count(*) from pt_dashboard_table d where d.budget_year = :year and d."
                + column + " is not null and " + scope.condition() + " group by d." + column,
                scope.parameters(year), (RowCallbackHandler) rs -> counts.put(rs.getString(1), rs.getLong(2)));
        return counts;
    }

    /** The page's keys are found and sorted on the dashboard rows alone; only the page's rows are joined. */
    Page<DashboardViews.TableRow> tables(DashboardScope scope, int year, TableQuery query, Pageable page) {
        Map<String, Object> parameters = query.parameters(scope.parameters(year));
        String where = " where d.budget_year = :year and " + scope.condition() + query.condition();
        long total = jdbc.queryForObject("select count(*) from pt_dashboard_table d" + where, parameters,
                Long.class);
        if (total == 0) {
            return Page.empty(page);
        }
        parameters.put("offset", page.getOffset());
        parameters.put("size", page.getPageSize());
        String keys = "select d.target_id from pt_dashboard_table d" + where + " order by " + query.orderBy()
                + " offset :offset rows fetch next :size rows only";
        List<Map<String, Object>> rows = jdbc.queryForList(TABLE_COLUMNS.replace("from pt_dashboard_table d",
                "from (" + keys + ") k join pt_dashboard_table d on d.target_id = k.target_id")
                + " order by " + query.orderBy(), parameters);
        return new PageImpl<>(tableRows(rows), page, total);
    }

    private static final String TABLE_COLUMNS = """
            select d.target_id, d.code, d.name, d.unit_name, d.department_name, d.stage, d.stage_since,
                   d.total_budget, d.fund_unit, d.light, d.grade
            from pt_dashboard_table d
            """;

    /** Every table of the filter in its order, up to {@code limit}, handed over a chunk at a time. */
    void eachTable(DashboardScope scope, int year, TableQuery query, int limit,
                   Consumer<List<DashboardViews.TableRow>> chunks) {
        Map<String, Object> parameters = query.parameters(scope.parameters(year));
        parameters.put("size", limit);
        List<Map<String, Object>> chunk = new ArrayList<>();
        org.springframework.jdbc.core.JdbcTemplate streaming =
                new org.springframework.jdbc.core.JdbcTemplate(jdbc.getJdbcTemplate().getDataSource());
        streaming.setFetchSize(EXPORT_CHUNK);
        new NamedParameterJdbcTemplate(streaming).query(TABLE_COLUMNS + " where d.budget_year = :year and " + scope.condition() + query.condition()
                + " order by " + query.orderBy() + " fetch first :size rows only", parameters,
                (RowCallbackHandler) rs -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (String column : List.of("target_id", "code", "name", "unit_name", "department_name",
                            "stage", "stage_since", "total_budget", "fund_unit", "light", "grade")) {
                        row.put(column, rs.getObject(column));
                    }
                    chunk.add(row);
                    if (chunk.size() == EXPORT_CHUNK) {
                        chunks.accept(tableRows(chunk));
                        chunk.clear();
                    }
                });
        if (!chunk.isEmpty()) {
            chunks.accept(tableRows(chunk));
        }
    }

    private List<DashboardViews.TableRow> tableRows(List<Map<String, Object>> rows) {
        Map<Long, Map<String, Object>> waiting = firstOpenTasks(rows.stream()
                .map(row -> ((Number) row.get("target_id")).longValue()).toList());
        Map<String, String> names = people.of(waiting.values().stream()
                .map(task -> (String) task.get("assignee")).toList());
        Map<String, String> organizations = organizationNames(waiting.values().stream()
                .map(task -> (String) task.get("candidate_group")).toList());
        return rows.stream().map(row -> {
            Long id = ((Number) row.get("target_id")).longValue();
            DashboardStage stage = DashboardStage.valueOf((String) row.get("stage"));
            Map<String, Object> task = waiting.get(id);
            String waitingAt = task == null ? null
                    : stepLabel((String) task.get("task_key"), (String) task.get("task_name"));
            String holder = task == null ? null : task.get("assignee") != null
                    ? names.get((String) task.get("assignee"))
                    : organizations.get((String) task.get("candidate_group"));
            String light = (String) row.get("light");
            String grade = (String) row.get("grade");
            return new DashboardViews.TableRow(id, (String) row.get("code"), (String) row.get("name"),
                    (String) row.get("unit_name"), (String) row.get("department_name"), stage, stage.label(),
                    waitingAt, holder, instant(row.get("stage_since")), (BigDecimal) row.get("total_budget"),
                    (String) row.get("fund_unit"), light, light == null ? null : Light.valueOf(light).label(),
                    grade, grade == null ? null : Grade.valueOf(grade).label());
        }).toList();
    }

    /** Each table's earliest open task, in one query for the page. */
    private Map<Long, Map<String, Object>> firstOpenTasks(List<Long> targetIds) {
        Map<Long, Map<String, Object>> first = new HashMap<>();
        if (!targetIds.isEmpty()) {
            jdbc.queryForList("select target_id, task_key, task_name, assignee, candidate_group from pt_open_task"
                    + " where target_id in (:ids) order by created_at desc, task_id desc", Map.of("ids", targetIds))
                    .forEach(task -> first.put(((Number) task.get("target_id")).longValue(), task));
        }
        return first;
    }

    /** Names of the organizations behind candidate groups ({@code org-<code>}), in one query. */
    private Map<String, String> organizationNames(Collection<String> groups) {
        Set<String> codes = groups.stream().map(DashboardQueries::codeOf).filter(code -> code != null)
                .collect(Collectors.toSet());
        Map<String, String> names = new HashMap<>();
        if (!codes.isEmpty()) {
            jdbc.query("select code, name from pt_organization where code in (:codes)", Map.of("codes", codes),
                    (RowCallbackHandler) rs -> names.put(Organization.groupIdOf(rs.getString(1)), rs.getString(2)));
        }
        return names;
    }

    private static String codeOf(String group) {
        return group != null && group.startsWith(Organization.GROUP_PREFIX)
                ? group.substring(Organization.GROUP_PREFIX.length()) : null;
    }

    private static String stepOf(String taskKey) {
        return ApprovalStep.ofTaskKey(taskKey).map(Enum::name).orElse(taskKey);
    }

    private static String stepLabel(String taskKey, String fallback) {
        return ApprovalStep.ofTaskKey(taskKey).map(ApprovalStep::label).orElse(fallback);
    }

    private static Instant instant(Object value) {
        return value == null ? null : ((Timestamp) value).toInstant();
    }
}
