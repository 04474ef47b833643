package org.budgetperf.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.budgetperf.support.ApplicationProcess;
import org.budgetperf.support.BasicAuthApi;
import org.budgetperf.support.TestDatabase;
import org.budgetperf.support.TestTargets;

/**
 * Routes tables through the engine's REST API ({@code /engine-rest}) of one application node on PostgreSQL, side by
 * side with a bare process of three user tasks deployed in the same node and driven the same way: per step the
 * open task is found by business key, then completed. Tables routed per second with one client and with
 * {@code bench.clients} clients, the ratio to the bare process, and the node's resident memory at rest and under
 * load. Part of {@code bench/scale.sh}.
 */
final class RoutingBenchmark {

    static final String BARE_KEY = "bare-three-tasks";
    private static final List<String> SERVER_JVM = List.of("-Xms512m", "-Xmx1g", "-XX:+UseG1GC");

    private final int tables;
    private final int warmUp;

    RoutingBenchmark(int tables, int warmUp) {
        this.tables = tables;
        this.warmUp = warmUp;
    }

    /** Tables per second and database rows written per table, ours and the bare process's. */
    record Rates(double tablesPerSecond, double barePerSecond, double rowsPerTable, double bareRowsPerTable) {
        double ratio() {
            return tablesPerSecond / barePerSecond;
        }
    }

    record Result(Rates oneClient, Rates manyClients, int clients, long restingKb, long loadedKb) {
    }

    Result run(Path workDir, String schema, int clients, List<String> nodeArguments) throws Exception {
        TestDatabase.recreateSchema(schema);
        List<String> arguments = new ArrayList<>(List.of("--spring.profiles.active=demo",
                "--budgetperf.demo.allow-outside-embedded=true"));
        TestDatabase.settings(schema).forEach((key, value) -> arguments.add("--" + key + "=" + value));
        arguments.addAll(nodeArguments);
        List<String> jvm = new ArrayList<>(SERVER_JVM);
        String recording = System.getProperty("bench.jfr");
        if (recording != null) {
            jvm.add("-XX:FlightRecorderOptions=stackdepth=1024");
        }
        try (ApplicationProcess node = ApplicationProcess.start(workDir, jvm, arguments)) {
            BasicAuthApi api = new BasicAuthApi(node.baseUrl());
            deployBare(api);
            route(api, schema, clients, warmUp);
            if (recording != null) {
                jcmd(node.pid(), "JFR.start", "settings=profile");
            }
            long resting = ResidentMemory.of(node.pid());
            try (ResidentMemory.Peak peak = ResidentMemory.watch(node.pid())) {
                Rates one = route(api, schema, 1, tables);
                Rates many = route(api, schema, clients, tables);
                if (recording != null) {
                    jcmd(node.pid(), "JFR.dump", "filename=" + recording);
                }
                return new Result(one, many, clients, resting, peak.kilobytes());
            }
        }
    }

    private Rates route(BasicAuthApi api, String schema, int clients, int count) throws Exception {
        List<String> ours = prepared(count, clients, () -> createTable(api));
        List<String> bare = IntStream.range(0, count).mapToObj(i -> "bare-" + TestTargets.uniqueCode()).toList();
        long before = RowsWritten.inSchema(schema);
        double oursPerSecond = timed("ours-" + clients, ours, clients, key -> routeTable(api, key));
        long between = RowsWritten.inSchema(schema);
        double barePerSecond = timed("bare-" + clients, bare, clients, key -> routeBare(api, key));
        long after = RowsWritten.inSchema(schema);
        return new Rates(oursPerSecond, barePerSecond, (between - before) / (double) count,
                (after - between) / (double) count);
    }

    /** A table has no process before it is submitted: the unit submits through /api, which opens it. */
    private static void routeTable(BasicAuthApi api, String table) {
        BasicAuthApi.Answer submitted = api.post("unit-staff", "/api/targets/" + table.substring(table.indexOf('/') + 1)
                + "/submit", Map.of("comment", "请审核"));
        assertThat(submitted.status()).as(submitted.body().toString()).isEqualTo(200);
        String businessKey = table.substring(0, table.indexOf('/'));
        complete(api, "dept-reviewer", businessKey, Map.of("decision", value("APPROVE")));
        complete(api, "finance-reviewer", businessKey,
                Map.of("decision", value("APPROVE"), "reviewConclusion", value("GOOD")));
    }

