package org.budgetperf.approval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.budgetperf.common.MarkdownText;
import org.budgetperf.declaration.ParsedValue;
import org.budgetperf.declaration.RichText;
import org.budgetperf.declaration.TargetDetails;
import org.budgetperf.declaration.TargetQueries;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * A read-only picture of the table for the approval tasks' Camunda Forms: summary, funds, indicators and the
 * decisions so far. The summary's texts appear inside the forms' Markdown, so they are made literal there.
 */
@Component("presentTargetForm")
public class PresentTargetForm implements FormPicture {

    private static final String SUMMARY = "targetSummary";
    private static final String FUNDS = "fundRows";
    private static final String INDICATORS = "indicatorRows";
    private static final String DECISIONS = "decisionRows";

    /** A moment as forms show it: minutes, Asia/Shanghai. */
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final TargetQueries targets;
    private final ApprovalHistory history;
    private final ProcessTables tables;
    private final FormJson formJson;
    private final PersonNames names;

    public PresentTargetForm(TargetQueries targets, ApprovalHistory history, ProcessTables tables, FormJson formJson,
                             PersonNames names) {
        this.targets = targets;
        this.history = history;
        this.tables = tables;
        this.formJson = formJson;
        this.names = names;
    }

    @Override
    public List<String> names() {
        return List.of(SUMMARY, FUNDS, INDICATORS, DECISIONS);
    }

    @Override
    public Map<String, Object> of(DelegateTask task) {
        return formVariables(tables.of(task).getId());
    }

    /** The table as the forms in {@code forms/} show it. */
    public Map<String, Object> formVariables(Long targetId) {
        TargetDetails target = targets.details(targetId);
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(SUMMARY, formJson.of(summary(target)));
        variables.put(FUNDS, formJson.of(fundRows(target)));
        variables.put(INDICATORS, formJson.of(indicatorRows(target)));
        variables.put(DECISIONS, formJson.of(decisionRows(target.id())));
        return variables;
    }

    private static Map<String, Object> summary(TargetDetails t) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("id", t.id());
        summary.put("code", MarkdownText.literal(t.code()));
        summary.put("name", MarkdownText.literal(t.name()));
        summary.put("budgetYear", t.budgetYear());
        summary.put("typeLabel", t.typeLabel());
        summary.put("departmentName", MarkdownText.literal(t.department().name()));
        summary.put("unitName", MarkdownText.literal(t.unit().name()));
        summary.put("category", MarkdownText.literal(t.category()));
        summary.put("projectLevel", MarkdownText.literal(t.projectLevel()));
        summary.put("period", t.startYear() == null ? ""
                : MarkdownText.literal(t.startYear() + "年-" + t.endYear() + "年"));
        summary.put("responsible", MarkdownText.literal(Stream.of(t.responsiblePerson(), t.contactPhone())
                .filter(Objects::nonNull).reduce((a, b) -> a + " " + b).orElse("")));
        summary.put("annualGoal", MarkdownText.literal(RichText.toPlainText(t.annualGoal())));
        summary.put("fundUnit", MarkdownText.literal(t.fundUnit()));
        summary.put("totalBudget", MarkdownText.literal(money(t.totalBudget())));
        summary.put("statusLabel", t.statusLabel());
        summary.put("version", t.versionNo());
        return summary;
    }

    private static List<Map<String, Object>> fundRows(TargetDetails t) {
        Stream<Map<String, Object>> sources = t.funds().stream()
                .map(f -> row("item", f.label(), "annualBudget", money(f.annualBudget()),
                        "halfYearPlanned", money(f.halfYearPlanned())));
        Stream<Map<String, Object>> spending = t.expenditures().stream()
                .map(e -> row("item", "支出：" + e.name(), "annualBudget", money(e.annualBudget()),
                        "halfYearPlanned", money(e.halfYearPlanned())));
        return Stream.concat(sources, spending).toList();
    }

    private static List<Map<String, Object>> indicatorRows(TargetDetails t) {
        return t.indicators().stream()
                .map(i -> row("level1", i.level1(), "level2", i.level2(), "level3", i.level3(),
                        "halfYearValue", i.halfYearValue() == null ? "" : i.halfYearValue().raw(),
                        "fullYearValue", i.fullYearValue().raw(),
                        "parsed", describe(i.fullYearValue())))
                .toList();
    }

    private List<Map<String, Object>> decisionRows(Long targetId) {
        List<ApprovalDecision> decisions = history.of(targetId);
        Map<String, String> deciders = names.of(decisions.stream().map(ApprovalDecision::getUserId).toList());
        return decisions.stream()
                .map(d -> row("time", TIME.format(d.getDecidedAt()), "user", deciders.get(d.getUserId()),
                        "step", d.getStep().label(), "decision", d.getDecision().label()
                                + (d.getConclusion() == null ? "" : "（" + d.getConclusion().label() + "）"),
                        "comment", Objects.toString(d.getRemark(), "")))
                .toList();
    }

    private static String describe(ParsedValue value) {
        return value == null ? "" : value.description();
    }

    private static String money(BigDecimal amount) {
        return amount == null ? "" : amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static Map<String, Object> row(Object... keysAndValues) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            row.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return row;
    }
}
