package org.budgetperf.indicator;

/** A short judgement such as {@code 规范}, {@code 满意}, {@code 设备运行良好}: reviewers decide whether it was met. */
public record Qualitative(String raw, String term) implements IndicatorValue {

    @Override
    public ValueKind kind() {
        return ValueKind.QUALITATIVE;
    }
}
