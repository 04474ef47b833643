package org.budgetperf.dashboard;

import java.util.List;
import java.util.Map;
import org.budgetperf.common.TableProcesses;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On start, fills the dashboard's tables for what existed before them (a database from before changelog 015): a row
 * for each table without one, the medians of steps finished before changelog 016, and, while pt_open_task is still empty, the open tasks of the tables' processes. Their
 * listeners keep them from then on. The dashboard benchmark fills the rows of the tables it inserts the same way.
 */
@Component
public class DashboardBackfill implements ApplicationRunner {

    private static final int TASKS_PER_PAGE = 500;

    private final NamedParameterJdbcTemplate jdbc;
    private final TaskService tasks;
    private final OpenTaskRecorder recorder;
    private final DashboardRows rows;
    private final TransactionTemplate transaction;
    private final StepMedians medians;

    DashboardBackfill(NamedParameterJdbcTemplate jdbc, TaskService tasks, OpenTaskRecorder recorder,
                      DashboardRows rows, TransactionTemplate transaction, StepMedians medians) {
        this.medians = medians;
        this.jdbc = jdbc;
        this.tasks = tasks;
        this.recorder = recorder;
        this.rows = rows;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        transaction.executeWithoutResult(status -> {
            if (jdbc.queryForObject("select count(*) from pt_open_task", Map.of(), Long.class) == 0) {
                for (int first = 0; ; first += TASKS_PER_PAGE) {
                    List<Task> page = tasks.createTaskQuery()
                            .processDefinitionKeyIn(TableProcesses.KEYS.toArray(String[]::new))
                            .orderByTaskId().asc().listPage(first, TASKS_PER_PAGE);
                    page.forEach(recorder::backfill);
                    if (page.size() < TASKS_PER_PAGE) {
                        break;
                    }
                }
            }
            medians.backfill();
            List<Long> missing = jdbc.queryForList("select t.id from pt_target t where not exists"
                    + " (select 1 from pt_dashboard_table d where d.target_id = t.id)", Map.of(), Long.class);
            if (!missing.isEmpty()) {
                jdbc.getJdbcTemplate().execute((java.sql.Connection connection) -> {
                    rows.refresh(connection, missing);
                    return null;
                });
            }
        });
    }
}
