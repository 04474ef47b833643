package org.budgetperf.monitoring;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.budgetperf.calculation.Light;
import org.budgetperf.calculation.ProgressStatement;
import org.budgetperf.declaration.PerformanceTarget;
import org.budgetperf.declaration.TargetIndicator;
import org.budgetperf.monitoring.MonitoringView.BudgetView;
import org.budgetperf.monitoring.MonitoringView.FundView;
import org.budgetperf.monitoring.MonitoringView.IndicatorView;
import org.springframework.stereotype.Component;

/**
 * A table's report as the API shows it, each line beside its indicator's targets; before the unit has submitted
 * it, the blank report: every indicator and every fund source with its plan, nothing entered or computed.
 */
@Component
class MonitoringViews {

    MonitoringView of(PerformanceTarget target, MonitoringReport report) {
        return report == null ? blank(target) : submitted(target, report);
    }

    private static MonitoringView submitted(PerformanceTarget target, MonitoringReport report) {
        Map<Long, TargetIndicator> indicators = target.getIndicators().stream()
                .collect(Collectors.toMap(TargetIndicator::getId, Function.identity()));
        MonitoringReport.Budget budget = report.budget();
        ReportFigures.BudgetFigures figures = budget.figures();
        return new MonitoringView(target.getId(), target.getCode(), target.getBudgetYear(), report.getVersionNo(),
                target.getFundUnit(), true, report.getSubmittedBy(), report.getSubmittedAt(), report.getTableLight(),
                label(report.getTableLight()),
                new BudgetView(budget.annualBudget(), budget.planned(), budget.executed(), figures.executionRate(),
                        figures.scheduleRate(), figures.light(), label(figures.light())),
                report.getIndicators().stream().map(line -> indicator(line, indicators.get(line.getIndicatorId())))
                        .toList(),
                report.getFunds().stream().map(MonitoringViews::fund).toList());
    }

    private static MonitoringView blank(PerformanceTarget target) {
        List<HalfYearPlan.Line> plan = HalfYearPlan.of(target);
        return new MonitoringView(target.getId(), target.getCode(), target.getBudgetYear(), target.getVersionNo(),
                target.getFundUnit(), false, null, null, null, null, null,
                target.getIndicators().stream().map(indicator -> new IndicatorView(indicator.getId(),
                        indicator.getLevel1(), indicator.getLevel2(), indicator.getLevel3(),
                        indicator.getHalfYearValue(), indicator.getFullYearValue(), null, null, null, null, null, null,
                        null, null, null, false, null, null)).toList(),
                plan.stream().map(line -> new FundView(line.source(), line.source().label(), line.annualBudget(),
                        line.planned(), null, null, null, null, null)).toList());
    }

    private static IndicatorView indicator(ReportedIndicator line, TargetIndicator indicator) {
        ProgressStatement statement = line.getStatement();
        return new IndicatorView(line.getIndicatorId(), line.getLevel1(), line.getLevel2(), line.getLevel3(),
                indicator == null ? null : indicator.getHalfYearValue(),
                indicator == null ? null : indicator.getFullYearValue(), line.getHalfYearActual(),
                line.getExpectedFullYear(), statement, statement == null ? null : statement.label(), line.getCause(),
                line.getMeasures(), line.getProgress(), line.getLight(), label(line.getLight()), line.awaitsJudgement(),
                line.getJudgedBy(), line.getJudgement());
    }

    private static FundView fund(FundExecution line) {
        return new FundView(line.getSource(), line.getSource().label(), line.getAnnualBudget(), line.getPlanned(),
                line.getExecuted(), line.getExecutionRate(), line.getScheduleRate(), line.getLight(),
                label(line.getLight()));
    }

    private static String label(Light light) {
        return light == null ? null : light.label();
    }
}
