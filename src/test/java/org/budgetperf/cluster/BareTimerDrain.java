package org.budgetperf.cluster;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.budgetperf.cycle.CycleCalendar;
import org.budgetperf.support.SeparateApplication;
import org.budgetperf.support.TestDatabase;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The bare engine under the same burst, for comparison: {@code instances} of {@code bench/bare-timer.bpmn} (start,
 * a timer on a date from a variable, a user task, end), deployed and started in an application context in this JVM
 * on a fresh schema ({@code <BUDGETPERF_TEST_SCHEMA>_bare}), their timers on July 1 of {@link TimerDrain#BUDGET_YEAR};
 * then drained exactly as {@link TimerDrain} drains the monitoring, by nodes of the application.
 */
public final class BareTimerDrain {

    public static final String PROCESS = "bench-bare-timer";
    private static final int STARTED_PER_TRANSACTION = 500;
    private static final JobDrain.Kind BARE = new JobDrain.Kind("bare engine", "process_def_key_ = '" + PROCESS + "'",
            "select count(*) opened, extract(epoch from max(start_time_) - min(start_time_)) seconds"
                    + " from act_hi_taskinst where proc_def_key_ = '" + PROCESS + "'");

    private BareTimerDrain() {
    }

    public static DrainResult run(int instances, int nodes, List<String> nodeArguments) {
        return run(instances, nodes, TimerDrain.MEASURING_JVM, nodeArguments);
    }

    public static DrainResult run(int instances, int nodes, List<String> jvmOptions, List<String> nodeArguments) {
        String schema = TestDatabase.SCHEMA + "_bare";
        TestDatabase.recreateSchema(schema);
        long start = System.nanoTime();
        try (ConfigurableApplicationContext seeding = SeparateApplication.start("baredrainseed",
                TestDatabase.settings(schema))) {
            seed(seeding, instances);
        }
        double seedSeconds = (System.nanoTime() - start) / 1e9;
        JobDrain drain = new JobDrain(schema, BARE);
        try (Cluster cluster = Cluster.start(schema, nodes, jvmOptions, nodeArguments)) {
            DrainResult measured = drain.run(cluster, instances, false, Duration.ofMinutes(30), seedSeconds);
            List<String> problems = new ArrayList<>();
            MonitoringOpenedChecks.expect(problems, drain.jdbc(), "open bare tasks",
                    "select count(*) from act_ru_task where task_def_key_ = 'bareTask'", instances);
            MonitoringOpenedChecks.expect(problems, drain.jdbc(), "incidents", "select count(*) from act_ru_incident",
                    0);
            return measured.withProblems(problems);
        }
    }

    private static void seed(ConfigurableApplicationContext context, int instances) {
        context.getBean(RepositoryService.class).createDeployment().name(PROCESS)
                .addClasspathResource("bench/bare-timer.bpmn").deploy();
        RuntimeService runtime = context.getBean(RuntimeService.class);
        TransactionTemplate transaction = context.getBean(TransactionTemplate.class);
        Date due = Date.from(LocalDate.of(TimerDrain.BUDGET_YEAR, 7, 1).atStartOfDay(CycleCalendar.ZONE).toInstant());
        for (int from = 0; from < instances; from += STARTED_PER_TRANSACTION) {
            int count = Math.min(STARTED_PER_TRANSACTION, instances - from);
            transaction.executeWithoutResult(status -> {
                for (int i = 0; i < count; i++) {
                    runtime.startProcessInstanceByKey(PROCESS, java.util.Map.of("dueAt", due));
                }
            });
        }
        context.getBean(JdbcTemplate.class).execute("vacuum analyze");
    }
}
