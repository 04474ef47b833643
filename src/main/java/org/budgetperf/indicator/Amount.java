package org.budgetperf.indicator;

import java.util.Objects;

/**
 * A quantity without a comparator: {@code 100%}, {@code 3000平方米}, {@code 1}, {@code 受理率100%}, {@code 0起}.
 *
 * @param note a qualifier or a scope written after the unit ({@code 100%完成}: {@code 完成};
 *             {@code 100%覆盖(12个社区)}: {@code 覆盖(12个社区)}; {@code 100%(全市各区)}: {@code (全市各区)}), else
 *             {@code null}
 */
public record Amount(String raw, String subject, Quantity quantity, String note) implements IndicatorValue {

    public Amount {
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(quantity, "quantity");
    }

    /** An amount with nothing after its unit. */
    public Amount(String raw, String subject, Quantity quantity) {
        this(raw, subject, quantity, null);
    }

    /**
     * As a target, a bare rate means "at least" and a bare count "exactly" (DESIGN.md section 4); a bare zero
     * ({@code 0起}, {@code 0%}) means none at all, so "at most" zero.
     */
    public Comparator impliedComparator() {
        if (quantity.number().signum() == 0) {
            return Comparator.LE;
        }
        return quantity.isRate() ? Comparator.GE : Comparator.EQ;
    }

    @Override
    public ValueKind kind() {
        return ValueKind.AMOUNT;
    }
}
