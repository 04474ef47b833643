package org.budgetperf.monitoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.budgetperf.declaration.FundSource;

/**
 * A table's half-year monitoring report: every line as the unit entered it, beside the table's targets and plan
 * and the figures computed when it was submitted; before submission ({@code submitted} false) the blank report
 * with the lines to fill in. Amounts are in the table's money unit ({@code fundUnit}).
 */
public record MonitoringView(Long targetId, String targetCode, int budgetYear, int versionNo, String fundUnit,
                            boolean submitted, String submittedBy, Instant submittedAt, List<IndicatorView> indicators,
                            List<FundView> funds) {

    public record IndicatorView(Long indicatorId, String level1, String level2, String level3, String halfYearValue,
                                String fullYearValue, String halfYearActual, String expectedFullYear,
                                ProgressStatement statement, String statementLabel, String cause, String measures) {
    }

    public record FundView(FundSource source, String label, BigDecimal annualBudget, BigDecimal planned,
                           BigDecimal executed) {
    }
}
