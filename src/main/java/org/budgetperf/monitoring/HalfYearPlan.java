package org.budgetperf.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.budgetperf.declaration.FundLine;
import org.budgetperf.declaration.FundSource;
import org.budgetperf.declaration.PerformanceTarget;

/**
 * The fund sources a monitoring report covers (those with money in the year's budget) and the half-year execution
 * each is measured against: its own half-year plan; else its share of the table's half-year plan (seed 000 plans
 * 3.5 of 17.6 on its spending line, so its 一般公共预算资金 is planned at 3.5 too); else half of its annual budget,
 * the time schedule at June 30.
 */
final class HalfYearPlan {

    private static final BigDecimal TIME_SCHEDULE = new BigDecimal("0.5");
    private static final int SCALE = 6;

    record Line(FundSource source, BigDecimal annualBudget, BigDecimal planned) {
    }

    private HalfYearPlan() {
    }

    static List<Line> of(PerformanceTarget target) {
        BigDecimal share = tableShare(target).orElse(TIME_SCHEDULE);
        return sources(target)
                .filter(line -> line.getAnnualBudget() != null && line.getAnnualBudget().signum() > 0)
                .map(line -> new Line(line.getSource(), line.getAnnualBudget(), line.getHalfYearPlanned() != null
                        ? line.getHalfYearPlanned()
                        : line.getAnnualBudget().multiply(share).setScale(SCALE, RoundingMode.HALF_UP)))
                .toList();
    }

    /** The table's own half-year plan as a share of its budget: its 资金总额 line's, else its spending lines'. */
    private static Optional<BigDecimal> tableShare(PerformanceTarget target) {
        Optional<FundLine> total = sources(target).filter(line -> line.getSource() == FundSource.TOTAL).findFirst();
        Optional<BigDecimal> planned = total.map(FundLine::getHalfYearPlanned)
                .or(() -> target.getFunds().stream()
                        .filter(line -> line.getCategory() == FundLine.Category.EXPENDITURE)
                        .map(FundLine::getHalfYearPlanned).filter(Objects::nonNull).reduce(BigDecimal::add));
        Optional<BigDecimal> budget = total.map(FundLine::getAnnualBudget).filter(amount -> amount.signum() > 0);
        if (planned.isEmpty() || budget.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(planned.get().divide(budget.get(), 12, RoundingMode.HALF_UP));
    }

    private static java.util.stream.Stream<FundLine> sources(PerformanceTarget target) {
        return target.getFunds().stream().filter(line -> line.getCategory() == FundLine.Category.SOURCE);
    }
}
