package org.budgetperf.excel.export;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.budgetperf.declaration.FundSource;
import org.budgetperf.declaration.TargetDetails;
import org.budgetperf.declaration.TargetDetails.ExpenditureView;

/**
 * 绩效运行监控表: the half-year report form. Monitoring data is not modelled yet, so the columns the unit reports
 * (1-6月实际执行数, 执行率, 1-6月完成值, 全年预计完成值, 偏差原因, 纠偏措施) are left blank for it to fill in.
 */
final class MonitoringSheet {

    static final List<String> BUDGET_HEADER = List.of("全年预算数", "半年计划执行数", "1-6月实际执行数", "执行率");
    static final List<String> INDICATOR_HEADER = List.of("一级指标", "二级指标", "三级指标", "半年(程)指标值",
            "全年(程)指标值", "1-6月完成值", "全年预计完成值", "偏差原因", "纠偏措施");

    static final int[] WIDTHS = {18, 16, 30, 16, 16, 16, 16, 24, 24};

    private MonitoringSheet() {
    }

    static void write(SheetWriter sheet, TargetDetails target) {
        sheet.title(TargetHeading.title(target, ExportTable.MONITORING));
        sheet.note(TargetHeading.UNIT_NOTE);
        TargetHeading.identify(sheet, target, "主管部门");
        sheet.skipLine();
        sheet.header(BUDGET_HEADER);
        sheet.row(Arrays.asList(TargetHeading.inWan(target.totalBudget(), target),
                TargetHeading.inWan(halfYearPlanned(target), target), null, null));
        sheet.skipLine();
        sheet.header(INDICATOR_HEADER);
        sheet.levelRows(target.indicators().stream()
                .map(row -> Arrays.<Object>asList(row.level1(), row.level2(), row.level3(),
                        TargetSheet.raw(row.halfYearValue()), TargetSheet.raw(row.fullYearValue()),
                        null, null, null, null))
                .toList());
    }

    /** The 资金总额 line's half-year plan where the table states one, else the expenditure lines' plans added up. */
    private static BigDecimal halfYearPlanned(TargetDetails target) {
        return target.funds().stream().filter(line -> line.source() == FundSource.TOTAL)
                .map(TargetDetails.FundView::halfYearPlanned).filter(Objects::nonNull).findFirst()
                .orElseGet(() -> target.expenditures().stream().map(ExpenditureView::halfYearPlanned)
                        .filter(Objects::nonNull).reduce(BigDecimal::add).orElse(null));
    }
}
