package org.budgetperf.calculation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.budgetperf.indicator.Deadline;
import org.budgetperf.indicator.Direction;
import org.budgetperf.indicator.IndicatorValue;
import org.budgetperf.indicator.Qualitative;

/**
 * Monitoring progress of one indicator (DESIGN.md section 5):
 * <ul>
 *   <li>"higher is better" and "exactly": {@code actual / expected}, where expected is the table's own half-year
 *       value when it has a numeric one (seed 000), else {@code annual target x months elapsed / 12}; a rate (%)
 *       is not pro-rated (a satisfaction of 90% is not expected to be 45% in June) but compared with its annual
 *       target; an expected value of zero is met (100%) by any actual at or above it;
 *   <li>"lower is better" ({@code ≤ <}) and "exactly zero" ({@code =0%}): within or over the limit (the half-year
 *       value where there is one, else the annual target), never pro-rated;
 *   <li>deadline and qualitative: the unit's statement; text and several values in one cell: the reviewer.
 * </ul>
 */
public final class IndicatorProgress {

    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    private IndicatorProgress() {
    }

    /**
     * @param fullYear      the annual target value
     * @param halfYear      the table's half-year value, or {@code null}
     * @param actual        the actual value to date as the unit wrote it
     * @param monthsElapsed months of the budget year covered by the report, 1-12
     */
    public static Progress of(IndicatorValue fullYear, IndicatorValue halfYear, String actual, int monthsElapsed) {
        if (monthsElapsed < 1 || monthsElapsed > 12) {
            throw new IllegalArgumentException("监控期应为1至12个月：" + monthsElapsed);
        }
        if (fullYear instanceof Deadline || fullYear instanceof Qualitative) {
            return new Progress.ByStatement();
        }
        Optional<NumericTarget> target = NumericTarget.of(fullYear);
        if (target.isEmpty()) {
            return new Progress.ByReviewer();
        }
        if (actual == null || actual.isBlank()) {
            return new Progress.NotReported();
        }
        return target.get().measure(actual)
                .map(done -> numeric(target.get(), halfYear, done, monthsElapsed))
                .orElseGet(Progress.ByReviewer::new);
    }

    private static Progress numeric(NumericTarget target, IndicatorValue halfYear, BigDecimal done, int months) {
        Optional<BigDecimal> ownHalfYear = halfYear == null ? Optional.empty() : target.numberOf(halfYear);
        boolean zeroExact = target.direction() == Direction.EXACT && target.number().signum() == 0;
        if (target.direction() == Direction.LOWER_IS_BETTER || zeroExact) {
            return new Progress.WithinLimit(done.compareTo(ownHalfYear.orElse(target.number())) <= 0);
        }
        BigDecimal expected = ownHalfYear.orElseGet(() -> target.quantity().isRate() || target.againstBaseline()
                ? target.number()
                : target.number().multiply(BigDecimal.valueOf(months)).divide(TWELVE, 10, RoundingMode.HALF_UP));
        if (expected.signum() <= 0) {
            return new Progress.Percent(Rounding.points(BigDecimal.valueOf(done.compareTo(expected) >= 0 ? 100 : 0)));
        }
        return new Progress.Percent(Rounding.percent(done, expected));
    }
}
