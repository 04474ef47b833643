package org.budgetperf.declaration;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.budgetperf.common.ApiException.FieldError;
import org.budgetperf.common.BadRequestException;
import org.budgetperf.declaration.TargetRequest.ExpenditureLine;
import org.budgetperf.declaration.TargetRequest.FundSourceLine;

/** Checks that the funds block adds up the way the printed tables do. */
final class FundConsistency {

    private FundConsistency() {
    }

    static void check(TargetRequest request) {
        List<FieldError> errors = new ArrayList<>();
        List<FundSourceLine> funds = Objects.requireNonNullElse(request.funds(), List.of());
        BigDecimal total = funds.stream().filter(line -> line.source() == FundSource.TOTAL)
                .map(FundSourceLine::annualBudget).findFirst().orElse(null);
        if (funds.stream().filter(line -> line.source() == FundSource.TOTAL).count() > 1) {
            errors.add(new FieldError("funds", "资金总额只能填写一行"));
        }
        BigDecimal parts = sum(funds.stream().filter(line -> line.source() != FundSource.TOTAL)
                .map(FundSourceLine::annualBudget).toList());
        if (total != null && parts != null && parts.compareTo(total) != 0) {
            errors.add(new FieldError("funds", "各资金来源合计 " + parts.toPlainString() + " 与资金总额 "
                    + total.toPlainString() + " 不一致"));
        }
        for (int i = 0; i < funds.size(); i++) {
            checkHalfYear(errors, "funds[" + i + "]", funds.get(i).annualBudget(), funds.get(i).halfYearPlanned());
        }
        List<ExpenditureLine> expenditures = Objects.requireNonNullElse(request.expenditures(), List.of());
        for (int i = 0; i < expenditures.size(); i++) {
            ExpenditureLine line = expenditures.get(i);
            checkHalfYear(errors, "expenditures[" + i + "]", line.annualBudget(), line.halfYearPlanned());
        }
        BigDecimal budget = total != null ? total : parts;
        BigDecimal spent = sum(expenditures.stream().map(ExpenditureLine::annualBudget).toList());
        if (budget != null && spent != null && spent.compareTo(budget) != 0) {
            errors.add(new FieldError("expenditures", "支出合计 " + spent.toPlainString() + " 与资金总额 "
                    + budget.toPlainString() + " 不一致"));
        }
        if (total != null && request.basicExpenditure() != null && request.projectExpenditure() != null
                && request.basicExpenditure().add(request.projectExpenditure()).compareTo(total) != 0) {
            errors.add(new FieldError("basicExpenditure", "基本支出与项目支出之和与资金总额 "
                    + total.toPlainString() + " 不一致"));
        }
        if (!errors.isEmpty()) {
            throw new BadRequestException("资金数据不一致：" + errors.get(0).message(), errors);
        }
    }

    private static void checkHalfYear(List<FieldError> errors, String field, BigDecimal annual, BigDecimal halfYear) {
        if (annual != null && halfYear != null && halfYear.compareTo(annual) > 0) {
            errors.add(new FieldError(field + ".halfYearPlanned", "半年计划执行数不能大于全年预算数"));
        }
    }

    /** No sum while an amount is still missing (a draft): the totals are checked once every amount is there. */
    private static BigDecimal sum(List<BigDecimal> amounts) {
        return amounts.isEmpty() || amounts.contains(null) ? null : amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
