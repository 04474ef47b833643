package org.budgetperf.excel.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.budgetperf.excel.export.Workbooks.cell;
import static org.budgetperf.excel.export.Workbooks.isMerged;
import static org.budgetperf.excel.export.Workbooks.rowStarting;
import static org.budgetperf.excel.export.Workbooks.shown;
import static org.budgetperf.excel.export.Workbooks.shownRow;
import static org.budgetperf.excel.export.Workbooks.valueOf;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.budgetperf.common.BadRequestException;
import org.budgetperf.evaluation.EvaluationView;
import org.budgetperf.monitoring.MonitoringView;
import org.budgetperf.evaluation.EvaluationView.BudgetLineView;
import org.budgetperf.evaluation.EvaluationView.ResultView;
import org.budgetperf.declaration.TargetDetails;
import org.budgetperf.declaration.TargetDetails.IndicatorView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The three layouts written to a workbook and read back with POI. */
class ExportSheetsTest {

    @Test
    void projectTargetSheetHasTitleFactsFundsAndMergedLevels() {
        Sheet sheet = exported(book -> target(book, ExportFixtures.project("JS-01", "万元",
                ExportFixtures.seed000Indicators()))).getSheet("JS-01");

        assertThat(shown(sheet, 0, 0)).isEqualTo("2023年度项目支出绩效目标表");
        assertThat(isMerged(sheet, 0, 0, 0, 6)).isTrue();
        assertThat(shown(sheet, 1, 0)).isEqualTo("单位：万元");
        assertThat(valueOf(sheet, "项目名称")).isEqualTo("联络与合作工作专项经费");
        assertThat(valueOf(sheet, "项目编码")).isEqualTo("JS-01");
        assertThat(valueOf(sheet, "预算年度")).isEqualTo("2023");
        assertThat(valueOf(sheet, "主管部门")).isEqualTo("江苏省红十字会");
        assertThat(valueOf(sheet, "实施单位")).isEqualTo("江苏省红十字会联络与合作中心");
        assertThat(valueOf(sheet, "项目类型")).isEqualTo("常年安排项目");
        assertThat(valueOf(sheet, "开始时间")).isEqualTo("2022年");
        assertThat(valueOf(sheet, "完成时间")).isEqualTo("2024年");
        assertThat(valueOf(sheet, "联系电话")).isEqualTo("025-83318696");
        assertThat(valueOf(sheet, "立项必要性")).isEqualTo("立项必要性第一段\n第二段");
        assertThat(valueOf(sheet, "年度目标")).isEqualTo("开展一次两岸交流活动，100%受理查人转信服务");
        assertThat(Workbooks.findRowStarting(sheet, "实施可行性")).as("empty optional rows are left out").isEmpty();
        assertThat(Workbooks.findRowStarting(sheet, "部门职责")).isEmpty();
        int project = rowStarting(sheet, "项目名称");
        assertThat(isMerged(sheet, project, project, 1, 6)).isTrue();

        int funds = rowStarting(sheet, "资金来源", "全年(程)预算数", "半年(程)计划执行数");
        assertThat(shownRow(sheet, funds + 1, 3)).containsExactly("资金总额", "17.60", "");
        assertThat(shownRow(sheet, funds + 2, 3)).containsExactly("一般公共预算资金", "17.60", "");
        assertMoney(cell(sheet, funds + 1, 1), 17.6);
        int spending = rowStarting(sheet, "支出项目", "全年(程)预算数", "半年(程)计划执行数");
        assertThat(shownRow(sheet, spending + 1, 3)).containsExactly("江苏省红十字会联络与合作中心", "17.60", "3.50");

        int header = rowStarting(sheet, "一级指标");
        assertThat(shownRow(sheet, header, 7)).containsExactly("一级指标", "二级指标", "三级指标", "绩效指标描述",
                "半年(程)指标值", "全年(程)指标值", "分值");
        assertThat(shownRow(sheet, header + 1, 6)).containsExactly("决策", "项目立项", "立项程序规范性", "", "规范", "规范");
        assertThat(shownRow(sheet, header + 2, 3)).containsExactly("", "", "立项依据充分性");
        assertThat(shownRow(sheet, header + 3, 3)).containsExactly("", "绩效目标", "绩效目标合理性");
        assertThat(shownRow(sheet, header + 4, 6)).containsExactly("产出指标", "数量指标", "组织交流活动", "", "≥0次", "≥2次");
        assertThat(isMerged(sheet, header + 1, header + 3, 0, 0)).as("决策 over its three rows").isTrue();
        assertThat(isMerged(sheet, header + 1, header + 2, 1, 1)).as("项目立项 over its two rows").isTrue();
        assertThat(isMerged(sheet, header + 4, header + 5, 0, 0)).as("产出指标 over its two rows").isTrue();
        assertThat(sheet.getMergedRegions()).as("single-row runs are not merged")
                .noneMatch(region -> region.getFirstColumn() == 1 && region.getFirstRow() >= header + 3);
        assertThat(sheet.getLastRowNum()).isEqualTo(header + 5);
    }

