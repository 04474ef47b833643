package org.budgetperf.declaration;

public enum TargetType {
    PROJECT("项目支出"),
    DEPARTMENT("部门整体支出");

    private final String label;

    TargetType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
