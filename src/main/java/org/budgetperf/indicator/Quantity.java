package org.budgetperf.indicator;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A number and its unit as written ({@code 50}, {@code 万人次}), and the same with the 万/亿 multiplier applied
 * ({@code 500000}, {@code 人次}), which is what comparisons between values use.
 */
public record Quantity(BigDecimal number, String unit, BigDecimal scaledNumber, String baseUnit) {

    private static final BigDecimal WAN = BigDecimal.valueOf(10_000);
    private static final BigDecimal YI = BigDecimal.valueOf(100_000_000);

    public Quantity {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(scaledNumber, "scaledNumber");
        Objects.requireNonNull(baseUnit, "baseUnit");
    }

    /** {@code of(50, "万人次")} is 500000 人次; a unit without a 万/亿 prefix leaves the number as it is. */
    public static Quantity of(BigDecimal number, String unit) {
        if (unit.startsWith("万")) {
            return new Quantity(number, unit, number.multiply(WAN), unit.substring(1));
        }
        if (unit.startsWith("亿")) {
            return new Quantity(number, unit, number.multiply(YI), unit.substring(1));
        }
        return new Quantity(number, unit, number, unit);
    }

    public boolean isRate() {
        return "%".equals(baseUnit);
    }
}
