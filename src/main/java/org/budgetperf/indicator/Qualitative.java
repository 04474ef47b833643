package org.budgetperf.indicator;

import java.util.Objects;

/**
 * A short judgement ({@code 规范}, {@code 满意}, {@code 设备运行良好}, {@code 及时(6月底前)}); {@code term} is the
 * grade without white space. Reviewers decide whether it was met.
 *
 * @param note what a bracket after the grade says ({@code 6月底前}, {@code 符合财务制度}), else {@code null}
 */
public record Qualitative(String raw, String term, String note) implements IndicatorValue {

    public Qualitative {
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(term, "term");
    }

    /** A grade without a note. */
    public Qualitative(String raw, String term) {
        this(raw, term, null);
    }

    @Override
    public ValueKind kind() {
        return ValueKind.QUALITATIVE;
    }
}