    @Test
    void amountsKeptInYuanAreExportedInWan() {
        Sheet sheet = exported(book -> target(book, ExportFixtures.project("JS-02", "元",
                ExportFixtures.seed000Indicators()))).getSheet("JS-02");
        int funds = rowStarting(sheet, "资金来源");
        assertMoney(cell(sheet, funds + 1, 1), 17.6);
        int spending = rowStarting(sheet, "支出项目");
        assertThat(shownRow(sheet, spending + 1, 3)).containsExactly("江苏省红十字会联络与合作中心", "17.60", "3.50");
        assertThat(shown(sheet, 1, 0)).isEqualTo("单位：万元");
    }

    @Test
    void departmentTargetSheetHasItsOwnRowsAndColumns() {
        Sheet sheet = exported(book -> target(book, ExportFixtures.department("338601-2021-ZT")))
                .getSheet("338601-2021-ZT");
        assertThat(shown(sheet, 0, 0)).isEqualTo("2021年度部门整体支出绩效目标表");
        assertThat(isMerged(sheet, 0, 0, 0, 10)).isTrue();
        assertThat(valueOf(sheet, "部门职责")).isEqualTo("部门职责");
        assertThat(valueOf(sheet, "年度重点任务")).isEqualTo("重点任务");
        assertThat(valueOf(sheet, "基本支出")).isEqualTo("1001.11");
        assertThat(valueOf(sheet, "项目支出")).isEqualTo("1119.80");
        assertMoney(cell(sheet, rowStarting(sheet, "项目支出"), 1), 1119.8);
        assertThat(valueOf(sheet, "人员编制数")).isEqualTo("42");

        int duties = rowStarting(sheet, "部门职能", "年度目标任务", "支出项目名称", "预算金额(万元)");
        assertThat(shownRow(sheet, duties + 1, 4)).containsExactly("开展急救培训", "全力打造“红十字在身边”品牌工程",
                "群众性急救公益服务项目", "662.00");

        int header = rowStarting(sheet, "一级指标");
        assertThat(shownRow(sheet, header, 11)).containsExactly("一级指标", "二级指标", "三级指标", "绩效指标描述", "内涵解释",
                "设置依据", "指标计算公式或方法", "评分标准", "半年(程)指标值", "全年(程)指标值", "分值");
        assertThat(shownRow(sheet, header + 1, 11)).containsExactly("产出指标", "数量指标", "编印《福建省红十字会年报》", "",
                "加强全省红十字会系统工作成效交流与宣传", "《红十字会法》", "统计法", "得分=完成数量/目标数量*指标分值", "", "≥300.00册",
                "5.5");
    }

