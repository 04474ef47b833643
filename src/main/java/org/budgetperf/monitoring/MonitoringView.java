package org.budgetperf.monitoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.budgetperf.calculation.Light;
import org.budgetperf.calculation.ProgressStatement;
import org.budgetperf.declaration.FundSource;

/**
 * A table's half-year monitoring report: every line as the unit entered it, beside the table's targets and plan
 * and the figures computed when it was submitted; before submission ({@code submitted} false) the blank report
 * with the lines to fill in. Amounts are in the table's money unit ({@code fundUnit}); rates and progress are in
 * percent with two decimals; lights come with their Chinese labels (红灯, 黄灯, 绿灯, 蓝灯).
 */
public record MonitoringView(Long targetId, String targetCode, int budgetYear, int versionNo, String fundUnit,
                             boolean submitted, String submittedBy, Instant submittedAt, Light tableLight,
                             String tableLightLabel, BudgetView budget, List<IndicatorView> indicators,
                             List<FundView> funds) {

    public record IndicatorView(Long indicatorId, String level1, String level2, String level3, String halfYearValue,
                                String fullYearValue, String halfYearActual, String expectedFullYear,
                                ProgressStatement statement, String statementLabel, String cause, String measures,
                                BigDecimal progress, Light light, String lightLabel, boolean awaitsJudgement,
                                String judgedBy, String judgement) {
    }

    public record FundView(FundSource source, String label, BigDecimal annualBudget, BigDecimal planned,
                           BigDecimal executed, BigDecimal executionRate, BigDecimal scheduleRate, Light light,
                           String lightLabel) {
    }

    /** The whole budget: the 资金总额 line, or all fund lines added up where the table has none. */
    public record BudgetView(BigDecimal annualBudget, BigDecimal planned, BigDecimal executed,
                             BigDecimal executionRate, BigDecimal scheduleRate, Light light, String lightLabel) {
    }
}
