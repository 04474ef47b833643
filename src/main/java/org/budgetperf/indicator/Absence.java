package org.budgetperf.indicator;

import java.util.Objects;

/**
 * A statement that something must not happen: {@code 无重大安全事故}, {@code 零投诉}, {@code 安全事故为零}. As a target
 * it is "lower is better" with a target of zero ({@code 0起} and {@code 0%} are {@link Amount}s with the same
 * meaning).
 *
 * @param what what must not happen, as written ({@code 重大安全事故}, {@code 投诉})
 */
public record Absence(String raw, String what) implements IndicatorValue {

    public Absence {
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(what, "what");
    }

    /** Lower is better, at most zero. */
    public Comparator comparator() {
        return Comparator.LE;
    }

    @Override
    public ValueKind kind() {
        return ValueKind.ABSENCE;
    }
}
