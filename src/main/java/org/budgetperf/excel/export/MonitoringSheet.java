package org.budgetperf.excel.export;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.budgetperf.calculation.Light;
import org.budgetperf.declaration.FundSource;
import org.budgetperf.declaration.TargetDetails;
import org.budgetperf.monitoring.MonitoringView;

/**
 * 绩效运行监控表: the half-year report form, a budget line per fund source with money in it (and 合计 where the
 * table has no 资金总额 line). Once the unit has submitted its report the sheet carries what it
 * entered (1-6月实际执行数, 1-6月完成值, 全年预计完成值, 进展情况, 偏差原因, 纠偏措施) and the computed rates, progress
 * and lights (红灯/黄灯/绿灯/蓝灯); before that those columns are blank for the unit to fill in.
 */
final class MonitoringSheet {

    static final List<String> BUDGET_HEADER = List.of("资金来源", "全年预算数", "半年计划执行数", "1-6月实际执行数",
            "执行率", "计划完成率", "预警灯");
    /** The whole budget where the table has several sources and no 资金总额 line; computed, so an upload skips it. */
    static final String BUDGET_TOTAL = "合计";
    static final List<String> INDICATOR_HEADER = List.of("一级指标", "二级指标", "三级指标", "半年(程)指标值",
            "全年(程)指标值", "1-6月完成值", "全年预计完成值", "进展情况", "进度", "预警灯", "偏差原因", "纠偏措施");

    static final int[] WIDTHS = {18, 16, 30, 16, 16, 16, 16, 12, 10, 8, 24, 24};

    private MonitoringSheet() {
    }

    static void write(SheetWriter sheet, TargetDetails target, MonitoringView report) {
        sheet.title(TargetHeading.title(target, ExportTable.MONITORING));
        sheet.note(TargetHeading.UNIT_NOTE);
        TargetHeading.identify(sheet, target, "主管部门");
        sheet.skipLine();
        sheet.header(BUDGET_HEADER);
        report.funds().forEach(line -> sheet.row(Arrays.asList(line.label(),
                TargetHeading.inWan(line.annualBudget(), target), TargetHeading.inWan(line.planned(), target),
                TargetHeading.inWan(line.executed(), target), percent(line.executionRate()),
                percent(line.scheduleRate()), light(line.light()))));
        MonitoringView.BudgetView budget = report.budget();
        if (budget != null && report.funds().size() > 1 && report.funds().stream().noneMatch(line -> line.source() == FundSource.TOTAL)) {
            sheet.row(Arrays.asList(BUDGET_TOTAL, TargetHeading.inWan(budget.annualBudget(), target),
                    TargetHeading.inWan(budget.planned(), target), TargetHeading.inWan(budget.executed(), target),
                    percent(budget.executionRate()), percent(budget.scheduleRate()), light(budget.light())));
        }
        sheet.skipLine();
        sheet.header(INDICATOR_HEADER);
        sheet.levelRows(report.indicators().stream()
                .map(row -> Arrays.<Object>asList(row.level1(), row.level2(), row.level3(), row.halfYearValue(),
                        row.fullYearValue(), row.halfYearActual(), row.expectedFullYear(), row.statementLabel(),
                        percent(row.progress()), light(row.light()), row.cause(), row.measures()))
                .toList());
    }

    private static SheetWriter.Figure percent(BigDecimal percent) {
        return percent == null ? null : new SheetWriter.Figure(percent.toPlainString() + "%");
    }

    private static String light(Light light) {
        return light == null ? null : light.label();
    }
}
