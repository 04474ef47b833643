package org.budgetperf.monitoring;

/** How the unit says a deadline or qualitative indicator stands at mid-year; only people can judge these. */
public enum ProgressStatement {
    ON_SCHEDULE("按计划推进"),
    BEHIND("滞后"),
    CANNOT_COMPLETE("无法完成");

    private final String label;

    ProgressStatement(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** 滞后 and 无法完成 are off track whatever the figures say. */
    public boolean offTrack() {
        return this != ON_SCHEDULE;
    }
}
