package org.budgetperf.dashboard;

import org.budgetperf.cycle.CycleStepState;
import org.budgetperf.declaration.TargetStatus;

/**
 * Where a table stands in its year, in funnel order: its status while it is prepared and reviewed, then the phase of
 * the year that is open. An adjustment in preparation counts as drafting (its next version is being written).
 */
public enum DashboardStage {
    DRAFTING("编制中"),
    DEPARTMENT_REVIEW("主管部门审核"),
    FINANCE_REVIEW("财政部门审核"),
    PUBLISHED("已批复公开"),
    MONITORING("绩效监控中"),
    CORRECTION("纠偏处理中"),
    SELF_EVALUATION("绩效自评中"),
    RESULTS_PUBLISHED("评价结果已公开"),
    REJECTED("不予安排"),
    STOPPED("已终止");

    private final String label;

    DashboardStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static DashboardStage of(TargetStatus status, CycleStepState monitoring, CycleStepState evaluation,
                             boolean correcting) {
        return switch (status) {
            case DRAFT, RETURNED, ADJUSTING -> DRAFTING;
            case DEPARTMENT_REVIEW -> DEPARTMENT_REVIEW;
            case FINANCE_REVIEW -> FINANCE_REVIEW;
            case REJECTED -> REJECTED;
            case STOPPED -> STOPPED;
            case APPROVED, PUBLISHED -> yearPhase(monitoring, evaluation, correcting);
        };
    }

    private static DashboardStage yearPhase(CycleStepState monitoring, CycleStepState evaluation,
                                            boolean correcting) {
        if (evaluation == CycleStepState.DONE) {
            return RESULTS_PUBLISHED;
        }
        if (evaluation == CycleStepState.OPEN) {
            return SELF_EVALUATION;
        }
        if (monitoring == CycleStepState.OPEN) {
            return correcting ? CORRECTION : MONITORING;
        }
        return PUBLISHED;
    }
}