    @ParameterizedTest
    @ValueSource(strings = {"=100%", "+5次", "-3%", "@SUM(A1)", "\t≥2次", "\r规范", "=HYPERLINK(\"http://x\",\"y\")"})
    void textThatLooksLikeAFormulaIsQuotePrefixedAndKeptAsWritten(String value) {
        List<IndicatorView> indicators = List.of(ExportFixtures.indicator("产出指标", "数量指标", "组织交流活动", "≥0次", value));
        Workbook workbook = exported(book -> target(book, ExportFixtures.project("JS-03", "万元", indicators)));
        Sheet sheet = workbook.getSheet("JS-03");
        Cell cell = cell(sheet, rowStarting(sheet, "一级指标") + 1, 5);
        assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
        assertThat(cell.getStringCellValue()).isEqualTo(value);
        assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
        assertThat(cell(sheet, rowStarting(sheet, "一级指标") + 1, 4).getCellStyle().getQuotePrefixed()).isFalse();
        assertThat(Workbooks.hasFormula(workbook)).isFalse();
    }

    @Test
    void noCellOfAnyLayoutIsAFormula() {
        Workbook workbook = exported(book -> {
            TargetDetails target = ExportFixtures.project("JS-04", "万元", ExportFixtures.seed000Indicators());
            target(book, target);
            monitoring(book, target);
            evaluation(book, target, recorded(target));
        });
        assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
        assertThat(Workbooks.hasFormula(workbook)).isFalse();
        assertThat(Workbooks.allCells(workbook)).filteredOn(cell -> cell.getCellType() == CellType.STRING)
                .filteredOn(cell -> FormulaGuard.looksLikeFormula(cell.getStringCellValue()))
                .isNotEmpty()
                .allMatch(cell -> cell.getCellStyle().getQuotePrefixed());
    }

    @Test
    void monitoringFormLeavesTheReportedColumnsBlank() {
        Sheet sheet = exported(book -> monitoring(book, ExportFixtures.project("JS-05", "万元",
                ExportFixtures.seed000Indicators()))).getSheet("JS-05");
        assertThat(shown(sheet, 0, 0)).isEqualTo("2023年度项目支出绩效运行监控表");
        assertThat(valueOf(sheet, "项目编码")).isEqualTo("JS-05");
        int budget = rowStarting(sheet, "资金来源", "全年预算数", "半年计划执行数", "1-6月实际执行数", "执行率");
        assertThat(shownRow(sheet, budget + 1, 5)).containsExactly("资金总额", "17.60", "", "", "");
        int header = rowStarting(sheet, "一级指标");
        assertThat(shownRow(sheet, header, 12)).containsExactly("一级指标", "二级指标", "三级指标", "半年(程)指标值",
                "全年(程)指标值", "1-6月完成值", "全年预计完成值", "进展情况", "进度", "预警灯", "偏差原因", "纠偏措施");
        assertThat(shownRow(sheet, header + 4, 12)).containsExactly("产出指标", "数量指标", "组织交流活动", "≥0次", "≥2次", "",
                "", "", "", "", "", "");
        assertThat(isMerged(sheet, header + 1, header + 3, 0, 0)).isTrue();
    }

    @Test
    void evaluationFormWithoutResultsShowsTargetsAndThePlannedBudget() {
        TargetDetails target = ExportFixtures.project("JS-06", "万元", ExportFixtures.seed000Indicators());
        Sheet sheet = exported(book -> evaluation(book, target, blank(target))).getSheet("JS-06");
        assertThat(shown(sheet, 0, 0)).isEqualTo("2023年度项目支出绩效自评表");
        assertThat(valueOf(sheet, "项目名称")).isEqualTo("联络与合作工作专项经费");
        int budget = rowStarting(sheet, "本年度预算资金（万元）");
        assertThat(shown(sheet, budget - 1, 0)).isEqualTo("预算信息");
        assertThat(shownRow(sheet, budget, 6)).containsExactlyElementsOf(EvaluationSheet.BUDGET_HEADER);
        assertThat(shownRow(sheet, budget + 1, 6)).containsExactly("预算总金额", "17.60", "", "", "", "");
        assertThat(shownRow(sheet, budget + 2, 6)).containsExactly("江苏省红十字会联络与合作中心", "17.60", "", "", "", "");
        int header = rowStarting(sheet, "", "类别", "指标名称");
        assertThat(shown(sheet, header - 1, 0)).isEqualTo("项目自评表");
        assertThat(shownRow(sheet, header + 5, 8)).containsExactly("", "质量指标", "达成交流目标", "=100%", "", "", "", "");
        assertThat(cell(sheet, header + 5, 3).getCellStyle().getQuotePrefixed()).isTrue();
    }

