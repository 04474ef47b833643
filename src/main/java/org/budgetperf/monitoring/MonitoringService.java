package org.budgetperf.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.budgetperf.common.ApiException.FieldError;
import org.budgetperf.common.BadRequestException;
import org.budgetperf.common.ConflictException;
import org.budgetperf.common.ForbiddenException;
import org.budgetperf.common.NotFoundException;
import org.budgetperf.calculation.Light;
import org.budgetperf.cycle.CyclePhase;
import org.budgetperf.cycle.CycleSteps;
import org.budgetperf.declaration.FundSource;
import org.budgetperf.declaration.PerformanceTarget;
import org.budgetperf.declaration.TargetAccess;
import org.budgetperf.declaration.TargetDetails;
import org.budgetperf.declaration.TargetDetails.IndicatorView;
import org.budgetperf.declaration.TargetVersions;
import org.budgetperf.monitoring.MonitoringRequest.FundLine;
import org.budgetperf.monitoring.MonitoringRequest.IndicatorLine;
import org.budgetperf.organization.Organization;
import org.budgetperf.security.CurrentUser;
import org.budgetperf.security.Roles;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The half-year monitoring report: the table's unit submits it while the monitoring is open (the cycle's
 * MONITORING step), anyone who may read the table reads it.
 */
@Service
@Transactional
public class MonitoringService {

    /** The scale of the money columns. */
    private static final int STORED_DECIMALS = 6;

    private final MonitoringReportRepository reports;
    private final TargetAccess access;
    private final CycleSteps cycle;
    private final ReportChecks checks;
    private final MonitoringViews views;
    private final ReportFigures figures;
    private final TargetVersions versions;

    public MonitoringService(MonitoringReportRepository reports, TargetAccess access, CycleSteps cycle,
                             ReportChecks checks, MonitoringViews views, ReportFigures figures,
                             TargetVersions versions) {
        this.reports = reports;
        this.access = access;
        this.cycle = cycle;
        this.checks = checks;
        this.views = views;
        this.figures = figures;
        this.versions = versions;
    }

    /**
     * Replaces the table's report and computes its figures; every indicator and every fund source with money in it
     * is reported once, and a line off track (red or yellow, 滞后 or 无法完成) gives its cause and measures.
     */
    public MonitoringView submit(Long targetId, MonitoringRequest request, CurrentUser user) {
        PerformanceTarget target = submittable(targetId, user);
        checks.check(request);
        TargetDetails table = versions.measured(target);
        List<ReportedIndicator> indicators = indicators(table, lines(request.indicators()));
        OffTrack.requireExplained(indicators);
        List<FundExecution> funds = funds(table, lines(request.funds()));
        MonitoringReport.Budget budget = budget(funds);
        List<Light> lights = new ArrayList<>();
        indicators.forEach(line -> lights.add(line.getLight()));
        funds.forEach(line -> lights.add(line.getLight()));
        lights.add(budget.figures().light());
        MonitoringReport report = reports.findByTargetId(target.getId())
                .orElseGet(() -> new MonitoringReport(target.getId()));
        report.replace(table.versionNo(), indicators, funds, budget, ReportFigures.worst(lights).orElse(null),
                user.userId(), ClockUtil.getCurrentTime().toInstant());
        return views.of(target, reports.save(report));
    }

