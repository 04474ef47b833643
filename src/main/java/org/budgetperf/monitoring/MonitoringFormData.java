package org.budgetperf.monitoring;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.budgetperf.approval.FormJson;
import org.budgetperf.common.MarkdownText;
import org.budgetperf.declaration.PerformanceTarget;
import org.budgetperf.declaration.TargetQueries;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The variables of {@code forms/monitoring-report.form} (JSON through Camunda Spin): {@code
 * monitoringSummary}, whose texts the form shows inside Markdown and are therefore made literal, and the lists
 * {@code indicators} and {@code funds} that the form's dynamic lists edit and submit under the same names, already
 * holding what the unit submitted before, if anything. A fund line names its source by its label (资金总额), which the
 * form shows read-only and submits. The completed form's {@code indicators} and {@code funds}
 * read as a {@link MonitoringRequest} with Jackson.
 */
@Component
public class MonitoringFormData {

    public static final String SUMMARY = "monitoringSummary";
    public static final String INDICATORS = "indicators";
    public static final String FUNDS = "funds";
    public static final String JUDGEMENTS = "judgements";

    private final TargetQueries targets;
    private final MonitoringReportRepository reports;
    private final MonitoringViews views;
    private final FormJson formJson;

    public MonitoringFormData(TargetQueries targets, MonitoringReportRepository reports, MonitoringViews views,
                              FormJson formJson) {
        this.targets = targets;
        this.reports = reports;
        this.views = views;
        this.formJson = formJson;
    }

    @Transactional(readOnly = true)
    public Map<String, Object> variables(Long targetId) {
        PerformanceTarget target = targets.find(targetId);
        MonitoringView report = views.of(target, reports.findByTargetId(targetId).orElse(null));
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(SUMMARY, formJson.of(summary(target, report.versionNo())));
        variables.put(INDICATORS, formJson.of(report.indicators().stream().map(MonitoringFormData::indicator).toList()));
        variables.put(FUNDS, formJson.of(report.funds().stream().map(MonitoringFormData::fund).toList()));
        return variables;
    }

    /** The lines of the submitted report that wait for the department's light, for {@code forms/judge-monitoring.form}. */
    @Transactional(readOnly = true)
    public Map<String, Object> judgementVariables(Long targetId) {
        PerformanceTarget target = targets.find(targetId);
        MonitoringView report = views.of(target, reports.findByTargetId(targetId).orElse(null));
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(SUMMARY, formJson.of(summary(target, report.versionNo())));
        variables.put(JUDGEMENTS, formJson.of(report.indicators().stream()
                .filter(MonitoringView.IndicatorView::awaitsJudgement).map(MonitoringFormData::judgement).toList()));
        return variables;
    }

    private static Map<String, Object> judgement(MonitoringView.IndicatorView line) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("indicatorId", line.indicatorId());
        item.put("level3", line.level3());
        item.put("fullYearValue", orEmpty(line.fullYearValue()));
        item.put("halfYearActual", orEmpty(line.halfYearActual()));
        item.put("expectedFullYear", orEmpty(line.expectedFullYear()));
        item.put("cause", orEmpty(line.cause()));
        item.put("light", "");
        item.put("comment", "");
        return item;
    }

    /** {@code versionNo} is the version the report measures against, which an adjustment leaves in force. */
    private static Map<String, Object> summary(PerformanceTarget target, int versionNo) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("name", MarkdownText.literal(target.getName()));
        summary.put("code", MarkdownText.literal(target.getCode()));
        summary.put("budgetYear", target.getBudgetYear());
        summary.put("typeLabel", target.getType().label());
        summary.put("departmentName", MarkdownText.literal(target.getDepartment().getName()));
        summary.put("unitName", MarkdownText.literal(target.getUnit().getName()));
        summary.put("fundUnit", MarkdownText.literal(target.getFundUnit()));
        summary.put("version", versionNo);
        return summary;
    }

    /** Form fields show these as plain text, not Markdown; an empty text keeps the form's inputs empty. */
    private static Map<String, Object> indicator(MonitoringView.IndicatorView line) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("indicatorId", line.indicatorId());
        item.put("level1", line.level1());
        item.put("level2", line.level2());
        item.put("level3", line.level3());
        item.put("halfYearValue", orEmpty(line.halfYearValue()));
        item.put("fullYearValue", orEmpty(line.fullYearValue()));
        item.put("halfYearActual", orEmpty(line.halfYearActual()));
        item.put("expectedFullYear", orEmpty(line.expectedFullYear()));
        item.put("statement", line.statement() == null ? null : line.statement().name());
        item.put("cause", orEmpty(line.cause()));
        item.put("measures", orEmpty(line.measures()));
        return item;
    }

    private static Map<String, Object> fund(MonitoringView.FundView line) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("source", line.label());
        item.put("annualBudget", plain(line.annualBudget()));
        item.put("planned", plain(line.planned()));
        item.put("executed", line.executed());
        return item;
    }

    private static String plain(BigDecimal amount) {
        return amount == null ? "" : amount.stripTrailingZeros().toPlainString();
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
