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

    public record OrganizationRef(String code, String name) {
    }

    public record FundView(FundSource source, String label, BigDecimal annualBudget, BigDecimal halfYearPlanned) {
    }

    public record ExpenditureView(String name, BigDecimal annualBudget, BigDecimal halfYearPlanned) {
    }

    public record DutyGoalView(String duty, String task, String expenditureProject, BigDecimal amount) {
    }

    public record IndicatorView(String level1, String level2, String level3, String description,
                                ParsedValue halfYearValue, ParsedValue fullYearValue, String explanation,
                                String basis, String formula, String scoringRule, BigDecimal weight) {
    }
}
