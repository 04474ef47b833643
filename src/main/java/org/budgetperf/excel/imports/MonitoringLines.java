package org.budgetperf.excel.imports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.budgetperf.calculation.ProgressStatement;
import org.budgetperf.declaration.FundSource;
import org.budgetperf.evaluation.IndicatorKey;
import org.budgetperf.monitoring.MonitoringRequest;
import org.budgetperf.monitoring.MonitoringView;

/**
 * The half-year report a 监控表 carries: each indicator row matched to the table's indicator by its level names,
 * each fund line to the table's fund source by its label, amounts brought from the sheet's money unit (万元 unless
 * it says 元) to the table's. What cannot be read is an error at its cell.
 */
final class MonitoringLines {

    private static final BigDecimal YUAN_PER_WAN = BigDecimal.valueOf(10_000);
    private static final String EXECUTED = "1-6月实际执行数";

    private MonitoringLines() {
    }

    static ReportLines<MonitoringRequest> of(TableContent table, MonitoringView form) {
        List<IndicatorKey> keys = form.indicators().stream()
                .map(line -> new IndicatorKey(line.level1(), line.level2(), line.level3())).toList();
        List<MonitoringRequest.IndicatorLine> indicators = new ArrayList<>();
        List<Integer> indicatorRows = new ArrayList<>();
        for (TableContent.Indicator row : table.indicators) {
            IndicatorMatch.indexOf(table, row, keys).ifPresent(index -> {
                indicators.add(new MonitoringRequest.IndicatorLine(form.indicators().get(index).indicatorId(),
                        row.halfYearActual(), row.expectedFullYear(), statement(table, row), row.cause(),
                        row.measures()));
                indicatorRows.add(row.row());
            });
        }
        Set<FundSource> reported = form.funds().stream().map(MonitoringView.FundView::source)
                .collect(Collectors.toSet());
        List<MonitoringRequest.FundLine> funds = new ArrayList<>();
        List<Integer> fundRows = new ArrayList<>();
        for (TableContent.Fund fund : table.funds) {
            if (fund.executed() != null) {
                funds.add(new MonitoringRequest.FundLine(fund.source(),
                        inTableUnit(fund.executed(), table.fundUnit, form.fundUnit())));
                fundRows.add(fund.row());
            } else if (reported.contains(fund.source())) {
                table.error(fund.row(), fund.executedColumn() == null ? -1 : fund.executedColumn(), EXECUTED,
                        fund.executedColumn() == null ? "表头中没有“" + EXECUTED + "”列，无法读取“"
                                + fund.source().label() + "”的执行数" : EXECUTED + "不能为空");
            }
        }
        return new ReportLines<>(new MonitoringRequest(indicators, funds),
                Map.of("indicators", indicatorRows, "funds", fundRows));
    }

    private static ProgressStatement statement(TableContent table, TableContent.Indicator row) {
        if (row.statement() == null) {
            return null;
        }
        return ProgressStatement.named(row.statement()).orElseGet(() -> {
            table.error(row.row(), table.header.column(ColumnRole.STATEMENT), ColumnRole.STATEMENT.label(),
                    "“" + row.statement() + "”无法识别，" + ProgressStatement.EXPECTED);
            return null;
        });
    }

    private static BigDecimal inTableUnit(BigDecimal amount, String written, String kept) {
        boolean writtenInYuan = "元".equals(written);
        boolean keptInYuan = "元".equals(kept);
        if (writtenInYuan == keptInYuan) {
            return amount;
        }
        return keptInYuan ? amount.multiply(YUAN_PER_WAN) : amount.divide(YUAN_PER_WAN);
    }
}
