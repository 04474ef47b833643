package org.budgetperf.declaration;

import java.util.EnumSet;
import java.util.Set;

public enum TargetStatus {
    DRAFT("编制中"),
    RETURNED("退回修改"),
    ADJUSTING("调整中"),
    DEPARTMENT_REVIEW("主管部门审核中"),
    FINANCE_REVIEW("财政部门审核中"),
    APPROVED("已批复"),
    PUBLISHED("已公开"),
    REJECTED("不予安排"),
    STOPPED("已终止");

    private final String label;

    TargetStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Only a table in preparation may be edited; anything under review or approved is frozen. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED || this == ADJUSTING;
    }

    /** A published table's year goes on (also while an adjustment is drafted): monitoring and self-evaluation open. */
    public boolean yearGoesOn() {
        return this == PUBLISHED || this == ADJUSTING;
    }

    /**
     * The moves the approval process makes: submission (to either review), return, withdrawal (back to draft),
     * finance's return to the department, approval, publication and rejection; a published project stopped by
     * finance after a serious deviation. A draft re-entering preparation (its process opened) stays a draft. A
     * published table may open an adjustment, the draft of its next version, which goes the same way; finance
     * refusing it puts the table back to published, on the version in force ({@link TargetLifecycle#reject} decides
     * between that and not funded).
     */
    public boolean canMoveTo(TargetStatus next) {
        return next(this).contains(next);
    }

    private static Set<TargetStatus> next(TargetStatus from) {
        return switch (from) {
            case DRAFT -> EnumSet.of(DRAFT, DEPARTMENT_REVIEW, FINANCE_REVIEW);
            case RETURNED -> EnumSet.of(DEPARTMENT_REVIEW, FINANCE_REVIEW);
            case ADJUSTING -> EnumSet.of(ADJUSTING, DEPARTMENT_REVIEW, FINANCE_REVIEW);
            case DEPARTMENT_REVIEW -> EnumSet.of(FINANCE_REVIEW, RETURNED, DRAFT, ADJUSTING);
            case FINANCE_REVIEW -> EnumSet.of(APPROVED, RETURNED, DEPARTMENT_REVIEW, REJECTED, DRAFT, ADJUSTING,
                    PUBLISHED);
            case APPROVED -> EnumSet.of(PUBLISHED);
            case PUBLISHED -> EnumSet.of(ADJUSTING, STOPPED);
            case REJECTED, STOPPED -> EnumSet.noneOf(TargetStatus.class);
        };
    }
}
