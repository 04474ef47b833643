package org.budgetperf.calculation;

import java.math.BigDecimal;
import java.util.Optional;
import org.budgetperf.indicator.Amount;
import org.budgetperf.indicator.Comparator;
import org.budgetperf.indicator.Comparison;
import org.budgetperf.indicator.Direction;
import org.budgetperf.indicator.IndicatorValue;
import org.budgetperf.indicator.IndicatorValueParser;
import org.budgetperf.indicator.Quantity;

/**
 * A target that is a number ({@code ≥5000人}, {@code =0%}, a bare {@code 100%}), its direction, and the actual
 * values that can be measured against it: a number whose unit agrees, once 万/亿 are applied ({@code 60万人次}
 * against {@code ≥50万人次}); a bare number takes the target's unit.
 */
public record NumericTarget(Comparator comparator, Quantity quantity) {

    private static final IndicatorValueParser PARSER = new IndicatorValueParser();

    public static Optional<NumericTarget> of(IndicatorValue value) {
        if (value instanceof Comparison comparison) {
            return Optional.of(new NumericTarget(comparison.comparator(), comparison.quantity()));
        }
        if (value instanceof Amount amount) {
            return Optional.of(new NumericTarget(amount.impliedComparator(), amount.quantity()));
        }
        return Optional.empty();
    }

    public Direction direction() {
        return comparator.direction();
    }

    public BigDecimal number() {
        return quantity.scaledNumber();
    }

    /** The actual as a number comparable with this target; empty for text, a blank or another unit. */
    public Optional<BigDecimal> measure(String actual) {
        return of(PARSER.parse(actual)).map(NumericTarget::quantity).filter(this::sameUnit)
                .map(Quantity::scaledNumber);
    }

    /** This target's number in another value's place ({@code ≥45%} as the half-year value of {@code ≥90%}). */
    Optional<BigDecimal> numberOf(IndicatorValue other) {
        return of(other).map(NumericTarget::quantity).filter(this::sameUnit).map(Quantity::scaledNumber);
    }

    private boolean sameUnit(Quantity other) {
        return quantity.baseUnit().isEmpty() || other.baseUnit().isEmpty()
                || quantity.baseUnit().equals(other.baseUnit());
    }
}
