package org.budgetperf.cycle;

/** The phases of a table's year after publication, each a short process of its own opened on its date. */
public enum CyclePhase {
    MONITORING("target-monitoring", "半年绩效监控"),
    SELF_EVALUATION("target-self-evaluation", "年度绩效自评");

    private final String processKey;
    private final String label;

    CyclePhase(String processKey, String label) {
        this.processKey = processKey;
        this.label = label;
    }

    public String processKey() {
        return processKey;
    }

    public String label() {
        return label;
    }
}
