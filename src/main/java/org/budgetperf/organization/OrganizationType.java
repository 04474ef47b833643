package org.budgetperf.organization;

public enum OrganizationType {
    FINANCE("财政部门"),
    DEPARTMENT("主管部门"),
    UNIT("实施单位");

    private final String label;

    OrganizationType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
