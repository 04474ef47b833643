package org.budgetperf.cluster;

import java.util.List;
import java.util.stream.Collectors;
import org.budgetperf.cycle.YearFixtures;
import org.budgetperf.declaration.PerformanceTarget;
import org.budgetperf.declaration.TargetPublished;
import org.budgetperf.declaration.TargetType;
import org.budgetperf.support.TestTargets;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Published tables of one budget year, each waiting for its monitoring to open. One table goes through its approval
 * to publication; the others are set-based SQL copies of it (the table, its fund lines, indicators, duty goals,
 * approved version and dashboard row) whose publication is then announced to the application one by one
 * ({@link TargetPublished}, as publication does), so that their cycle steps and dated jobs come from the
 * application's own {@code PhaseScheduler}.
 */
final class PublishedTables {

    static final String CODE_PREFIX = "DRILL-";
    private static final List<String> CHILDREN = List.of("pt_fund_line", "pt_indicator", "pt_duty_goal",
            "pt_target_version", "pt_dashboard_table");
    private static final int ANNOUNCED_PER_TRANSACTION = 500;

    private PublishedTables() {
    }

    /** Seeds {@code tables} published tables of the budget year on the context's database. */
    static void seed(ConfigurableApplicationContext context, int tables, int budgetYear) {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        PerformanceTarget template = publishedTemplate(context, budgetYear);
        copy(jdbc, template.getId(), tables - 1);
        List<Long> copies = jdbc.queryForList("select id from pt_target where code like ? and id <> ? order by id",
                Long.class, CODE_PREFIX + "%", template.getId());
        TransactionTemplate transaction = context.getBean(TransactionTemplate.class);
        for (int from = 0; from < copies.size(); from += ANNOUNCED_PER_TRANSACTION) {
            List<Long> batch = copies.subList(from, Math.min(copies.size(), from + ANNOUNCED_PER_TRANSACTION));
            transaction.executeWithoutResult(status -> batch.forEach(id -> context.publishEvent(new TargetPublished(id))));
        }
        // what autovacuum does after a bulk load, at once: the job acquisition's plans see 20,000 jobs, not 0
        jdbc.execute("vacuum analyze");
    }

    /**
     * The table published through its approval by the context's engine. The approval's tasks are completed with
     * Camunda BPM Assert, whose engine is per thread: set to this context's for the time, then put back (another
     * context's engine, such as the shared test context's, or none: asking for it picks the only engine there is,
     * which may be this context's, soon closed).
     */
    private static PerformanceTarget publishedTemplate(ConfigurableApplicationContext context, int budgetYear) {
        ProcessEngine engine = context.getBean(ProcessEngine.class);
        ProcessEngine previous = currentAssertionsEngine();
        AbstractAssertions.init(engine);
        try {
            return context.getBean(YearFixtures.class).publish(TestTargets.inYear(TestTargets.request(code(0),
                    TargetType.PROJECT, TestTargets.JS_DEPARTMENT, TestTargets.JS_UNIT), budgetYear));
        } finally {
            if (previous == null || previous == engine) {
                AbstractAssertions.reset();
            } else {
                AbstractAssertions.init(previous);
            }
        }
    }

    private static ProcessEngine currentAssertionsEngine() {
        try {
            return AbstractAssertions.processEngine();
        } catch (IllegalStateException noneOrSeveral) {
            return null;
        }
    }

    static String code(int number) {
        return CODE_PREFIX + String.format("%06d", number);
    }

    private static void copy(JdbcTemplate jdbc, long template, int copies) {
        jdbc.update("insert into pt_target (" + String.join(", ", columns(jdbc, "pt_target")) + ") select "
                + columns(jdbc, "pt_target").stream().map(column -> switch (column) {
                    case "id" -> "nextval('pt_target_seq')";
                    case "code" -> "'" + CODE_PREFIX + "' || lpad(g::text, 6, '0')";
                    case "name" -> "name || g";
                    default -> column;
                }).collect(Collectors.joining(", "))
                + " from pt_target cross join generate_series(1, ?) g where id = ?", copies, template);
        for (String child : CHILDREN) {
            List<String> columns = columns(jdbc, child);
            jdbc.update("insert into " + child + " (" + String.join(", ", columns) + ") select "
                    + columns.stream().map(column -> switch (column) {
                        case "id" -> "nextval('" + child + "_seq')";
                        case "target_id" -> "t.id";
                        default -> "c." + column;
                    }).collect(Collectors.joining(", "))
                    + " from " + child + " c join pt_target t on t.code like ? and t.id <> c.target_id"
                    + " where c.target_id = ?", CODE_PREFIX + "%", template);
        }
    }

    private static List<String> columns(JdbcTemplate jdbc, String table) {
        return jdbc.queryForList("select column_name from information_schema.columns where table_schema ="
                + " current_schema() and table_name = ? order by ordinal_position", String.class, table);
    }
}