    /**
     * The department (the finance bureau for a department's own table) lights the lines no rule could: each must
     * be one of those still waiting, lit green, yellow or red (blue is for figures ahead of plan); the table's light
     * is then the worst of all its lights again.
     */
    public MonitoringView judge(Long targetId, JudgementRequest request, CurrentUser user) {
        PerformanceTarget target = access.readable(user, targetId);
        Organization judge = target.isDepartmentsOwn() ? target.financeBureau() : target.getDepartment();
        if (!user.groupIds().contains(Roles.REVIEWER) || !user.belongsTo(judge)) {
            throw new ForbiddenException("只有“" + judge.getName() + "”的审核人员可以评定文字类指标的预警等级");
        }
        MonitoringReport report = reports.findByTargetId(target.getId()).orElseThrow(() ->
                new ConflictException("“" + target.getName() + "”尚未填报半年绩效监控，不能评定"));
        checks.check(request);
        Map<Long, ReportedIndicator> waiting = report.getIndicators().stream()
                .filter(ReportedIndicator::awaitsJudgement)
                .collect(Collectors.toMap(ReportedIndicator::getIndicatorId, Function.identity()));
        List<JudgementRequest.Line> lines = lines(request.judgements());
        for (int i = 0; i < lines.size(); i++) {
            JudgementRequest.Line line = lines.get(i);
            ReportedIndicator indicator = waiting.remove(line.indicatorId());
            if (indicator == null) {
                throw new BadRequestException("judgements[" + i + "].indicatorId",
                        "编号为 " + line.indicatorId() + " 的指标不需评定或已评定");
            }
            if (line.light() == Light.BLUE) {
                throw new BadRequestException("judgements[" + i + "].light", "文字类指标只能评定为绿灯、黄灯或红灯");
            }
            indicator.judge(line.light(), Blank.toNull(line.comment()), user.userId());
        }
        report.relight();
        return views.of(target, report);
    }

    /** Whether lines of the table's report still wait for the department's judgement. */
    @Transactional(readOnly = true)
    public boolean awaitsJudgement(Long targetId) {
        return reports.findByTargetId(targetId).map(report -> report.getIndicators().stream()
                .anyMatch(ReportedIndicator::awaitsJudgement)).orElse(false);
    }

    /**
     * The table's light for the process's gateway: the worst light of its submitted report; green where no line
     * has a light (every indicator left to the reviewer's judgement and no budget to execute).
     */
    @Transactional(readOnly = true)
    public Light tableLight(Long targetId) {
        return reports.findByTargetId(targetId)
                .map(report -> Objects.requireNonNullElse(report.getTableLight(), Light.GREEN))
                .orElseThrow(() -> new NotFoundException("该绩效目标表尚未填报半年绩效监控：" + targetId));
    }

    /** The submitted report, or the blank one that names the lines to fill in. */
    @Transactional(readOnly = true)
    public MonitoringView form(Long targetId, CurrentUser user) {
        PerformanceTarget target = access.readable(user, targetId);
        return views.of(target, reports.findByTargetId(target.getId()).orElse(null));
    }

    @Transactional(readOnly = true)
    public Optional<MonitoringView> of(Long targetId, CurrentUser user) {
        PerformanceTarget target = access.readable(user, targetId);
        return reports.findByTargetId(target.getId()).map(report -> views.of(target, report));
    }

    @Transactional(readOnly = true)
    public boolean isRecorded(Long targetId) {
        return reports.findByTargetId(targetId).isPresent();
    }

    /** Whether the unit may submit now: the process side opens the monitoring, the unit's door checks it here. */
    @Transactional(readOnly = true)
    public boolean isOpen(Long targetId) {
        return cycle.isOpen(targetId, CyclePhase.MONITORING);
    }

    /** Refuses as {@link #submit} does a caller who may not submit now (404, 403, 409), before any work is done. */
    @Transactional(readOnly = true)
    public void requireSubmittable(Long targetId, CurrentUser user) {
        submittable(targetId, user);
    }

    private PerformanceTarget submittable(Long targetId, CurrentUser user) {
        PerformanceTarget target = access.preparable(user, targetId);
        if (!isOpen(target.getId())) {
            throw new ConflictException("“" + target.getName() + "”的半年绩效监控未开启或已结束，现在不能填报");
        }
        return target;
    }

