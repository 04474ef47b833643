package org.budgetperf.calculation;

/** Which rule scores an indicator. */
public enum ScoringMethod {
    HIGHER_IS_BETTER("正向指标"), LOWER_IS_BETTER("反向指标"), EXACT("等于指标"), DEADLINE("时限指标"),
    REVIEWER("定性评定");

    private final String label;

    ScoringMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
