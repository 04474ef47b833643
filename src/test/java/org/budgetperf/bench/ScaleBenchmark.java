package org.budgetperf.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.budgetperf.cluster.BareTimerDrain;
import org.budgetperf.cluster.DrainResult;
import org.budgetperf.cluster.TimerDrain;
import org.junit.jupiter.api.Test;

/**
 * Speed and scale on PostgreSQL, each against the bare engine in the same run: routing through /engine-rest (see
 * {@link RoutingBenchmark}) and the July 1 timer drain on one node and on two (see {@link TimerDrain}); the bare
 * timers drained with Camunda's default job executor, ours with application.yaml's. Prints one table and writes it to
 * target/scale-benchmark-run.md. Run by {@code bench/scale.sh} (which adds the import), not by the suite.
 */
class ScaleBenchmark {

    private static final int TABLES = Integer.getInteger("bench.tables", 200);
    private static final int WARM_UP = Integer.getInteger("bench.warmup", 100);
    private static final int CLIENTS = Integer.getInteger("bench.clients", 8);
    private static final int DRAIN_TABLES = Integer.getInteger("bench.drain.tables", 20_000);

    @Test
    void scale() throws Exception {
        List<String> table = new ArrayList<>(List.of("| measure | ours | bare | ratio |", "|---|---|---|---|"));
        RoutingBenchmark.Result routing = new RoutingBenchmark(TABLES, WARM_UP)
                .run(RoutingBenchmark.workDir(), "budgetperf_bench_routing", CLIENTS, List.of());
        table.add(row("routing, 1 client (tables/s)", routing.oneClient().tablesPerSecond(),
                routing.oneClient().barePerSecond()));
        table.add(row("routing, " + routing.clients() + " clients (tables/s)",
                routing.manyClients().tablesPerSecond(), routing.manyClients().barePerSecond()));
        table.add(row(routing.clients() + " clients / 1 client",
                routing.manyClients().tablesPerSecond() / routing.oneClient().tablesPerSecond(),
                routing.manyClients().barePerSecond() / routing.oneClient().barePerSecond()));
        table.add(row("database rows written per table (1 client)", routing.oneClient().rowsPerTable(),
                routing.oneClient().bareRowsPerTable()));
        table.add(String.format("| resident memory of the node at rest / under load (MB) | %d / %d | | |",
                routing.restingKb() / 1024, routing.loadedKb() / 1024));
        print(table);
        if (DRAIN_TABLES > 0) {
            DrainResult bare = BareTimerDrain.run(DRAIN_TABLES, 1, TimerDrain.MEASURING_JVM,
                    TimerDrain.CAMUNDA_DEFAULTS);
            DrainResult one = TimerDrain.run(DRAIN_TABLES, 1, List.of(), false);
            DrainResult two = TimerDrain.run(DRAIN_TABLES, 2, List.of(), false);
            table.add(drainRow("timer drain, 1 node (monitoring tasks opened/s)", one, bare));
            table.add(drainRow("timer drain, 2 nodes (monitoring tasks opened/s)", two, bare));
            print(table);
        }
    }

    private static String row(String measure, double ours, double bare) {
        return String.format("| %s | %.1f | %.1f | %.2f |", measure, ours, bare, ours / bare);
    }

    /** The bare timers are drained by one node with Camunda's default job executor; a drain with problems says so. */
    private static String drainRow(String measure, DrainResult ours, DrainResult bare) {
        String row = String.format("| %s, %,d tables | %.1f | %.1f (1 node, Camunda's defaults) | %.2f |", measure,
                ours.tables(), ours.perSecond(), bare.perSecond(), ours.perSecond() / bare.perSecond());
        return ours.sound() && bare.sound() ? row
                : row + " problems: " + String.join("; ", ours.problems()) + " " + String.join("; ", bare.problems());
    }

    private static void print(List<String> table) throws Exception {
        String text = String.join("\n", table);
        System.out.println(text);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/scale-benchmark-run.md"), text + "\n");
    }
}
