package org.budgetperf.monitoring;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.budgetperf.calculation.Light;
import org.budgetperf.calculation.ProgressStatement;
import org.budgetperf.declaration.PerformanceTarget;
import org.budgetperf.declaration.TargetDetails;
import org.budgetperf.declaration.TargetDetails.IndicatorView;
import org.budgetperf.declaration.TargetVersions;
import org.budgetperf.monitoring.MonitoringView.BudgetView;
import org.budgetperf.monitoring.MonitoringView.FundView;
import org.springframework.stereotype.Component;

/**
 * A table's report as the API shows it, each line beside its indicator's targets in the version it was measured
 * against; before the unit has submitted it, the blank report of the version in force: every indicator and every
 * fund source with its plan, nothing entered or computed.
 */
@Component
class MonitoringViews {

    private final TargetVersions versions;

    MonitoringViews(TargetVersions versions) {
        this.versions = versions;
    }

    MonitoringView of(PerformanceTarget target, MonitoringReport report) {
        return report == null ? blank(target, versions.measured(target))
                : submitted(target, report, versions.measured(target, report.getVersionNo()));
    }

    private static MonitoringView submitted(PerformanceTarget target, MonitoringReport report, TargetDetails table) {
        Map<Long, IndicatorView> indicators = table.indicators().stream()
                .filter(indicator -> indicator.id() != null)
                .collect(Collectors.toMap(IndicatorView::id, Function.identity()));
        MonitoringReport.Budget budget = report.budget();
        ReportFigures.BudgetFigures figures = budget.figures();
        return new MonitoringView(target.getId(), target.getCode(), target.getBudgetYear(), report.getVersionNo(),
                table.fundUnit(), true, report.getSubmittedBy(), report.getSubmittedAt(), report.getTableLight(),
                label(report.getTableLight()),
                new BudgetView(budget.annualBudget(), budget.planned(), budget.executed(), figures.executionRate(),
                        figures.scheduleRate(), figures.light(), label(figures.light())),
                report.getIndicators().stream().map(line -> indicator(line, indicators.get(line.getIndicatorId())))
                        .toList(),
                report.getFunds().stream().map(MonitoringViews::fund).toList());
    }

    private static MonitoringView blank(PerformanceTarget target, TargetDetails table) {
        List<HalfYearPlan.Line> plan = HalfYearPlan.of(table);
        return new MonitoringView(target.getId(), target.getCode(), target.getBudgetYear(), table.versionNo(),
                table.fundUnit(), false, null, null, null, null, null,
                table.indicators().stream().map(indicator -> new MonitoringView.IndicatorView(indicator.id(),
                        indicator.level1(), indicator.level2(), indicator.level3(),
                        indicator.halfYearText(), indicator.fullYearText(), null, null, null, null, null, null,
                        null, null, null, false, null, null)).toList(),
                plan.stream().map(line -> new FundView(line.source(), line.source().label(), line.annualBudget(),
                        line.planned(), null, null, null, null, null)).toList());
    }

    private static MonitoringView.IndicatorView indicator(ReportedIndicator line, IndicatorView indicator) {
        ProgressStatement statement = line.getStatement();
        return new MonitoringView.IndicatorView(line.getIndicatorId(), line.getLevel1(), line.getLevel2(),
                line.getLevel3(), indicator == null ? null : indicator.halfYearText(),
                indicator == null ? null : indicator.fullYearText(), line.getHalfYearActual(),
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
