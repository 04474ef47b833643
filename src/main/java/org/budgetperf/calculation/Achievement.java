package org.budgetperf.calculation;

/** The reviewer's verdict on an indicator that no number decides (qualitative, text, a missed deadline). */
public enum Achievement {
    ACHIEVED("达成"), PARTLY_ACHIEVED("部分达成"), NOT_ACHIEVED("未达成");

    private final String label;

    Achievement(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
