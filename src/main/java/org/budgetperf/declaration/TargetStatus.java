package org.budgetperf.declaration;

public enum TargetStatus {
    DRAFT("编制中"),
    RETURNED("退回修改"),
    DEPARTMENT_REVIEW("主管部门审核中"),
    FINANCE_REVIEW("财政部门审核中"),
    APPROVED("已批复"),
    PUBLISHED("已公开"),
    REJECTED("不予安排");

    private final String label;

    TargetStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Only a table in preparation may be edited; anything under review or approved is frozen. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
