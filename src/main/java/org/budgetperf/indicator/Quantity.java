package org.budgetperf.indicator;

import java.math.BigDecimal;

/**
 * A number with its unit as written ({@code 50}, {@code 万人次}) and the same scaled by a 万/亿 prefix
 * ({@code 500000}, {@code 人次}), which is what comparisons use.
 */
public record Quantity(BigDecimal number, String unit, BigDecimal scaledNumber, String baseUnit) {

    private static final BigDecimal WAN = BigDecimal.valueOf(10_000);
    private static final BigDecimal YI = BigDecimal.valueOf(100_000_000);

    public static Quantity of(BigDecimal number, String unit) {
        if (unit.length() > 1 && unit.startsWith("万")) {
            return new Quantity(number, unit, number.multiply(WAN), unit.substring(1));
        }
        if (unit.length() > 1 && unit.startsWith("亿")) {
            return new Quantity(number, unit, number.multiply(YI), unit.substring(1));
        }
        return new Quantity(number, unit, number, unit);
    }

    public boolean isRate() {
        return "%".equals(unit);
    }
}
