package org.budgetperf.excel.export;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.budgetperf.evaluation.EvaluationView;
import org.budgetperf.declaration.TargetDetails;
import org.budgetperf.declaration.TargetType;

/**
 * 绩效自评表 in seed 002's layout: the 预算信息 block and the self-evaluation table with target value, actual value,
 * source, deviation and cause per indicator; our additions: each indicator's 分值 and 得分, and under the heading the
 * budget execution's score, the total and the grade (where an upload's reader takes them for heading fields, not for
 * indicator rows). Without a recorded evaluation it is the blank form: the budget column 年初预算数 from the table's
 * funds and every indicator's target value.
 */
final class EvaluationSheet {

    static final List<String> BUDGET_HEADER = List.of("本年度预算资金（万元）", "年初预算数（万元）",
            "上年度结转及当年预算追加追减数(万元）", "调整预算数（万元）", "实际支出数（万元）", "执行率（%)");
    static final List<String> INDICATOR_HEADER = List.of("", "类别", "指标名称", "指标目标值", "指标完成值", "完成值来源",
            "偏差情况", "原因分析", "分值", "得分");
    static final String TOTAL_PENDING = "待评定定性指标后计算";
    static final String BUDGET_SECTION = "预算信息";
    static final String TOTAL_LINE = "预算总金额";

    static final int[] WIDTHS = {24, 16, 36, 18, 18, 20, 12, 30, 8, 8};

    private EvaluationSheet() {
    }

    static void write(SheetWriter sheet, TargetDetails target, EvaluationView evaluation) {
        boolean department = target.type() == TargetType.DEPARTMENT;
        sheet.title(TargetHeading.title(target, ExportTable.EVALUATION));
        TargetHeading.identify(sheet, target, department ? "部门名称" : "主管部门");
        if (evaluation.recorded() && evaluation.scores() != null) {
            EvaluationView.ScoreView scores = evaluation.scores();
            sheet.keyValue("预算执行得分", scores.budgetScore());
            sheet.keyValue("自评总分", scores.totalScore() == null ? TOTAL_PENDING : scores.totalScore());
            sheet.keyValue("自评等级", scores.gradeLabel());
        }
        sheet.skipLine();
        sheet.section(BUDGET_SECTION);
        sheet.header(BUDGET_HEADER);
        budgetRows(target, evaluation).forEach(sheet::row);
        sheet.skipLine();
        sheet.section(department ? "部门整体自评表" : "项目自评表");
        sheet.header(INDICATOR_HEADER);
        sheet.levelRows(evaluation.results().stream()
                .map(row -> Arrays.<Object>asList(row.level1(), row.level2(), row.level3(), row.targetValue(),
                        row.actualValue(), row.source(), figure(row.deviation()), row.cause(),
                        row.scoring() == null ? null : row.scoring().weight(),
                        row.scoring() == null ? null : row.scoring().score()))
                .toList());
    }

    private static List<List<Object>> budgetRows(TargetDetails target, EvaluationView evaluation) {
        if (evaluation.recorded()) {
            return evaluation.budget().stream()
                    .map(line -> Arrays.<Object>asList(line.name(), line.initialBudget(), line.adjustment(),
                            line.adjustedBudget(), line.actualSpending(), figure(line.executionRate())))
                    .toList();
        }
        List<List<Object>> rows = new ArrayList<>();
        rows.add(planned(TOTAL_LINE, TargetHeading.inWan(target.totalBudget(), target)));
        if (target.basicExpenditure() != null) {
            rows.add(planned("基本支出", TargetHeading.inWan(target.basicExpenditure(), target)));
        }
        if (target.projectExpenditure() != null) {
            rows.add(planned("项目支出", TargetHeading.inWan(target.projectExpenditure(), target)));
        }
        target.expenditures().forEach(line -> rows.add(planned(line.name(),
                TargetHeading.inWan(line.annualBudget(), target))));
        return rows;
    }

    private static SheetWriter.Figure figure(String text) {
        return text == null ? null : new SheetWriter.Figure(text);
    }

    private static List<Object> planned(String name, BigDecimal initialBudget) {
        return Arrays.asList(name, initialBudget, null, null, null, null);
    }
}
