package org.budgetperf.cluster;

import java.sql.Array;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;
import org.budgetperf.support.TestDatabase;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Makes a set of waiting timer jobs due at once on a running cluster and watches the nodes drain them, from the
 * database: jobs made due get the due date 2000-01-01, which the engine copies into each job's log, so that the
 * successful and failed runs per node are those of this drain. Optionally SIGKILLs the last node once half is
 * opened, and then times how long the survivors need to run the jobs the killed node had locked.
 */
final class JobDrain {

    /** What is drained: which waiting jobs (a condition on act_ru_job) and what counts as opened (count, first, last). */
    record Kind(String name, String jobs, String openedCountFirstLast) {
    }

    private static final String MARK = "timestamp '2000-01-01 00:00:00'";
    private static final Duration POLL = Duration.ofMillis(250);
    private static final Duration OWNERS_SETTLE = Duration.ofSeconds(2);

    private final JdbcTemplate jdbc;
    private final Kind kind;

    JobDrain(String schema, Kind kind) {
        this.jdbc = jdbc(schema);
        this.kind = kind;
    }

    static JdbcTemplate jdbc(String schema) {
        return new JdbcTemplate(new DriverManagerDataSource(TestDatabase.ADMIN_URL + "?currentSchema=" + schema,
                TestDatabase.USER, ""));
    }

    JdbcTemplate jdbc() {
        return jdbc;
    }

    DrainResult run(Cluster cluster, int tables, boolean killHalfWay, Duration timeout, double seedSeconds) {
        List<String> problems = new ArrayList<>();
        int due = jdbc.update("update act_ru_job set duedate_ = " + MARK + " where " + kind.jobs());
        if (due != tables) {
            problems.add("made " + due + " jobs due, expected " + tables);
        }
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        Long killedAt = null;
        Map<String, String> lockedAtKill = Map.of();
        Set<String> stranded = null;
        Double takeover = null;
        Double reaction = null;
        long opened;
        while (true) {
            opened = openedCount();
            if (reaction == null && opened > 0) {
                reaction = (System.nanoTime() - start) / 1e9;
            }
            if (killHalfWay && killedAt == null && opened >= tables / 2) {
                lockedAtKill = lockOwners();
                cluster.node(cluster.size()).kill();
                killedAt = System.nanoTime();
            }
            if (killedAt != null && stranded == null && System.nanoTime() - killedAt > OWNERS_SETTLE.toNanos()) {
                stranded = strandedBy(lockedAtKill);
                if (stranded != null) {
                    System.out.printf("DRAIN killed %s at %,d opened; locks at the kill by owner: %s; %d of them"
                                    + " the killed node's%n", Cluster.hostname(cluster.size()), opened,
                            countsByOwner(lockedAtKill), stranded.size());
                }
            }
            if (stranded != null && takeover == null && stillWaiting(stranded) == 0) {
                takeover = (System.nanoTime() - killedAt) / 1e9;
            }
            if (opened >= tables && (!killHalfWay || takeover != null) || nothingLeftToRun()) {
                break;
            }
            if (System.nanoTime() > deadline) {
                problems.add(String.format("timeout: %,d of %,d opened after %s%s", opened, tables, timeout,
                        stranded == null ? "" : ", " + stillWaiting(stranded) + " of the " + stranded.size()
                                + " jobs the killed node had locked still waiting"));
                break;
            }
            LockSupport.parkNanos(POLL.toNanos());
        }
        double wall = (System.nanoTime() - start) / 1e9;
        Map<String, Object> span = jdbc.queryForMap(kind.openedCountFirstLast());
        long counted = ((Number) span.get("opened")).longValue();
        double seconds = span.get("seconds") == null ? 0 : ((Number) span.get("seconds")).doubleValue();
        problems.addAll(cluster.troubles());
        return new DrainResult(kind.name(), tables, cluster.size(), counted, seconds,
                seconds > 0 ? counted / seconds : 0, wall, reaction == null ? wall : reaction, seedSeconds, runsByNode(), takeover, failedRuns(), problems);
    }

    /** Every job made due has run or failed for good (no retries left): waiting longer changes nothing. */
    private boolean nothingLeftToRun() {
        return jdbc.queryForObject("select count(*) from act_ru_job where retries_ > 0 and duedate_ = " + MARK,
                Long.class) == 0;
    }

    private long openedCount() {
        return ((Number) jdbc.queryForMap(kind.openedCountFirstLast()).get("opened")).longValue();
    }

    /** The jobs locked right now and by whom (each node's job executor locks under an owner id of its own). */
    private Map<String, String> lockOwners() {
        Map<String, String> owners = new LinkedHashMap<>();
        jdbc.query("select id_, lock_owner_ from act_ru_job where lock_owner_ is not null and duedate_ = " + MARK,
                row -> {
                    owners.put(row.getString(1), row.getString(2));
                });
        return owners;
    }

    /**
     * The jobs the killed node held: those locked at the kill by an owner that has locked nothing since (the
     * survivors go on acquiring). Null while no survivor has acquired anything since the kill but could; when nothing
     * is left to acquire, whatever of the kill's locks is still there after the settling time.
     */
    private Set<String> strandedBy(Map<String, String> lockedAtKill) {
        Set<String> survivors = new HashSet<>();
        lockOwners().forEach((job, owner) -> {
            if (!lockedAtKill.containsKey(job)) {
                survivors.add(owner);
            }
        });
        if (survivors.isEmpty()) {
            long due = jdbc.queryForObject("select count(*) from act_ru_job where duedate_ = " + MARK, Long.class);
            if (due > stillWaiting(lockedAtKill.keySet())) {
                return null;
            }
            Set<String> left = new HashSet<>(jdbc.queryForList("select id_ from act_ru_job where duedate_ = " + MARK,
                    String.class));
            left.retainAll(lockedAtKill.keySet());
            return left;
        }
        Set<String> stranded = new HashSet<>();
        lockedAtKill.forEach((job, owner) -> {
            if (!survivors.contains(owner)) {
                stranded.add(job);
            }
        });
        return stranded;
    }

    private static Map<String, Long> countsByOwner(Map<String, String> locks) {
        Map<String, Long> counts = new java.util.TreeMap<>();
        locks.values().forEach(owner -> counts.merge(owner, 1L, Long::sum));
        return counts;
    }

    private long stillWaiting(Set<String> jobs) {
        if (jobs.isEmpty()) {
            return 0;
        }
        return jdbc.execute((java.sql.Connection connection) -> {
            Array ids = connection.createArrayOf("varchar", jobs.toArray());
            try (var statement = connection.prepareStatement("select count(*) from act_ru_job where id_ = any(?)")) {
                statement.setArray(1, ids);
                try (var result = statement.executeQuery()) {
                    result.next();
                    return result.getLong(1);
                }
            }
        });
    }

    private Map<String, Long> runsByNode() {
        Map<String, Long> runs = new LinkedHashMap<>();
        jdbc.query("select hostname_, count(*) from act_hi_job_log where job_state_ = 2 and job_duedate_ = " + MARK
                + " group by hostname_ order by hostname_", row -> {
                    runs.put(row.getString(1), row.getLong(2));
                });
        return runs;
    }

    private long failedRuns() {
        return jdbc.queryForObject("select count(*) from act_hi_job_log where job_state_ = 1 and job_duedate_ = "
                + MARK, Long.class);
    }
}
