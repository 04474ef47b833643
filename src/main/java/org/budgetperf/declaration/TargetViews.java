package org.budgetperf.declaration;

import java.math.BigDecimal;
import java.util.List;
import org.budgetperf.indicator.IndicatorValueParser;
import org.budgetperf.organization.Organization;
import org.budgetperf.declaration.TargetDetails.DutyGoalView;
import org.budgetperf.declaration.TargetDetails.ExpenditureView;
import org.budgetperf.declaration.TargetDetails.FundView;
import org.budgetperf.declaration.TargetDetails.IndicatorView;
import org.budgetperf.declaration.TargetDetails.OrganizationRef;
import org.springframework.stereotype.Component;

@Component
public class TargetViews {

    private final IndicatorValueParser parser;

    TargetViews(IndicatorValueParser parser) {
        this.parser = parser;
    }

    public TargetSummary summary(ListedTarget listed, boolean preparedByCaller, List<OpenStep> waitingAt) {
        PerformanceTarget t = listed.target();
        return new TargetSummary(t.getId(), t.getCode(), t.getBudgetYear(), t.getType(), t.getType().label(),
                t.getName(), t.getStatus(), t.getStatus().label(), t.getStatusSince(), t.getVersionNo(),
                t.getDepartment().getName(), t.getUnit().getName(), totalBudget(t), t.getFundUnit(), listed.light(),
                listed.grade(), preparedByCaller, preparedByCaller && t.getStatus().editable(), waitingAt);
    }

    public TargetDetails details(PerformanceTarget t) {
        return new TargetDetails(t.getId(), t.getCode(), t.getBudgetYear(), t.businessKey(), t.getType(),
                t.getType().label(), t.getName(), t.getStatus(), t.getStatus().label(), t.getStatusSince(),
                t.getVersionNo(), ref(t.financeBureau()), ref(t.getDepartment()), ref(t.getUnit()), t.getCategory(),
                t.getProjectLevel(), t.getStartYear(), t.getEndYear(), t.getResponsiblePerson(), t.getContactPhone(),
                t.getRationale(), t.getFeasibility(), t.getContent(), t.getMidLongTermGoal(), t.getAnnualGoal(),
                t.getDuties(), t.getKeyTasks(), t.getAssets(), t.getHeadCount(), t.getFundUnit(), totalBudget(t),
                t.getBasicExpenditure(), t.getProjectExpenditure(), funds(t), expenditures(t), dutyGoals(t),
                indicators(t), t.getCreatedAt(), t.getUpdatedAt(), t.getLockVersion());
    }

    /** The TOTAL line where the table states one, otherwise the sum of its sources. */
    public static BigDecimal totalBudget(PerformanceTarget t) {
        List<FundLine> sources = t.getFunds().stream()
                .filter(line -> line.getCategory() == FundLine.Category.SOURCE).toList();
        return sources.stream().filter(line -> line.getSource() == FundSource.TOTAL)
                .map(FundLine::getAnnualBudget).findFirst()
                .orElseGet(() -> sources.stream().map(FundLine::getAnnualBudget).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    public ParsedValue parse(String raw) {
        return raw == null ? null : ParsedValue.of(parser.parse(raw));
    }

    private static OrganizationRef ref(Organization org) {
        return org == null ? null : new OrganizationRef(org.getCode(), org.getName());
    }

    private static List<FundView> funds(PerformanceTarget t) {
        return t.getFunds().stream().filter(line -> line.getCategory() == FundLine.Category.SOURCE)
                .map(line -> new FundView(line.getSource(), line.getSource().label(), line.getAnnualBudget(),
                        line.getHalfYearPlanned()))
                .toList();
    }

    private static List<ExpenditureView> expenditures(PerformanceTarget t) {
        return t.getFunds().stream().filter(line -> line.getCategory() == FundLine.Category.EXPENDITURE)
                .map(line -> new ExpenditureView(line.getName(), line.getAnnualBudget(), line.getHalfYearPlanned()))
                .toList();
    }

    private static List<DutyGoalView> dutyGoals(PerformanceTarget t) {
        return t.getDutyGoals().stream()
                .map(goal -> new DutyGoalView(goal.getDuty(), goal.getTask(), goal.getExpenditureProject(),
                        goal.getAmount()))
                .toList();
    }

    private List<IndicatorView> indicators(PerformanceTarget t) {
        return t.getIndicators().stream()
                .map(row -> new IndicatorView(row.getId(), row.getLevel1(), row.getLevel2(), row.getLevel3(),
                        row.getDescription(), parse(row.getHalfYearValue()), parse(row.getFullYearValue()),
                        row.getExplanation(), row.getBasis(), row.getFormula(), row.getScoringRule(),
                        row.getWeight()))
                .toList();
    }
}
