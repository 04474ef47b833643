package org.budgetperf.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.budgetperf.cluster.BareTimerDrain;
import org.budgetperf.cluster.DrainResult;
import org.budgetperf.cluster.TimerDrain;
import org.junit.jupiter.api.Test;

/**
 * The July 1 burst measured: {@code bench.tables} monitoring phases (or bare timers) fall due at once and are drained
 * by application nodes, under the job executor settings of each run; prints a markdown table and writes it to
 * target/timer-drain-benchmark.md. Runs ({@code bench.runs}, comma-separated, in this order):
 * {@code bare} the bare engine's timers on one node with Camunda's default job executor; {@code defaults} our
 * monitoring on one node with Camunda's defaults; {@code ours} with application.yaml's settings; {@code ours-2}
 * on two nodes; and each variant of {@code bench.variants} ({@code name=--arg --arg;name=…}) on one node.
 * {@code bench.jfr=true} records each node with Java Flight Recorder into target/cluster/. Run by
 * {@code bench/timers.sh}, not by the suite.
 */
class TimerDrainBenchmark {

    private static final int TABLES = Integer.getInteger("bench.tables", 20_000);
    private static final List<String> RUNS = Arrays.stream(System.getProperty("bench.runs",
            "bare,defaults,ours,ours-2").split(",")).map(String::strip).filter(run -> !run.isEmpty()).toList();
    private static final String VARIANTS = System.getProperty("bench.variants", "");

    @Test
    void drains() throws IOException {
        List<String> jvm = new ArrayList<>(TimerDrain.MEASURING_JVM);
        if (Boolean.getBoolean("bench.jfr")) {
            jvm.add("-XX:StartFlightRecording=filename=node-{node}.jfr,settings=profile");
        }
        Map<String, List<String>> variants = new LinkedHashMap<>();
        for (String variant : VARIANTS.split(";")) {
            if (!variant.isBlank()) {
                String[] nameAndArguments = variant.split("=", 2);
                variants.put(nameAndArguments[0].strip(), Arrays.asList(nameAndArguments[1].strip().split("\\s+")));
            }
        }
        String header = String.format("BENCH timer drain, %s, %,d tables, load average at the start %s%n%n%s%n",
                Instant.now(), TABLES, loadAverage(), DrainResult.MARKDOWN_HEADER);
        Path file = Path.of("target", "timer-drain-benchmark.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, header);
        for (String run : RUNS) {
            DrainResult result = switch (run) {
                case "bare" -> BareTimerDrain.run(TABLES, 1, jvm, TimerDrain.CAMUNDA_DEFAULTS);
                case "defaults" -> TimerDrain.run(TABLES, 1, jvm, TimerDrain.CAMUNDA_DEFAULTS, false);
                case "ours" -> TimerDrain.run(TABLES, 1, jvm, List.of(), false);
                case "ours-2" -> TimerDrain.run(TABLES, 2, jvm, List.of(), false);
                default -> throw new IllegalArgumentException("no such run: " + run);
            };
            append(file, row(run, result));
        }
        for (Map.Entry<String, List<String>> variant : variants.entrySet()) {
            append(file, row(variant.getKey() + " `" + String.join(" ", variant.getValue()) + "`",
                    TimerDrain.run(TABLES, 1, jvm, variant.getValue(), false)));
        }
        System.out.println(Files.readString(file));
    }

    /** Each run's row as soon as it is measured: a long benchmark cut short keeps what it measured. */
    private static void append(Path file, String row) throws IOException {
        Files.writeString(file, row + "\n", StandardOpenOption.APPEND);
    }

    private static String row(String run, DrainResult result) {
        System.out.println("BENCH " + run + "\n" + result);
        String row = result.markdownRow().replaceFirst("\\| [^|]+ \\|", "| " + run + " (load average after: "
                + loadAverage().split(" ")[0] + ") |");
        return result.sound() ? row : row + " **problems: " + String.join("; ", result.problems()) + "**";
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
