package org.budgetperf.dashboard;

import java.util.List;
import java.util.Map;
import org.budgetperf.organization.Organization;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * pt_step_median: the median duration of each (year, organization, step), so that the whole year's throughput is
 * read from a few rows instead of every finished step. When a step completes, its group's median is recomputed from
 * the index on pt_step_duration right after the completion commits, in a short transaction of its own: inside the
 * completion's, the group's lock was held through the whole rest of it, and every concurrent completion of the
 * group's step (all of a department's reviews) waited for it. The group's row is locked first (the first completion
 * of a group locks its organization instead, as there is no row yet), so that concurrent recomputations run one after
 * the other and the later one, in a statement begun after the earlier committed, counts both. A recomputation that
 * fails leaves the median as it was until the group's next completion, and the completion stands.
 */
@Component
class StepMedians {

    private static final Logger LOG = LoggerFactory.getLogger(StepMedians.class);

    private static final String GROUP = "budget_year = :year and candidate_group = :group and task_key = :key";

    private static final String OF_GROUP = " where d.budget_year = :year and d.candidate_group = :group"
            + " and d.task_key = :key";

    private static final String RECOMPUTE = "update pt_step_median set"
            + " completed = (select count(*) from pt_step_duration d" + OF_GROUP + "),"
            + " median_seconds = (select percentile_cont(0.5) within group (order by d.duration_seconds)"
            + " from pt_step_duration d" + OF_GROUP + ") where " + GROUP;

    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;

    StepMedians(NamedParameterJdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** After a step's duration was written to pt_step_duration, in that transaction: recomputes once it commits. */
    void completed(int year, String group, String taskKey) {
        if (group == null) {
            return;
        }
        Map<String, Object> key = Map.of("year", year, "group", group, "key", taskKey);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                try {
                    ownTransaction.executeWithoutResult(status -> recompute(key));
                } catch (RuntimeException e) {
                    LOG.warn("步骤用时中位数未能更新（{}），下次该步骤办结时再更新", key, e);
                }
            }
        });
    }

    private void recompute(Map<String, Object> key) {
        if (jdbc.queryForList("select completed from pt_step_median where " + GROUP + " for update", key).isEmpty()) {
            String group = (String) key.get("group");
            String code = group.startsWith(Organization.GROUP_PREFIX)
                    ? group.substring(Organization.GROUP_PREFIX.length()) : group;
            jdbc.queryForList("select id from pt_organization where code = :code for update", Map.of("code", code));
            if (jdbc.queryForList("select completed from pt_step_median where " + GROUP, key).isEmpty()) {
                jdbc.update("insert into pt_step_median (budget_year, candidate_group, task_key, completed,"
                        + " median_seconds) values (:year, :group, :key, 0, 0)", key);
            }
        }
        jdbc.update(RECOMPUTE, key);
    }

    /** Every (organization, step) median of the year, in order. */
    List<Map<String, Object>> ofYear(int year) {
        return jdbc.queryForList("select candidate_group, task_key, completed, median_seconds from pt_step_median"
                + " where budget_year = :year order by candidate_group, task_key", Map.of("year", year));
    }

    /** For steps finished before pt_step_median existed (see {@link DashboardBackfill}), while it is empty. */
    void backfill() {
        if (jdbc.queryForObject("select count(*) from pt_step_median", Map.of(), Long.class) == 0) {
            jdbc.update("""
                    insert into pt_step_median (budget_year, candidate_group, task_key, completed, median_seconds)
                    select budget_year, candidate_group, task_key, count(*),
                           percentile_cont(0.5) within group (order by duration_seconds)
                    from pt_step_duration where candidate_group is not null
                    group by budget_year, candidate_group, task_key
                    """, Map.of());
        }
    }
}
