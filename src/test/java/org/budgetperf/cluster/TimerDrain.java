package org.budgetperf.cluster;

import java.time.Duration;
import java.util.List;
import org.budgetperf.support.SeparateApplication;
import org.budgetperf.support.TestDatabase;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The July 1 burst: {@code tables} published tables whose monitoring falls due at the same moment, drained by
 * application nodes in separate JVMs. {@link #seed} prepares a fresh schema ({@code <BUDGETPERF_TEST_SCHEMA>_timers})
 * in an application context in this JVM with the demo organizations and users, the job executor off;
 * {@link #startNodes} starts the nodes; {@link #drain} makes every monitoring job due at once, waits (bounded) until
 * all are opened, optionally SIGKILLs the last node half-way, and checks the outcome ({@link MonitoringOpenedChecks}).
 * {@link #run} does all of it for benchmarks.
 */
public final class TimerDrain implements AutoCloseable {

    /** A node's JVM for measurements: the 512 MB heap of the tests, but both JIT compilers (C2 for the long run). */
    public static final List<String> MEASURING_JVM = List.of("-Xmx512m", "-XX:+UseSerialGC");

    /** Far enough ahead that no job of the seed falls due by itself. */
    public static final int BUDGET_YEAR = 2090;

    private static final JobDrain.Kind MONITORING = new JobDrain.Kind("monitoring",
            "handler_type_ = 'budgetperf-open-phase' and handler_cfg_ in (select cast(s.id as varchar) from"
                    + " pt_cycle_step s join pt_target t on t.id = s.target_id where s.phase = 'MONITORING' and"
                    + " t.code like '" + PublishedTables.CODE_PREFIX + "%')",
            "select count(*) opened, extract(epoch from max(s.opened_at) - min(s.opened_at)) seconds from"
                    + " pt_cycle_step s join pt_target t on t.id = s.target_id where s.phase = 'MONITORING' and"
                    + " s.state <> 'SCHEDULED' and t.code like '" + PublishedTables.CODE_PREFIX + "%'");

    private final String schema;
    private final int tables;
    private final double seedSeconds;
    private Cluster cluster;

    private TimerDrain(String schema, int tables, double seedSeconds) {
        this.schema = schema;
        this.tables = tables;
        this.seedSeconds = seedSeconds;
    }

    /**
     * Camunda's own job executor settings (its Spring Boot starter's defaults), to put back those of application.yaml
     * on a node's command line.
     */
    public static final List<String> CAMUNDA_DEFAULTS = List.of(
            "--camunda.bpm.job-execution.lock-time-in-millis=300000",
            "--camunda.bpm.job-execution.max-jobs-per-acquisition=3",
            "--camunda.bpm.job-execution.core-pool-size=3", "--camunda.bpm.job-execution.max-pool-size=10",
            "--camunda.bpm.job-execution.queue-capacity=3", "--camunda.bpm.job-execution.wait-time-in-millis=5000",
            "--camunda.bpm.job-execution.max-wait=60000", "--camunda.bpm.job-execution.backoff-time-in-millis=0");

    /** Seeds, starts the nodes, drains and checks; the nodes run with {@link #MEASURING_JVM}. */
    public static DrainResult run(int tables, int nodes, List<String> nodeArguments, boolean killHalfWay) {
        return run(tables, nodes, MEASURING_JVM, nodeArguments, killHalfWay);
    }

    /** The same with the nodes' JVM options, where {@code {node}} stands for a node's number (file names). */
    public static DrainResult run(int tables, int nodes, List<String> jvmOptions, List<String> nodeArguments,
                                  boolean killHalfWay) {
        try (TimerDrain drain = seed(tables)) {
            drain.startNodes(nodes, jvmOptions, nodeArguments);
            return drain.drain(killHalfWay, Duration.ofMinutes(30));
        }
    }

    public static TimerDrain seed(int tables) {
        String schema = TestDatabase.SCHEMA + "_timers";
        TestDatabase.recreateSchema(schema);
        long start = System.nanoTime();
        try (ConfigurableApplicationContext seeding = SeparateApplication.start("timerdrainseed",
                TestDatabase.settings(schema), "--budgetperf.demo.enabled=true",
                "--budgetperf.demo.allow-outside-embedded=true")) {
            PublishedTables.seed(seeding, tables, BUDGET_YEAR);
        }
        return new TimerDrain(schema, tables, (System.nanoTime() - start) / 1e9);
    }

    public double seedSeconds() {
        return seedSeconds;
    }

    public void startNodes(int nodes, List<String> jvmOptions, List<String> nodeArguments) {
        cluster = Cluster.start(schema, nodes, jvmOptions, nodeArguments);
    }

    /** A running node's address ({@code 1} is the first). */
    public String baseUrl(int node) {
        return cluster.node(node).baseUrl();
    }

    public DrainResult drain(boolean killHalfWay, Duration timeout) {
        JobDrain drain = new JobDrain(schema, MONITORING);
        return drain.run(cluster, tables, killHalfWay, timeout, seedSeconds)
                .withProblems(MonitoringOpenedChecks.problems(drain.jdbc(), tables));
    }

    @Override
    public void close() {
        if (cluster != null) {
            cluster.close();
        }
    }
}
