package org.budgetperf.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.budgetperf.support.ApplicationProcess;
import org.budgetperf.support.TestDatabase;

/**
 * Application nodes as separate JVMs on one schema, started side by side, each with its job executor on and an engine
 * host name of its own ({@code drill-node-1} …), which the engine writes into each job's log: so the database tells
 * which node ran which job.
 */
final class Cluster implements AutoCloseable {

    /** In a JVM option, stands for the node's number ({@code -XX:StartFlightRecording=filename=node-{node}.jfr}). */
    static final String NODE = "{node}";

    private final List<ApplicationProcess> nodes;

    private Cluster(List<ApplicationProcess> nodes) {
        this.nodes = nodes;
    }

    static Cluster start(String schema, int size, List<String> jvmOptions, List<String> arguments) {
        Path workDir = workDir();
        List<CompletableFuture<ApplicationProcess>> starting = IntStream.rangeClosed(1, size)
                .mapToObj(number -> CompletableFuture.supplyAsync(() -> ApplicationProcess.start(workDir,
                        jvmOptions.stream().map(option -> option.replace(NODE, String.valueOf(number))).toList(),
                        nodeArguments(schema, number, arguments))))
                .toList();
        List<ApplicationProcess> started = new ArrayList<>();
        RuntimeException failure = null;
        for (CompletableFuture<ApplicationProcess> node : starting) {
            try {
                started.add(node.join());
            } catch (RuntimeException e) {
                failure = e;
            }
        }
        if (failure != null) {
            started.forEach(ApplicationProcess::close);
            throw failure;
        }
        return new Cluster(started);
    }

    static String hostname(int number) {
        return "drill-node-" + number;
    }

    ApplicationProcess node(int number) {
        return nodes.get(number - 1);
    }

    int size() {
        return nodes.size();
    }

    /**
     * What the nodes' logs tell of problems the drain should not have: the number of ERROR lines with the first
     * few, an exhausted heap.
     */
    List<String> troubles() {
        List<String> lines = new ArrayList<>();
        for (int number = 1; number <= nodes.size(); number++) {
            List<String> errors = node(number).errorLines();
            if (!errors.isEmpty()) {
                lines.add(hostname(number) + ": " + errors.size() + " ERROR lines, the first:\n"
                        + String.join("\n", errors.subList(0, Math.min(3, errors.size()))));
            }
            String tail = node(number).logTail();
            if (tail.contains("OutOfMemoryError")) {
                lines.add(hostname(number) + ": OutOfMemoryError\n" + tail);
            }
        }
        return lines;
    }

    /** Stops the nodes still running in order (their flight recordings, if any, are written then). */
    @Override
    public void close() {
        nodes.forEach(node -> {
            try {
                node.stop();
            } finally {
                node.close();
            }
        });
    }

    private static List<String> nodeArguments(String schema, int number, List<String> arguments) {
        List<String> all = new ArrayList<>(List.of("--camunda.bpm.job-execution.enabled=true",
                "--camunda.bpm.generic-properties.properties.hostname=" + hostname(number)));
        TestDatabase.settings(schema).forEach((key, value) -> all.add("--" + key + "=" + value));
        all.addAll(arguments);
        return all;
    }

    private static Path workDir() {
        try {
            return Files.createDirectories(Path.of("target", "cluster")).toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
