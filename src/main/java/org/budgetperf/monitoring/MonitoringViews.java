package org.budgetperf.monitoring;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.budgetperf.declaration.PerformanceTarget;
import org.budgetperf.declaration.TargetIndicator;
import org.budgetperf.monitoring.MonitoringView.FundView;
import org.budgetperf.monitoring.MonitoringView.IndicatorView;
import org.springframework.stereotype.Component;

/**
 * A table's report as the API shows it, each line beside its indicator's targets; before the unit has submitted
 * it, the blank report: every indicator and every fund source with its plan, nothing entered.
 */
@Component
class MonitoringViews {

    MonitoringView of(PerformanceTarget target, MonitoringReport report) {
        return report == null ? blank(target) : submitted(target, report);
    }

    private static MonitoringView submitted(PerformanceTarget target, MonitoringReport report) {
        Map<Long, TargetIndicator> indicators = target.getIndicators().stream()
                .collect(Collectors.toMap(TargetIndicator::getId, Function.identity()));
        return view(target, report, report.getVersionNo(),
                report.getIndicators().stream().map(line -> indicator(line, indicators.get(line.getIndicatorId())))
                        .toList(),
                report.getFunds().stream().map(MonitoringViews::fund).toList());
    }

    private static MonitoringView blank(PerformanceTarget target) {
        return view(target, null, target.getVersionNo(),
                target.getIndicators().stream().map(indicator -> new IndicatorView(indicator.getId(),
                        indicator.getLevel1(), indicator.getLevel2(), indicator.getLevel3(),
                        indicator.getHalfYearValue(), indicator.getFullYearValue(), null, null, null, null, null, null))
                        .toList(),
                HalfYearPlan.of(target).stream().map(line -> new FundView(line.source(), line.source().label(),
                        line.annualBudget(), line.planned(), null)).toList());
    }

    private static MonitoringView view(PerformanceTarget target, MonitoringReport report, int versionNo,
                                       List<IndicatorView> indicators, List<FundView> funds) {
        return new MonitoringView(target.getId(), target.getCode(), target.getBudgetYear(), versionNo,
                target.getFundUnit(), report != null, report == null ? null : report.getSubmittedBy(),
                report == null ? null : report.getSubmittedAt(), indicators, funds);
    }

    private static IndicatorView indicator(IndicatorProgress line, TargetIndicator indicator) {
        ProgressStatement statement = line.getStatement();
        return new IndicatorView(line.getIndicatorId(), line.getLevel1(), line.getLevel2(), line.getLevel3(),
                indicator == null ? null : indicator.getHalfYearValue(),
                indicator == null ? null : indicator.getFullYearValue(), line.getHalfYearActual(),
                line.getExpectedFullYear(), statement, statement == null ? null : statement.label(), line.getCause(),
                line.getMeasures());
    }

    private static FundView fund(FundExecution line) {
        return new FundView(line.getSource(), line.getSource().label(), line.getAnnualBudget(), line.getPlanned(),
                line.getExecuted());
    }
}
