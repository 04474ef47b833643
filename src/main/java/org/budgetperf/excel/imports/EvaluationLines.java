package org.budgetperf.excel.imports;

import java.util.List;
import java.util.Optional;
import org.budgetperf.evaluation.EvaluationRequest;

/** The self-evaluation a table carries (seed 002: actual values, their sources, causes, budget execution). */
final class EvaluationLines {

    private EvaluationLines() {
    }

    static Optional<EvaluationRequest> of(TableContent table) {
        List<EvaluationRequest.IndicatorResultLine> results = table.indicators.stream()
                .filter(row -> row.actualValue() != null || row.actualSource() != null || row.cause() != null)
                .map(row -> new EvaluationRequest.IndicatorResultLine(row.level1(), row.level2(), row.level3(),
                        row.actualValue(), row.actualSource(), row.cause()))
                .toList();
        List<EvaluationRequest.BudgetExecutionLine> budget = table.budgetExecution.stream()
                .map(line -> new EvaluationRequest.BudgetExecutionLine(line.name(), line.initial(), line.adjustment(),
                        line.adjusted(), line.actual()))
                .toList();
        return results.isEmpty() && budget.isEmpty() ? Optional.empty()
                : Optional.of(new EvaluationRequest(budget, results));
    }
}