    @Test
    void evaluationFormShowsResultsDeviationAndExecutionRate() {
        TargetDetails target = ExportFixtures.department("338601-2021-ZT");
        Sheet sheet = exported(book -> evaluation(book, target, recorded(target))).getSheet("338601-2021-ZT");
        assertThat(shown(sheet, 0, 0)).isEqualTo("2021年度部门整体支出绩效自评表");
        assertThat(valueOf(sheet, "部门名称")).isEqualTo("福建省红十字会");
        int budget = rowStarting(sheet, "本年度预算资金（万元）");
        assertThat(shownRow(sheet, budget + 1, 6)).containsExactly("预算总金额", "1075.37", "101.36", "1176.73", "1140.78",
                "96.94%");
        assertMoney(cell(sheet, budget + 1, 3), 1176.73);
        assertThat(shownRow(sheet, budget + 2, 6)).containsExactly("办公设备购置", "5.00", "", "5.00", "3.99", "79.80%");
        int header = rowStarting(sheet, "", "类别", "指标名称");
        assertThat(shown(sheet, header - 1, 0)).isEqualTo("部门整体自评表");
        assertThat(shownRow(sheet, header + 1, 8)).containsExactly("产出指标", "数量指标", "编印《福建省红十字会年报》",
                "≥300.00册", "360册", "年报", "20.00%", "");
    }

    @Test
    void evaluationFormEndsWithTheTotalAndGradeOnceScored() {
        TargetDetails target = ExportFixtures.department("338601-2021-ZT");
        EvaluationView scored = withScores(recorded(target), new EvaluationView.ScoreView(new BigDecimal("10"),
                new BigDecimal("9.69"), new BigDecimal("96.57"), "EXCELLENT", "优", false, null));
        Sheet sheet = exported(book -> evaluation(book, target, scored)).getSheet("338601-2021-ZT");
        assertThat(valueOf(sheet, "预算执行得分")).isEqualTo("9.69");
        assertThat(valueOf(sheet, "自评总分")).isEqualTo("96.57");
        assertThat(valueOf(sheet, "自评等级")).isEqualTo("优");
    }

    @Test
    void sheetNamesAreSafeUniqueAndShort() {
        Workbook workbook = exported(book -> {
            book.sheet("ABCDEFGHIJKLMNOPQRSTUVWXYZ-0123456789", 10);
            book.sheet("ABCDEFGHIJKLMNOPQRSTUVWXYZ-0123456789-other", 10);
            book.sheet("a/b:c", 10);
            book.sheet("A/B:C", 10);
        });
        List<String> names = List.of(workbook.getSheetName(0), workbook.getSheetName(1), workbook.getSheetName(2),
                workbook.getSheetName(3));
        assertThat(names).doesNotHaveDuplicates().allMatch(name -> name.length() <= 31);
        assertThat(names.get(1)).endsWith("~2");
        assertThat(names.get(3)).endsWith("~2");
    }

    @Test
    void tableNamesAreCheckedInChinese() {
        assertThat(ExportTable.of(" Evaluation ")).isEqualTo(ExportTable.EVALUATION);
        assertThatThrownBy(() -> ExportTable.of("budget")).isInstanceOf(BadRequestException.class)
                .hasMessageContaining("未知的导出表格类型“budget”").hasMessageContaining("target（绩效目标表）");
    }

