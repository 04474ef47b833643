package org.budgetperf.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.budgetperf.declaration.FundSource;
import org.budgetperf.declaration.TargetDetails;
import org.budgetperf.declaration.TargetDetails.ExpenditureView;
import org.budgetperf.declaration.TargetDetails.FundView;

/**
 * The fund sources a monitoring report covers (those with money in the year's budget) and the half-year execution
 * each is measured against: its own half-year plan; else its share of the table's half-year plan (seed 000 plans
 * 3.5 of 17.6 on its spending line, so its 一般公共预算资金 is planned at 3.5 too); else
 * none, and the execution is measured against the time schedule ({@code BudgetProgress}: 50% at June 30).
 */
final class HalfYearPlan {

    private static final int SCALE = 6;

    record Line(FundSource source, BigDecimal annualBudget, BigDecimal planned) {
    }

    private HalfYearPlan() {
    }

    static List<Line> of(TargetDetails table) {
        Optional<BigDecimal> share = tableShare(table);
        return table.funds().stream()
                .filter(line -> line.annualBudget() != null && line.annualBudget().signum() > 0)
                .map(line -> new Line(line.source(), line.annualBudget(), line.halfYearPlanned() != null
                        ? line.halfYearPlanned()
                        : share.map(part -> line.annualBudget().multiply(part).setScale(SCALE, RoundingMode.HALF_UP))
                                .orElse(null)))
                .toList();
    }

    /** The table's own half-year plan as a share of its budget: its 资金总额 line's, else its spending lines'. */
    private static Optional<BigDecimal> tableShare(TargetDetails table) {
        Optional<FundView> total = table.funds().stream().filter(line -> line.source() == FundSource.TOTAL)
                .findFirst();
        Optional<BigDecimal> planned = total.map(FundView::halfYearPlanned)
                .or(() -> table.expenditures().stream()
                        .map(ExpenditureView::halfYearPlanned).filter(Objects::nonNull).reduce(BigDecimal::add));
        Optional<BigDecimal> budget = total.map(FundView::annualBudget).filter(amount -> amount.signum() > 0);
        if (planned.isEmpty() || budget.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(planned.get().divide(budget.get(), 12, RoundingMode.HALF_UP));
    }
}
