package org.budgetperf.indicator;

/** The comparison a target asks for: {@code ≥ > ≤ < =}. */
public enum Comparator {
    GE("≥", Direction.HIGHER_IS_BETTER),
    GT(">", Direction.HIGHER_IS_BETTER),
    LE("≤", Direction.LOWER_IS_BETTER),
    LT("<", Direction.LOWER_IS_BETTER),
    EQ("=", Direction.EXACT);

    private final String symbol;
    private final Direction direction;

    Comparator(String symbol, Direction direction) {
        this.symbol = symbol;
        this.direction = direction;
    }

    public String symbol() {
        return symbol;
    }

    public Direction direction() {
        return direction;
    }
}