    @Test
    void fileNameIsSentInUtf8AndAscii() {
        ExportFile file = new ExportFile("JS-HSZH-LLHZ-2023-01-绩效目标表.xlsx", "JS-HSZH-LLHZ-2023-01-target.xlsx",
                new byte[0]);
        assertThat(file.contentDisposition()).isEqualTo("attachment; filename=\"JS-HSZH-LLHZ-2023-01-target.xlsx\"; "
                + "filename*=UTF-8''JS-HSZH-LLHZ-2023-01-%E7%BB%A9%E6%95%88%E7%9B%AE%E6%A0%87%E8%A1%A8.xlsx");
    }

    private static EvaluationView blank(TargetDetails target) {
        return new EvaluationView(target.id(), target.code(), target.budgetYear(), false, null, null, null, List.of(),
                target.indicators().stream().map(row -> new ResultView(row.level1(), row.level2(), row.level3(),
                        row.fullYearValue().raw(), null, null, null, null, null)).toList(), null);
    }

    private static EvaluationView recorded(TargetDetails target) {
        return new EvaluationView(target.id(), target.code(), target.budgetYear(), true, 1, "unit-staff", Instant.now(),
                List.of(new BudgetLineView("预算总金额", new BigDecimal("1075.370000"), new BigDecimal("101.360000"),
                                new BigDecimal("1176.730000"), new BigDecimal("1140.780000"), "96.94%"),
                        new BudgetLineView("办公设备购置", new BigDecimal("5"), null, new BigDecimal("5"),
                                new BigDecimal("3.99"), "79.80%")),
                target.indicators().stream().map(row -> new ResultView(row.level1(), row.level2(), row.level3(),
                        row.fullYearValue().raw(), "360册", "年报", "20.00%", null, null)).toList(), null);
    }

    private static EvaluationView withScores(EvaluationView view, EvaluationView.ScoreView scores) {
        return new EvaluationView(view.targetId(), view.targetCode(), view.budgetYear(), view.recorded(),
                view.versionNo(), view.recordedBy(), view.recordedAt(), view.budget(), view.results(), scores);
    }

    private static void assertMoney(Cell cell, double value) {
        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(cell.getNumericCellValue()).isEqualTo(value);
        assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo(SheetStyles.MONEY_FORMAT);
    }

    private static void target(ExportWorkbook book, TargetDetails target) {
        TargetSheet.write(book.sheet(target.code(), TargetSheet.widths(target)), target);
    }

    private static void monitoring(ExportWorkbook book, TargetDetails target) {
        MonitoringSheet.write(book.sheet(target.code(), MonitoringSheet.WIDTHS), target, unsubmitted(target));
    }

    private static MonitoringView unsubmitted(TargetDetails target) {
        return new MonitoringView(target.id(), target.code(), target.budgetYear(), 1, target.fundUnit(), false, null,
                null, null, null, null, target.indicators().stream().map(row -> new MonitoringView.IndicatorView(null,
                        row.level1(), row.level2(), row.level3(), TargetSheet.raw(row.halfYearValue()),
                        TargetSheet.raw(row.fullYearValue()), null, null, null, null, null, null, null, null, null, false,
                        null, null))
                .toList(), target.funds().stream().map(line -> new MonitoringView.FundView(line.source(), line.label(),
                        line.annualBudget(), line.halfYearPlanned(), null, null, null, null, null)).toList());
    }

    private static void evaluation(ExportWorkbook book, TargetDetails target, EvaluationView evaluation) {
        EvaluationSheet.write(book.sheet(target.code(), EvaluationSheet.WIDTHS), target, evaluation);
    }

    private static Workbook exported(Consumer<ExportWorkbook> writing) {
        try (ExportWorkbook book = new ExportWorkbook()) {
            writing.accept(book);
            return Workbooks.open(book.bytes());
        }
    }
}
