package org.budgetperf.dashboard;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.budgetperf.approval.ApprovalStep;
import org.budgetperf.cycle.CycleStepState;
import org.budgetperf.declaration.TargetStatus;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * Brings tables' dashboard rows up to date from what their transaction has written: status, the year's phases, open
 * corrective-action tasks, funds, light and grade. The tables are locked first (in id order), so that two
 * transactions changing one table write its row one after the other, each from the other's committed state.
 */
@Component
class DashboardRows {

    static final int IDS_PER_QUERY = 500;
    private static final List<String> CORRECTION_TASKS = List.of(ApprovalStep.CORRECTION_PROPOSAL.taskKey(),
            ApprovalStep.CORRECTION_REVIEW.taskKey(), ApprovalStep.CORRECTION_DECISION.taskKey());

    private static final String CURRENT = """
            select t.id, t.budget_year, t.code, t.name, t.unit_id, t.department_id, t.status, t.status_since,
                   t.fund_unit,
                   (select c.state from pt_cycle_step c where c.target_id = t.id and c.phase = 'MONITORING') monitoring,
                   (select c.state from pt_cycle_step c where c.target_id = t.id and c.phase = 'SELF_EVALUATION')
                       evaluation,
                   (select count(*) from pt_open_task o where o.target_id = t.id and o.task_key in (:correction))
                       correcting,
                   (select coalesce(max(case when f.source = 'TOTAL' then f.annual_budget end), sum(f.annual_budget))
                      from pt_fund_line f where f.target_id = t.id and f.category = 'SOURCE') total_budget,
                   (select m.table_light from pt_monitoring m where m.target_id = t.id) light,
                   (select e.grade from pt_evaluation e where e.target_id = t.id) grade,
                   u.name unit_name, p.name department_name, d.target_id known, d.stage, d.stage_since
            from pt_target t join pt_organization u on u.id = t.unit_id join pt_organization p on p.id = t.department_id
                 left join pt_dashboard_table d on d.target_id = t.id
            where t.id in (:ids)
            """;

    private static final String UPDATE = """
            update pt_dashboard_table set budget_year = :year, code = :code, name = :name, unit_id = :unit,
                   unit_name = :unitName, department_id = :department, department_name = :departmentName, stage = :stage, stage_since = :since, total_budget = :budget,
                   fund_unit = :fundUnit, light = :light, grade = :grade
            where target_id = :id
            """;

    private static final String INSERT = """
            insert into pt_dashboard_table (target_id, budget_year, code, name, unit_id, unit_name, department_id,
                   department_name, stage, stage_since, total_budget, fund_unit, light, grade)
            values (:id, :year, :code, :name, :unit, :unitName, :department, :departmentName, :stage, :since,
                   :budget, :fundUnit, :light, :grade)
            """;

    /** Refreshes the rows of the tables on the given connection (the transaction's own). */
    void refresh(Connection connection, Collection<Long> targetIds) {
        NamedParameterJdbcTemplate jdbc = new NamedParameterJdbcTemplate(
                new SingleConnectionDataSource(connection, true));
        List<Long> ids = targetIds.stream().sorted().toList();
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            refreshChunk(jdbc, ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY)));
        }
    }

    private void refreshChunk(NamedParameterJdbcTemplate jdbc, List<Long> ids) {
        jdbc.queryForList("select id from pt_target where id in (:ids) order by id for update", Map.of("ids", ids),
                Long.class);
        Timestamp now = Timestamp.from(ClockUtil.getCurrentTime().toInstant());
        List<Map<String, Object>> updates = new ArrayList<>();
        List<Map<String, Object>> inserts = new ArrayList<>();
        jdbc.query(CURRENT, Map.of("ids", ids, "correction", CORRECTION_TASKS), rs -> {
            DashboardStage stage = DashboardStage.of(TargetStatus.valueOf(rs.getString("status")),
                    state(rs.getString("monitoring")), state(rs.getString("evaluation")), rs.getLong("correcting") > 0);
            boolean known = rs.getObject("known") != null;
            Timestamp since = !known ? rs.getTimestamp("status_since")
                    : stage.name().equals(rs.getString("stage")) ? rs.getTimestamp("stage_since") : now;
            BigDecimal budget = rs.getBigDecimal("total_budget");
            Map<String, Object> row = new java.util.HashMap<>();
            row.put("id", rs.getLong("id"));
            row.put("year", rs.getInt("budget_year"));
            row.put("code", rs.getString("code"));
            row.put("name", rs.getString("name"));
            row.put("unit", rs.getLong("unit_id"));
            row.put("unitName", rs.getString("unit_name"));
            row.put("department", rs.getLong("department_id"));
            row.put("departmentName", rs.getString("department_name"));
            row.put("stage", stage.name());
            row.put("since", since);
            row.put("budget", budget);
            row.put("fundUnit", rs.getString("fund_unit"));
            row.put("light", rs.getString("light"));
            row.put("grade", rs.getString("grade"));
            (known ? updates : inserts).add(row);
        });
        if (!updates.isEmpty()) {
            jdbc.batchUpdate(UPDATE, updates.toArray(Map[]::new));
        }
        if (!inserts.isEmpty()) {
            jdbc.batchUpdate(INSERT, inserts.toArray(Map[]::new));
        }
    }

    private static CycleStepState state(String value) {
        return value == null ? null : CycleStepState.valueOf(value);
    }
}
