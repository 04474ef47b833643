package org.budgetperf.declaration;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A table as the API shows it: every field, funds, and indicators with parsed values beside the raw text.
 * {@code version} changes with every change to the table; it is also the ETag that an edit sends as If-Match.
 */
public record TargetDetails(
        Long id, String code, int budgetYear, String businessKey, TargetType type, String typeLabel, String name,
        TargetStatus status, String statusLabel, Instant statusSince, int versionNo,
        OrganizationRef financeBureau, OrganizationRef department, OrganizationRef unit,
        String category, String projectLevel, Integer startYear, Integer endYear,
        String responsiblePerson, String contactPhone,
        String rationale, String feasibility, String content, String midLongTermGoal, String annualGoal,
        String duties, String keyTasks, String assets, Integer headCount,
        String fundUnit, BigDecimal totalBudget, BigDecimal basicExpenditure, BigDecimal projectExpenditure,
        List<FundView> funds, List<ExpenditureView> expenditures, List<DutyGoalView> dutyGoals,
        List<IndicatorView> indicators, Instant createdAt, Instant updatedAt, long version) {

    /** The content as a unit sends it: what a refused adjustment puts back from the version in force. */
    public TargetRequest asRequest() {
        return new TargetRequest(code, budgetYear, type, name, department.code(), unit.code(), category,
                projectLevel, startYear, endYear, responsiblePerson, contactPhone, rationale, feasibility, content,
                midLongTermGoal, annualGoal, fundUnit,
                funds.stream().map(f -> new TargetRequest.FundSourceLine(f.source(), f.annualBudget(),
                        f.halfYearPlanned())).toList(),
                expenditures.stream().map(e -> new TargetRequest.ExpenditureLine(e.name(), e.annualBudget(),
                        e.halfYearPlanned())).toList(),
                basicExpenditure, projectExpenditure, duties, keyTasks, headCount, assets,
                dutyGoals.stream().map(g -> new TargetRequest.DutyGoalLine(g.duty(), g.task(),
                        g.expenditureProject(), g.amount())).toList(),
                indicators.stream().map(i -> new TargetRequest.IndicatorLine(i.level1(), i.level2(), i.level3(),
                        i.description(), raw(i.halfYearValue()), raw(i.fullYearValue()), i.explanation(), i.basis(),
                        i.formula(), i.scoringRule(), i.weight())).toList());
    }

    private static String raw(ParsedValue value) {
        return value == null ? null : value.raw();
    }

    public record OrganizationRef(String code, String name) {
    }

    public record FundView(FundSource source, String label, BigDecimal annualBudget, BigDecimal halfYearPlanned) {
    }

    public record ExpenditureView(String name, BigDecimal annualBudget, BigDecimal halfYearPlanned) {
    }

    public record DutyGoalView(String duty, String task, String expenditureProject, BigDecimal amount) {
    }

    /** {@code id} is the indicator's row at the time: reports name their lines by it, frozen versions keep it. */
    public record IndicatorView(Long id, String level1, String level2, String level3, String description,
                                ParsedValue halfYearValue, ParsedValue fullYearValue, String explanation,
                                String basis, String formula, String scoringRule, BigDecimal weight) {

        public String halfYearText() {
            return raw(halfYearValue);
        }

        public String fullYearText() {
            return raw(fullYearValue);
        }
    }
}