    private List<ReportedIndicator> indicators(TargetDetails table, List<IndicatorLine> lines) {
        Map<Long, IndicatorView> byId = table.indicators().stream().filter(indicator -> indicator.id() != null)
                .collect(Collectors.toMap(IndicatorView::id, Function.identity()));
        List<FieldError> errors = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        List<ReportedIndicator> matched = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            IndicatorView indicator = byId.get(lines.get(i).indicatorId());
            if (indicator == null) {
                errors.add(new FieldError("indicators[" + i + "].indicatorId",
                        "绩效目标表中没有编号为 " + lines.get(i).indicatorId() + " 的指标"));
            } else if (!seen.add(indicator.id())) {
                errors.add(new FieldError("indicators[" + i + "].indicatorId",
                        "指标“" + indicator.level3() + "”重复填报"));
            } else {
                IndicatorLine line = lines.get(i);
                matched.add(new ReportedIndicator(indicator, line,
                        figures.indicator(indicator, line.halfYearActual(), line.statement())));
            }
        }
        if (errors.isEmpty()) {
            table.indicators().stream().filter(indicator -> !seen.contains(indicator.id()))
                    .forEach(indicator -> errors.add(new FieldError("indicators",
                            "指标“" + indicator.level3() + "”未填报")));
        }
        refuseIf(errors);
        return matched;
    }

    private List<FundExecution> funds(TargetDetails table, List<FundLine> lines) {
        List<HalfYearPlan.Line> planned = HalfYearPlan.of(table);
        Map<FundSource, HalfYearPlan.Line> plan = planned.stream()
                .collect(Collectors.toMap(HalfYearPlan.Line::source, Function.identity()));
        List<FieldError> errors = new ArrayList<>();
        Set<FundSource> seen = new HashSet<>();
        List<FundExecution> matched = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            FundSource source = lines.get(i).source();
            HalfYearPlan.Line line = plan.get(source);
            if (line == null) {
                errors.add(new FieldError("funds[" + i + "].source",
                        "绩效目标表中没有安排预算的资金来源“" + source.label() + "”"));
            } else if (!seen.add(source)) {
                errors.add(new FieldError("funds[" + i + "].source", "资金来源“" + source.label() + "”重复填报"));
            } else {
                BigDecimal executed = lines.get(i).executed().setScale(STORED_DECIMALS, RoundingMode.HALF_UP);
                matched.add(new FundExecution(source, line.annualBudget(), line.planned(), executed,
                        figures.budget(executed, line.annualBudget(), line.planned())));
            }
        }
        if (errors.isEmpty()) {
            planned.stream().filter(line -> !seen.contains(line.source()))
                    .forEach(line -> errors.add(new FieldError("funds",
                            "资金来源“" + line.source().label() + "”未填报1-6月实际执行数")));
        }
        refuseIf(errors);
        return matched;
    }

    /** The 资金总额 line where the table has one, else every line added up. */
    private MonitoringReport.Budget budget(List<FundExecution> funds) {
        List<FundExecution> total = funds.stream().filter(line -> line.getSource() == FundSource.TOTAL).toList();
        List<FundExecution> counted = total.isEmpty() ? funds : total;
        BigDecimal annual = sum(counted.stream().map(FundExecution::getAnnualBudget).toList());
        BigDecimal executed = sum(counted.stream().map(FundExecution::getExecuted).toList());
        BigDecimal planned = counted.stream().allMatch(line -> line.getPlanned() != null)
                ? sum(counted.stream().map(FundExecution::getPlanned).toList()) : null;
        return new MonitoringReport.Budget(annual, planned, executed,
                counted.isEmpty() ? new ReportFigures.BudgetFigures(null, null, null)
                        : figures.budget(executed, annual, planned));
    }

    private static BigDecimal sum(List<BigDecimal> amounts) {
        return amounts.stream().filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static void refuseIf(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new BadRequestException("监控数据与绩效目标表不符：" + errors.get(0).message(), errors);
        }
    }

    private static <T> List<T> lines(List<T> lines) {
        return Objects.requireNonNullElse(lines, List.of());
    }
}
