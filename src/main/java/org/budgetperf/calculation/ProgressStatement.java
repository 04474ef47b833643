package org.budgetperf.calculation;

/** What the unit states at monitoring for a deadline or qualitative indicator, which no number measures. */
public enum ProgressStatement {
    ON_PLAN("按计划推进"), BEHIND("滞后"), CANNOT_COMPLETE("无法完成");

    private final String label;

    ProgressStatement(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
