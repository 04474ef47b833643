package org.budgetperf.dashboard;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** The JSON shapes of the dashboard's answers. */
final class DashboardViews {

    private DashboardViews() {
    }

    record Summary(int year, DashboardScope.OrganizationRef scope, List<StageCount> stages, long total,
                   Overdue overdue, List<Throughput> throughput, List<LightCount> lights,
                   List<GradeCount> grades) {
    }

    record StageCount(DashboardStage stage, String label, long count) {
    }

    record Overdue(long count, List<OverdueTask> items) {
    }

    /** A task past its due date: which table, which step, who holds it, since when, and what was raised about it. */
    record OverdueTask(Long targetId, String code, String name, String unitName, String step, String stepLabel,
                       String holder, String holderName, String candidateOrganization, Instant since, Instant due,
                       long overdueDays, long reminders, long escalations) {
    }

    /** The median days one organization took for one step, over the steps it completed. */
    record Throughput(String organizationCode, String organizationName, String step, String stepLabel,
                      BigDecimal medianDays, long completed) {
    }

    /** How many tables show a monitoring light. */
    record LightCount(String light, String label, long count) {
    }

    /** How many tables have a self-evaluation grade. */
    record GradeCount(String grade, String label, long count) {
    }

    /** A table in the dashboard's list; {@code waitingAt} and {@code holderName}: its earliest open step. */
    record TableRow(Long id, String code, String name, String unitName, String departmentName, DashboardStage stage,
                    String stageLabel, String waitingAt, String holderName, Instant since, BigDecimal totalBudget,
                    String fundUnit, String light, String lightLabel, String grade, String gradeLabel) {
    }
}
