package org.budgetperf.approval;

public enum ReturnTo {
    UNIT("实施单位"),
    DEPARTMENT("主管部门");

    private final String label;

    ReturnTo(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
