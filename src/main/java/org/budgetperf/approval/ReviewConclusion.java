package org.budgetperf.approval;

/** Finance's review conclusion (财预〔2021〕88号 style): 中 means revise, 差 means not funded. */
public enum ReviewConclusion {
    EXCELLENT("优"),
    GOOD("良"),
    FAIR("中"),
    POOR("差");

    private final String label;

    ReviewConclusion(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