    /** Started, then its three tasks completed, all through /engine-rest. */
    private static void routeBare(BasicAuthApi api, String businessKey) {
        BasicAuthApi.Answer started = api.post("admin", "/engine-rest/process-definition/key/" + BARE_KEY + "/start",
                Map.of("businessKey", businessKey));
        assertThat(started.status()).as(started.body().toString()).isEqualTo(200);
        complete(api, "unit-staff", businessKey, Map.of());
        complete(api, "dept-reviewer", businessKey, Map.of());
        complete(api, "finance-reviewer", businessKey, Map.of());
    }

    private static void complete(BasicAuthApi api, String user, String businessKey, Map<String, Object> variables) {
        BasicAuthApi.Answer open = api.get(user, "/engine-rest/task?processInstanceBusinessKey=" + businessKey);
        assertThat(open.status()).as(open.body().toString()).isEqualTo(200);
        assertThat(open.body()).as(user + " sees the open task of " + businessKey).hasSize(1);
        String taskId = open.body().get(0).path("id").asText();
        BasicAuthApi.Answer done = api.post(user, "/engine-rest/task/" + taskId + "/complete",
                Map.of("variables", variables));
        assertThat(done.status()).as(done.body().toString()).isEqualTo(204);
    }

    private static Map<String, Object> value(String value) {
        return Map.of("value", value);
    }

    /**
     * "businessKey/id" of a new draft table of the demo unit, of next year's budget: its monitoring opens next July,
     * not (as a past year's would) in the job executor while the benchmark routes.
     */
    private static String createTable(BasicAuthApi api) {
        BasicAuthApi.Answer created = api.post("unit-staff", "/api/targets",
                TestTargets.inYear(TestTargets.project(TestTargets.JS_UNIT), Year.now().getValue() + 1));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        JsonNode body = created.body();
        return body.path("code").asText() + "-" + body.path("budgetYear").asText() + "/" + body.path("id").asText();
    }

    private static void deployBare(BasicAuthApi api) throws IOException {
        try (InputStream model = RoutingBenchmark.class.getResourceAsStream("/bench/" + BARE_KEY + ".bpmn")) {
            BasicAuthApi.Answer deployed = api.upload("admin", "/engine-rest/deployment/create",
                    BARE_KEY + ".bpmn", model.readAllBytes(), Map.of("deployment-name", BARE_KEY));
            assertThat(deployed.status()).as(deployed.body().toString()).isEqualTo(200);
        }
    }

    private static List<String> prepared(int count, int clients, java.util.function.Supplier<String> one)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<String>> keys = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                keys.add(pool.submit(one::get));
            }
            List<String> result = new ArrayList<>();
            for (Future<String> key : keys) {
                result.add(key.get());
            }
            return result;
        } finally {
            pool.shutdown();
        }
    }

    /**
     * Routes every key with this many concurrent clients; returns keys routed per second. Prints the round's wall
     * clock span, by which a flight recording's samples are told apart.
     */
    private static double timed(String round, List<String> keys, int clients, Consumer<String> routing)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            long startedAt = System.currentTimeMillis();
            long start = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (String key : keys) {
                done.add(pool.submit(() -> routing.accept(key)));
            }
            for (Future<?> one : done) {
                one.get();
            }
            double perSecond = keys.size() / ((System.nanoTime() - start) / 1e9);
            System.out.printf("BENCH round %s %d %d %d%n", round, keys.size(), startedAt, System.currentTimeMillis());
            return perSecond;
        } finally {
            pool.shutdown();
        }
    }

    /**
     * Flight recording of the measured rounds only (bench.jfr names the file); written out before the node is
     * killed, which would lose it.
     */
    private static void jcmd(long pid, String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                String.valueOf(pid)));
        line.addAll(List.of(command));
        new ProcessBuilder(line).inheritIO().start().waitFor();
    }

    static Path workDir() throws IOException {
        return Files.createTempDirectory("budgetperf-bench-");
    }
}
