package org.budgetperf.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Speed and scale on PostgreSQL: routing against a bare process. Run by {@code bench/scale.sh}, not by the suite. */
class ScaleBenchmark {

    private static final int TABLES = Integer.getInteger("bench.tables", 200);
    private static final int WARM_UP = Integer.getInteger("bench.warmup", 100);
    private static final int CLIENTS = Integer.getInteger("bench.clients", 8);

    @Test
    void scale() throws Exception {
        RoutingBenchmark.Result routing = new RoutingBenchmark(TABLES, WARM_UP)
                .run(RoutingBenchmark.workDir(), "budgetperf_bench_routing", CLIENTS, List.of());
        String table = String.join("\n",
                "| measure | ours | bare | ratio |",
                "|---|---|---|---|",
                row("routing, 1 client (tables/s)", routing.oneClient()),
                row("routing, " + routing.clients() + " clients (tables/s)", routing.manyClients()),
                String.format("| %d clients / 1 client | %.2f | %.2f | |", routing.clients(),
                        routing.manyClients().tablesPerSecond() / routing.oneClient().tablesPerSecond(),
                        routing.manyClients().barePerSecond() / routing.oneClient().barePerSecond()),
                String.format("| database rows written per table (1 client) | %.0f | %.0f | |",
                        routing.oneClient().rowsPerTable(), routing.oneClient().bareRowsPerTable()),
                String.format("| resident memory at rest / under load (MB) | %d / %d | | |",
                        routing.restingKb() / 1024, routing.loadedKb() / 1024));
        System.out.println(table);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/scale-benchmark.md"), table + "\n");
    }

    private static String row(String measure, RoutingBenchmark.Rates rates) {
        return String.format("| %s | %.1f | %.1f | %.2f |", measure, rates.tablesPerSecond(), rates.barePerSecond(),
                rates.ratio());
    }
}
