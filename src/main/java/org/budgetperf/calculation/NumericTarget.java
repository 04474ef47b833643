package org.budgetperf.calculation;

import java.math.BigDecimal;
import java.util.Optional;
import org.budgetperf.indicator.Absence;
import org.budgetperf.indicator.Amount;
import org.budgetperf.indicator.BaselineComparison;
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
 *
 * <p>An absence ({@code 无重大安全事故}) is "at most 0". A baseline comparison ({@code 较上年增长5%},
 * {@code 较上年下降}) is a target for the signed change from its baseline ({@code ≥ +5%}, {@code < 0}) and measures
 * only actuals written against a baseline too ({@code 较上年增长6%} is +6%), since a bare actual says nothing of the
 * baseline; no actual of that kind measures an ordinary target either.
 *
 * @param againstBaseline the number is a change from a baseline year
 */
public record NumericTarget(Comparator comparator, Quantity quantity, boolean againstBaseline) {

    private static final IndicatorValueParser PARSER = new IndicatorValueParser();

    public static Optional<NumericTarget> of(IndicatorValue value) {
        if (value instanceof Comparison comparison) {
            return Optional.of(new NumericTarget(comparison.comparator(), comparison.quantity(), false));
        }
        if (value instanceof Amount amount) {
            return Optional.of(new NumericTarget(amount.impliedComparator(), amount.quantity(), false));
        }
        if (value instanceof Absence absence) {
            return Optional.of(new NumericTarget(absence.comparator(), Quantity.of(BigDecimal.ZERO, ""), false));
        }
        if (value instanceof BaselineComparison baseline) {
            return Optional.of(new NumericTarget(baseline.comparator(), baseline.signedChange(), true));
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
        return numberOf(PARSER.parse(actual));
    }

    /** This target's number in another value's place ({@code ≥45%} as the half-year value of {@code ≥90%}). */
    Optional<BigDecimal> numberOf(IndicatorValue other) {
        return of(other).filter(number -> number.againstBaseline == againstBaseline).map(NumericTarget::quantity)
                .filter(this::sameUnit).map(Quantity::scaledNumber);
    }

    private boolean sameUnit(Quantity other) {
        return quantity.baseUnit().isEmpty() || other.baseUnit().isEmpty()
                || quantity.baseUnit().equals(other.baseUnit());
    }
}
