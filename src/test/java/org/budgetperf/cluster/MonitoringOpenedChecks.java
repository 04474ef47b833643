package org.budgetperf.cluster;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * After the drain, from the database: every seeded table has exactly one monitoring process and exactly one open
 * monitoring task (in the engine and in the dashboard's open tasks), its monitoring step opened once and pointing at
 * that process; no incident, no job left with an exception or still waiting; no notification stored twice.
 */
final class MonitoringOpenedChecks {

    private static final String SEEDED = "t.code like '" + PublishedTables.CODE_PREFIX + "%'";
    private static final String KEYS = "like '" + PublishedTables.CODE_PREFIX + "%'";

    private MonitoringOpenedChecks() {
    }

    static List<String> problems(JdbcTemplate jdbc, int tables) {
        List<String> problems = new ArrayList<>();
        expect(problems, jdbc, "seeded tables", "select count(*) from pt_target t where " + SEEDED, tables);
        expect(problems, jdbc, "tables with a monitoring process", "select count(distinct business_key_) from"
                + " act_hi_procinst where proc_def_key_ = 'target-monitoring' and business_key_ " + KEYS, tables);
        expect(problems, jdbc, "tables with more than one monitoring process", "select count(*) from (select 1 from"
                + " act_hi_procinst where proc_def_key_ = 'target-monitoring' and business_key_ " + KEYS
                + " group by business_key_ having count(*) > 1) d", 0);
        String monitoringTasks = " from act_ru_task k join act_ru_execution e on e.id_ = k.proc_inst_id_"
                + " where k.task_def_key_ = 'reportMonitoring' and e.business_key_ " + KEYS;
        expect(problems, jdbc, "tables with an open monitoring task", "select count(distinct e.business_key_)"
                + monitoringTasks, tables);
        expect(problems, jdbc, "open monitoring tasks", "select count(*)" + monitoringTasks, tables);
        String dashboardTasks = " from pt_open_task o join pt_target t on t.id = o.target_id where " + SEEDED
                + " and o.task_key = 'reportMonitoring'";
        expect(problems, jdbc, "tables whose monitoring task the dashboard lists", "select count(distinct o.target_id)"
                + dashboardTasks, tables);
        expect(problems, jdbc, "monitoring tasks the dashboard lists", "select count(*)" + dashboardTasks, tables);
        String steps = " from pt_cycle_step s join pt_target t on t.id = s.target_id where " + SEEDED;
        expect(problems, jdbc, "monitoring steps opened, with their time and the table's process",
                "select count(*)" + steps + " and s.phase = 'MONITORING' and s.state = 'OPEN'"
                        + " and s.opened_at is not null and exists (select 1 from act_hi_procinst p where p.id_ ="
                        + " s.process_instance_id and p.business_key_ = t.code || '-' || t.budget_year)", tables);
        expect(problems, jdbc, "self-evaluation steps still waiting for January", "select count(*)" + steps
                + " and s.phase = 'SELF_EVALUATION' and s.state = 'SCHEDULED'", tables);
        expect(problems, jdbc, "incidents", "select count(*) from act_ru_incident", 0);
        expect(problems, jdbc, "jobs left with an exception", "select count(*) from act_ru_job"
                + " where exception_msg_ is not null or exception_stack_id_ is not null", 0);
        expect(problems, jdbc, "monitoring jobs still waiting", "select count(*) from act_ru_job j join pt_cycle_step s"
                + " on j.handler_cfg_ = cast(s.id as varchar) where j.handler_type_ = 'budgetperf-open-phase'"
                + " and s.phase = 'MONITORING'", 0);
        expect(problems, jdbc, "notifications stored more than once", "select count(*) from (select 1 from"
                + " pt_notification group by recipient_group, notification_type, target_id, task_id, message"
                + " having count(*) > 1) d", 0);
        return problems;
    }

    static void expect(List<String> problems, JdbcTemplate jdbc, String what, String sql, long expected) {
        long found = jdbc.queryForObject(sql, Long.class);
        if (found != expected) {
            problems.add(String.format("%s: %,d, expected %,d", what, found, expected));
        }
    }
}
