package org.budgetperf.cluster;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What one drain measured, from the database's own timestamps: {@code opened} phases (or tasks) in {@code seconds}
 * between the first and the last, so {@code perSecond}; {@code wallSeconds} from the moment the jobs became due to
 * the last one, which adds the nodes' reaction (an idle job acquisition sleeps before it looks again) and, after a
 * kill, the wait for the killed node's locks; {@code reactionSeconds} from due to the first one opened (seen by
 * polling); the successful job runs per node (by the engine host name in the job
 * log); {@code takeoverSeconds}, after a SIGKILL, from the kill until the last job the killed node had locked was done
 * by another node (null without a kill); failed job runs (each one retried, say optimistic locking between nodes);
 * and every problem the checks found (empty when the drain was sound).
 */
public record DrainResult(String name, int tables, int nodes, long opened, double seconds, double perSecond,
                          double wallSeconds, double reactionSeconds, double seedSeconds, Map<String, Long> openedByNode,
                          Double takeoverSeconds, long failedRuns, List<String> problems) {

    public static final String MARKDOWN_HEADER = "| run | nodes | tables | seconds (first → last) | per second | "
            + "due → first, → last (s) | per node | take-over after kill (s) | failed runs | seed (s) |\n"
            + "|---|---|---|---|---|---|---|---|---|---|";

    /** The same measurement with further problems found by checks of the outcome. */
    DrainResult withProblems(List<String> more) {
        List<String> all = new java.util.ArrayList<>(problems);
        all.addAll(more);
        return new DrainResult(name, tables, nodes, opened, seconds, perSecond, wallSeconds, reactionSeconds, seedSeconds, openedByNode,
                takeoverSeconds, failedRuns, List.copyOf(all));
    }

    public boolean sound() {
        return problems.isEmpty();
    }

    /** Fails with every problem found, for tests. */
    public DrainResult assertSound() {
        if (!sound()) {
            throw new AssertionError(name + ": " + problems.size() + " problem(s)\n" + String.join("\n", problems));
        }
        return this;
    }

    public String markdownRow() {
        return String.format("| %s | %d | %,d | %.1f | %.1f | %.1f, %.1f | %s | %s | %d | %.0f |", name, nodes, tables,
                seconds, perSecond, reactionSeconds, wallSeconds,
                openedByNode.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                        .collect(Collectors.joining(", ")),
                takeoverSeconds == null ? "–" : String.format("%.1f", takeoverSeconds), failedRuns, seedSeconds);
    }

    @Override
    public String toString() {
        return MARKDOWN_HEADER + "\n" + markdownRow() + (sound() ? "" : "\nproblems:\n" + String.join("\n", problems));
    }
}
