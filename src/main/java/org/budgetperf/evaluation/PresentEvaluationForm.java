package org.budgetperf.evaluation;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.budgetperf.approval.FormJson;
import org.budgetperf.approval.FormPicture;
import org.budgetperf.approval.PresentTargetForm;
import org.budgetperf.approval.ProcessTables;
import org.budgetperf.declaration.FundSource;
import org.budgetperf.declaration.PerformanceTarget;
import org.budgetperf.declaration.TargetDetails;
import org.budgetperf.declaration.TargetQueries;
import org.budgetperf.security.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The self-evaluation tasks' forms: the table as the approval forms show it, and the lists the unit fills in
 * ({@code results}, {@code budget}), prefilled with what was recorded so far, or with the table's indicators and
 * fund sources; reviewers see the same lists with the computed figures.
 */
@Component("presentEvaluationForm")
public class PresentEvaluationForm implements FormPicture {

    private static final String RESULTS = "results";
    private static final String BUDGET = "budget";
    private static final String SCORES = "evaluationScores";

    private final ProcessTables tables;
    private final PresentTargetForm targetForm;
    private final EvaluationService evaluations;
    private final TargetQueries targets;
    private final FormJson formJson;

    public PresentEvaluationForm(ProcessTables tables, PresentTargetForm targetForm, EvaluationService evaluations,
                                 TargetQueries targets, FormJson formJson) {
        this.tables = tables;
        this.targetForm = targetForm;
        this.evaluations = evaluations;
        this.targets = targets;
        this.formJson = formJson;
    }

    @Override
    public List<String> names() {
        return Stream.concat(targetForm.names().stream(), Stream.of(RESULTS, BUDGET, SCORES)).toList();
    }

    @Override
    public Map<String, Object> of(DelegateTask task) {
        PerformanceTarget target = tables.of(task);
        Map<String, Object> variables = new LinkedHashMap<>(targetForm.formVariables(target.getId()));
        EvaluationView recorded = evaluations.get(target.getId(), CurrentUser.system());
        variables.put(RESULTS, formJson.of(recorded.results()));
        variables.put(BUDGET, formJson.of(recorded.recorded() ? recorded.budget()
                : fundLines(targets.details(target.getId()))));
        variables.put(SCORES, formJson.of(recorded.scores()));
        return variables;
    }

    /** The table's total funds where it states them, else each source, as the year's budget lines. */
    private static List<Map<String, Object>> fundLines(TargetDetails target) {
        boolean total = target.funds().stream().anyMatch(fund -> fund.source() == FundSource.TOTAL);
        return target.funds().stream().filter(fund -> fund.annualBudget() != null)
                .filter(fund -> !total || fund.source() == FundSource.TOTAL)
                .map(fund -> {
                    Map<String, Object> line = new LinkedHashMap<>();
                    line.put("name", fund.label());
                    line.put("initialBudget", fund.annualBudget());
                    line.put("adjustedBudget", fund.annualBudget());
                    line.put("actualSpending", (BigDecimal) null);
                    return line;
                }).toList();
    }
}
