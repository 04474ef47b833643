package org.budgetperf.indicator;

import java.util.Objects;

/**
 * A short judgement ({@code 规范}, {@code 满意}, {@code 设备运行良好}); {@code term} is the text without white space.
 * Reviewers decide whether it was met.
 */
public record Qualitative(String raw, String term) implements IndicatorValue {

    public Qualitative {
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(term, "term");
    }

    @Override
    public ValueKind kind() {
        return ValueKind.QUALITATIVE;
    }
}
