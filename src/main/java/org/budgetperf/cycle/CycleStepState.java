package org.budgetperf.cycle;

public enum CycleStepState {
    SCHEDULED("待开启"),
    OPEN("进行中"),
    DONE("已完成"),
    CANCELLED("已取消");

    private final String label;

    CycleStepState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
