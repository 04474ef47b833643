package org.budgetperf.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.budgetperf.dashboard.DashboardBackfill;
import org.budgetperf.support.IntegrationTest;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds {@code bench.tables} tables of one budget year in mixed stages on PostgreSQL, with the process instances of
 * every table that has an open task, then times each dashboard query over HTTP as the manager (all tables in scope):
 * warm-up rounds first, then {@code bench.repetitions} timed ones; prints p50 and p95 and writes them to
 * target/dashboard-benchmark.md. Run by {@code bench/dashboard.sh}, not by the suite.
 *
 * <p>The seed: organizations, tables, fund lines, phases of the year and the finished steps' durations are inserted
 * set-based in SQL; each table with an open step gets a real process instance, started by the engine at that step
 * (listeners of the model skipped, the dashboard's own built-in listener not), back-dated with ClockUtil so that
 * many reviews are overdue; the dashboard rows of the tables without a running process are written by the
 * dashboard's own refresh; reminders and escalations are inserted for overdue tasks; lights and grades are written
 * straight into the dashboard rows.
 */
@IntegrationTest
class DashboardBenchmark {

    private static final int TABLES = Integer.getInteger("bench.tables", 100_000);
    private static final int WARM_UP = Integer.getInteger("bench.warmup", 20);
    private static final int REPETITIONS = Integer.getInteger("bench.repetitions", 100);
    private static final int YEAR = 2040;
    private static final int DEPARTMENTS = 20;
    private static final int UNITS_PER_DEPARTMENT = 10;
    private static final int INSTANCES = Integer.getInteger("bench.instances", 2_000);
    private static final int INSTANCES_PER_TRANSACTION = 250;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    DashboardBackfill backfill;

    @Test
    void dashboardQueriesAtScale() throws IOException {
        long seedStart = System.nanoTime();
        seedTables();
        long tablesDone = System.nanoTime();
        int instances = startProcesses();
        long processesDone = System.nanoTime();
        finishSeed();
        long seedNanos = System.nanoTime() - seedStart;
        String seedLine = String.format("seed: %,d tables in %.0f s (tables %.0f s, %,d process instances %.0f s,"
                        + " dashboard rows, reminders, lights %.0f s)", TABLES, seedNanos / 1e9,
                (tablesDone - seedStart) / 1e9, instances, (processesDone - tablesDone) / 1e9,
                (System.nanoTime() - processesDone) / 1e9);
        System.out.println("BENCH " + seedLine);

        assertThat(get("/api/dashboard?year=" + YEAR).path("total").asLong()).isEqualTo(TABLES);
        long open = jdbc.queryForObject("select min(o.target_id) from pt_open_task o join pt_target t"
                + " on t.id = o.target_id where t.budget_year = " + YEAR + " and o.task_id not like 'bench-%'",
                Long.class);
        String department = "BENCH-D01";
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("baseline: GET /api/session (login, no query)", "/api/session");
        queries.put("summary (all tables)", "/api/dashboard?year=" + YEAR);
        queries.put("summary (one department)", "/api/dashboard?year=" + YEAR + "&organization=" + department);
        queries.put("overdue, first page", "/api/dashboard/overdue?year=" + YEAR + "&size=20");
        queries.put("tables, search + sort by name", "/api/dashboard/tables?year=" + YEAR
                + "&q=教育&sort=name,desc&size=20");
        queries.put("tables, sort by unit", "/api/dashboard/tables?year=" + YEAR + "&sort=unitName&size=20");
        queries.put("tables, stage + sort by budget", "/api/dashboard/tables?year=" + YEAR
                + "&stage=FINANCE_REVIEW&sort=totalBudget,desc&size=20");
        queries.put("tables, deep page (offset 80,000)", "/api/dashboard/tables?year=" + YEAR
                + "&sort=since&size=20&page=4000");
        queries.put("export .xlsx (one department, one stage)", "/api/dashboard/tables.xlsx?year=" + YEAR
                + "&organization=" + department + "&stage=DRAFTING");
        queries.put("diagram of one table", "/api/targets/" + open + "/diagram");

        List<String> lines = new ArrayList<>();
        lines.add("| query | p50 (ms) | p95 (ms) | max (ms) |");
        lines.add("|---|---|---|---|");
        queries.forEach((name, url) -> {
            for (int i = 0; i < WARM_UP; i++) {
                fetch(url);
            }
            double[] millis = new double[REPETITIONS];
            for (int i = 0; i < REPETITIONS; i++) {
                long start = System.nanoTime();
                fetch(url);
                millis[i] = (System.nanoTime() - start) / 1e6;
            }
            Arrays.sort(millis);
            lines.add(String.format("| %s | %.0f | %.0f | %.0f |", name, percentile(millis, 50),
                    percentile(millis, 95), millis[millis.length - 1]));
        });
        String header = String.format("BENCH dashboard, %s, %d warm-up + %d timed requests each, over HTTP as"
                + " manager, %s", Instant.now(), WARM_UP, REPETITIONS, seedLine);
        System.out.println(header);
        lines.forEach(System.out::println);
        Path report = Path.of("target", "dashboard-benchmark.md");
        Files.createDirectories(report.getParent());
        Files.writeString(report, header + "\n\n" + String.join("\n", lines) + "\n");
    }

    private void seedTables() {
        Long finance = jdbc.queryForObject("select id from pt_organization where code = 'JS-CZT'", Long.class);
        for (int d = 1; d <= DEPARTMENTS; d++) {
            String code = String.format("BENCH-D%02d", d);
            jdbc.update("insert into pt_organization (id, code, name, org_type, parent_id) values"
                    + " (nextval('pt_organization_seq'), ?, ?, 'DEPARTMENT', ?)", code, "基准主管部门" + d, finance);
            jdbc.update("insert into pt_organization (id, code, name, org_type, parent_id)"
                    + " select nextval('pt_organization_seq'), ? || '-U' || lpad(g::text, 2, '0'),"
                    + " '基准实施单位' || ? || '-' || g, 'UNIT', (select id from pt_organization where code = ?)"
                    + " from generate_series(1, ?) g", code, d, code, UNITS_PER_DEPARTMENT);
        }
        // Each run of 100 consecutive tables goes to one unit; stage by g % 100: 0-14 drafting, 15-29 department review, 30-39 finance review, 40-54 published,
        // 55-64 monitoring, 65-69 corrective action, 70-79 self-evaluation, 80-91 results published,
        // 92-96 not funded, 97-99 stopped.
        jdbc.update("""
                insert into pt_target (id, code, budget_year, target_type, name, department_id, unit_id, fund_unit,
                       status, status_since, version_no, created_by, created_at, updated_at, lock_version)
                select nextval('pt_target_seq'), 'BENCH-' || lpad(g::text, 6, '0'), ?, 'PROJECT',
                       (array['教育', '卫生', '交通', '农业', '文化', '科技', '民政'])[g % 7 + 1] || '项目' || g,
                       u.parent_id, u.id, '万元',
                       case when g % 100 < 15 then 'DRAFT' when g % 100 < 30 then 'DEPARTMENT_REVIEW'
                            when g % 100 < 40 then 'FINANCE_REVIEW' when g % 100 < 92 then 'PUBLISHED'
                            when g % 100 < 97 then 'REJECTED' else 'STOPPED' end,
                       now() - ((g % 90) || ' days')::interval, 1, 'unit-staff', now(), now(), 0
                from generate_series(1, ?) g
                join (select id, parent_id, row_number() over (order by code) - 1 n from pt_organization
                      where code like 'BENCH-D%-U%') u on u.n = g / 100 % ?
                """, YEAR, TABLES, DEPARTMENTS * UNITS_PER_DEPARTMENT);
        jdbc.update("""
                insert into pt_fund_line (id, target_id, sort_order, category, source, annual_budget)
                select nextval('pt_fund_line_seq'), t.id, 0, 'SOURCE', 'TOTAL', 10 + (t.id * 7919) % 500
                from pt_target t where t.budget_year = ?
                """, YEAR);
        jdbc.update("""
                insert into pt_cycle_step (id, target_id, phase, opens_at, due_at, state, opened_at, lock_version)
                select nextval('pt_cycle_step_seq'), t.id, p.phase, now() - interval '40 days',
                       now() + ((t.id % 30) - 10 || ' days')::interval,
                       case when p.phase = 'MONITORING' then
                                case when n < 55 then 'SCHEDULED' when n < 70 then 'OPEN' else 'DONE' end
                            else case when n < 70 then 'SCHEDULED' when n < 80 then 'OPEN' else 'DONE' end end,
                       now() - interval '40 days', 0
                from (select id, cast(substring(code, 7) as int) % 100 n from pt_target where budget_year = ?) t
                cross join (values ('MONITORING'), ('SELF_EVALUATION')) p(phase)
                where t.n between 40 and 91
                """, YEAR);
        // Finished steps: preparation (unit), department review, finance review, 0 to 19 days each.
        jdbc.update("""
                insert into pt_step_duration (task_id, target_id, task_key, candidate_group, started_at, ended_at,
                       duration_seconds, budget_year, unit_id, department_id)
                select 'bench-' || t.id || '-' || s.task_key, t.id, s.task_key, 'org-' || o.code,
                       now() - interval '60 days', now() - interval '60 days',
                       (t.id * 7919 + s.salt) % (20 * 86400), ?, t.unit_id, t.department_id
                from (select id, unit_id, department_id, cast(substring(code, 7) as int) % 100 n from pt_target
                      where budget_year = ?) t
                join (values ('prepare', 15, 1), ('departmentReview', 30, 2), ('financeReview', 40, 3))
                     s(task_key, from_stage, salt) on t.n >= s.from_stage
                join pt_organization o on o.id = case s.task_key when 'prepare' then t.unit_id
                     when 'departmentReview' then t.department_id
                     else (select parent_id from pt_organization d where d.id = t.department_id) end
                """, YEAR, YEAR);
    }

    /**
     * A real process instance waiting at its step, back-dated 0 to 19 days, for {@code bench.instances} of the tables
     * with an open step, spread over all of them; the others get their open task in pt_open_task as the dashboard's
     * listener writes it (the engine starts some ten instances a second on this machine).
     */
    private int startProcesses() {
        List<Map<String, Object>> open = jdbc.queryForList("""
                select code, cast(substring(code, 7) as int) % 100 n from pt_target
                where budget_year = ? and (cast(substring(code, 7) as int) % 100 < 40
                      or cast(substring(code, 7) as int) % 100 between 55 and 79)
                order by cast(substring(code, 7) as int) / 100 * 7919 % 1000, code
                """, YEAR);
        open = open.subList(0, Math.min(open.size(), INSTANCES));
        Date now = new Date();
        try {
            for (int from = 0; from < open.size(); from += INSTANCES_PER_TRANSACTION) {
                List<Map<String, Object>> batch = open.subList(from, Math.min(open.size(), from + INSTANCES_PER_TRANSACTION));
                transaction.executeWithoutResult(status -> batch.forEach(table -> {
                    String code = (String) table.get("code");
                    int n = ((Number) table.get("n")).intValue();
                    ClockUtil.setCurrentTime(new Date(now.getTime()
                            - Duration.ofHours((code.hashCode() & 0xffff) % (20 * 24)).toMillis()));
                    String[] step = stepOf(n);
                    runtime.createProcessInstanceByKey(step[0]).businessKey(code + "-" + YEAR)
                            .startBeforeActivity(step[1]).execute(true, true);
                }));
                if ((from / INSTANCES_PER_TRANSACTION) % 40 == 0) {
                    System.out.println("BENCH started " + (from + batch.size()) + " of " + open.size());
                }
            }
        } finally {
            ClockUtil.reset();
        }
        insertOtherOpenTasks();
        return open.size();
    }

    private void insertOtherOpenTasks() {
        jdbc.update("""
                insert into pt_open_task (task_id, target_id, process_instance_id, task_key, task_name,
                       candidate_group, assignee, created_at, due_at, budget_year, unit_id, department_id)
                select 'bench-open-' || t.id, t.id, 'bench-' || t.id, s.task_key, s.task_name,
                       'org-' || o.code, case when t.id % 4 = 0 then 'dept-reviewer' end,
                       now() - ((t.id * 7919) % (20 * 24) || ' hours')::interval,
                       case when s.task_key in ('departmentReview', 'financeReview')
                            then now() - ((t.id * 7919) % (20 * 24) || ' hours')::interval + interval '5 days'
                            when s.task_key = 'prepare' then null
                            else (select c.due_at from pt_cycle_step c where c.target_id = t.id
                                  and c.phase = s.phase) end, ?, t.unit_id, t.department_id
                from (select id, unit_id, department_id, cast(substring(code, 7) as int) % 100 n from pt_target
                      where budget_year = ?) t
                join (values ('prepare', '编制并提交绩效目标', 0, 14, 'UNIT', 'MONITORING'),
                             ('departmentReview', '主管部门审核', 15, 29, 'DEPARTMENT', 'MONITORING'),
                             ('financeReview', '财政部门审核', 30, 39, 'FINANCE', 'MONITORING'),
                             ('reportMonitoring', '填报半年绩效监控', 55, 64, 'UNIT', 'MONITORING'),
                             ('proposeCorrection', '提出纠偏措施', 65, 69, 'UNIT', 'MONITORING'),
                             ('reportSelfEvaluation', '填报年度绩效自评', 70, 79, 'UNIT', 'SELF_EVALUATION'))
                     s(task_key, task_name, low, high, holder, phase) on t.n between s.low and s.high
                join pt_organization o on o.id = case s.holder when 'UNIT' then t.unit_id
                     when 'DEPARTMENT' then t.department_id
                     else (select parent_id from pt_organization d where d.id = t.department_id) end
                where not exists (select 1 from pt_open_task x where x.target_id = t.id)
                """, YEAR, YEAR);
    }

    private static String[] stepOf(int n) {
        if (n < 15) {
            return new String[] {"target-approval", "prepare"};
        }
        if (n < 30) {
            return new String[] {"target-approval", "departmentReview"};
        }
        if (n < 40) {
            return new String[] {"target-approval", "financeReview"};
        }
        if (n < 65) {
            return new String[] {"target-monitoring", "reportMonitoring"};
        }
        if (n < 70) {
            return new String[] {"target-monitoring", "proposeCorrection"};
        }
        return new String[] {"target-self-evaluation", "reportSelfEvaluation"};
    }

    private void finishSeed() {
        backfill.run(null);
        jdbc.update("""
                insert into pt_notification (id, recipient_group, notification_type, target_id, task_id, message,
                       created_at)
                select nextval('pt_notification_seq'), g.recipient, g.kind, o.target_id, o.task_id, '基准提醒',
                       o.due_at
                from pt_open_task o
                cross join (values ('REMINDER', 'candidate'), ('ESCALATION', 'manager'), ('ESCALATION', 'finance'))
                     g(kind, recipient)
                where o.due_at < now() and (g.kind = 'REMINDER' or o.due_at < now() - interval '3 days')
                """.replace("g.recipient", "case g.recipient when 'candidate' then o.candidate_group"
                + " when 'manager' then 'manager' else 'org-JS-CZT' end"));
        jdbc.update("""
                update pt_dashboard_table set
                    light = case when stage in ('MONITORING', 'CORRECTION', 'SELF_EVALUATION', 'RESULTS_PUBLISHED')
                                 then (array['GREEN', 'GREEN', 'GREEN', 'YELLOW', 'BLUE', 'RED'])[target_id % 6 + 1] end,
                    grade = case when stage = 'RESULTS_PUBLISHED'
                                 then (array['EXCELLENT', 'GOOD', 'GOOD', 'FAIR', 'POOR'])[target_id % 5 + 1] end
                where budget_year = ?
                """, YEAR);
        // What autovacuum does after a bulk load, at once: statistics, and the visibility map for index-only scans.
        jdbc.execute("vacuum analyze");
    }

    private static double percentile(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private void fetch(String url) {
        ResponseEntity<byte[]> response = rest.withBasicAuth("manager", "demo").getForEntity(url, byte[].class);
        assertThat(response.getStatusCode()).as(url).isEqualTo(HttpStatus.OK);
    }

    private JsonNode get(String url) {
        return rest.withBasicAuth("manager", "demo").getForEntity(url, JsonNode.class).getBody();
    }
}
