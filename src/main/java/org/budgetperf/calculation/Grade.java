package org.budgetperf.calculation;

/** The grade of a self-evaluation's total score: 优 ≥90, 良 80-89.99, 中 60-79.99, 差 below 60. */
public enum Grade {
    EXCELLENT("优"), GOOD("良"), FAIR("中"), POOR("差");

    private final String label;

    Grade(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
