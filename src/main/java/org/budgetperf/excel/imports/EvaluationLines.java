package org.budgetperf.excel.imports;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.budgetperf.evaluation.EvaluationRequest;
import org.budgetperf.evaluation.EvaluationView;
import org.budgetperf.evaluation.IndicatorKey;

/** The self-evaluation a table carries (seed 002: actual values, their sources, causes, budget execution). */
final class EvaluationLines {

    private EvaluationLines() {
    }

    static Optional<EvaluationRequest> of(TableContent table) {
        List<TableContent.Indicator> rows = reported(table);
        List<EvaluationRequest.BudgetExecutionLine> budget = table.budgetExecution.stream()
                .map(line -> new EvaluationRequest.BudgetExecutionLine(line.name(), line.initial(), line.adjustment(),
                        line.adjusted(), line.actual()))
                .toList();
        return rows.isEmpty() && budget.isEmpty() ? Optional.empty()
                : Optional.of(new EvaluationRequest(budget, rows.stream()
                        .map(row -> new EvaluationRequest.IndicatorResultLine(row.level1(), row.level2(), row.level3(),
                                row.actualValue(), row.actualSource(), row.cause()))
                        .toList()));
    }

    /**
     * The self-evaluation of a 自评表 uploaded for a table: every indicator row must name one of the table's
     * indicators (an error at its 三级指标 cell otherwise), and there must be something to record.
     */
    static ReportLines<EvaluationRequest> matched(TableContent table, EvaluationView form) {
        List<IndicatorKey> keys = form.results().stream()
                .map(line -> new IndicatorKey(line.level1(), line.level2(), line.level3())).toList();
        table.indicators.forEach(row -> IndicatorMatch.indexOf(table, row, keys));
        EvaluationRequest request = of(table).orElseGet(() -> {
            table.error(table.header.row(), -1, null, "没有填写任何指标完成值、完成值来源、原因分析或预算执行数");
            return new EvaluationRequest(List.of(), List.of());
        });
        return new ReportLines<>(request, Map.of(
                "results", reported(table).stream().map(TableContent.Indicator::row).toList(),
                "budget", table.budgetExecution.stream().map(TableContent.BudgetExecution::row).toList()));
    }

    private static List<TableContent.Indicator> reported(TableContent table) {
        return table.indicators.stream()
                .filter(row -> row.actualValue() != null || row.actualSource() != null || row.cause() != null)
                .toList();
    }
}
