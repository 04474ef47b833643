package org.budgetperf.calculation;

import java.math.BigDecimal;

/**
 * The scores a reviewer may give for one {@link Achievement}, in percent of the indicator's marks, both ends
 * included (达成 80-100%, 部分达成 60-80%, 未达成 0-60%: 80% of the marks fits 达成 and 部分达成 alike).
 */
public record Band(BigDecimal lowestPercent, BigDecimal highestPercent) {

    public BigDecimal lowest(BigDecimal marks) {
        return Rounding.points(Rounding.share(lowestPercent, marks));
    }

    public BigDecimal highest(BigDecimal marks) {
        return Rounding.points(Rounding.share(highestPercent, marks));
    }

    public boolean contains(BigDecimal score, BigDecimal marks) {
        return score.compareTo(lowest(marks)) >= 0 && score.compareTo(highest(marks)) <= 0;
    }
}
