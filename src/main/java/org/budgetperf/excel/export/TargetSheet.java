package org.budgetperf.excel.export;

import java.util.Arrays;
import java.util.List;
import org.budgetperf.declaration.ParsedValue;
import org.budgetperf.declaration.RichText;
import org.budgetperf.declaration.TargetDetails;
import org.budgetperf.declaration.TargetDetails.IndicatorView;
import org.budgetperf.declaration.TargetType;

/** 绩效目标表: the declared table, as finance bureaus print it. */
final class TargetSheet {

    static final List<String> FUND_HEADER = List.of("资金来源", "全年(程)预算数", "半年(程)计划执行数");
    static final List<String> EXPENDITURE_HEADER = List.of("支出项目", "全年(程)预算数", "半年(程)计划执行数");
    static final List<String> DUTY_HEADER = List.of("部门职能", "年度目标任务", "支出项目名称", "预算金额(万元)");
    static final List<String> PROJECT_INDICATOR_HEADER = List.of("一级指标", "二级指标", "三级指标", "绩效指标描述",
            "半年(程)指标值", "全年(程)指标值", "分值");
    static final List<String> DEPARTMENT_INDICATOR_HEADER = List.of("一级指标", "二级指标", "三级指标", "绩效指标描述",
            "内涵解释", "设置依据", "指标计算公式或方法", "评分标准", "半年(程)指标值", "全年(程)指标值", "分值");

    private static final int[] PROJECT_WIDTHS = {18, 16, 30, 24, 16, 16, 8};
    private static final int[] DEPARTMENT_WIDTHS = {18, 16, 30, 24, 24, 20, 20, 24, 16, 16, 8};

    private TargetSheet() {
    }

    static int[] widths(TargetDetails target) {
        return target.type() == TargetType.DEPARTMENT ? DEPARTMENT_WIDTHS : PROJECT_WIDTHS;
    }

    static void write(SheetWriter sheet, TargetDetails target) {
        boolean department = target.type() == TargetType.DEPARTMENT;
        sheet.title(TargetHeading.title(target, ExportTable.TARGET));
        sheet.note(TargetHeading.UNIT_NOTE);
        TargetHeading.identify(sheet, target, "主管部门");
        describe(sheet, target);
        if (department) {
            describeDepartment(sheet, target);
        }
        funds(sheet, target);
        if (department) {
            sheet.skipLine();
            sheet.header(DUTY_HEADER);
            target.dutyGoals().forEach(goal -> sheet.row(Arrays.asList(goal.duty(), goal.task(),
                    goal.expenditureProject(), TargetHeading.inWan(goal.amount(), target))));
        }
        sheet.skipLine();
        sheet.header(department ? DEPARTMENT_INDICATOR_HEADER : PROJECT_INDICATOR_HEADER);
        sheet.levelRows(target.indicators().stream().map(row -> indicatorRow(row, department)).toList());
    }

    private static void describe(SheetWriter sheet, TargetDetails target) {
        sheet.keyValue("项目类型", target.category());
        sheet.keyValue("项目级次", target.projectLevel());
        sheet.keyValue("开始时间", target.startYear() == null ? null : target.startYear() + "年");
        sheet.keyValue("完成时间", target.endYear() == null ? null : target.endYear() + "年");
        sheet.keyValue("项目负责人", target.responsiblePerson());
        sheet.keyValue("联系电话", target.contactPhone());
        sheet.keyValue("立项必要性", RichText.toPlainText(target.rationale()));
        sheet.keyValue("实施可行性", RichText.toPlainText(target.feasibility()));
        sheet.keyValue("项目实施内容", RichText.toPlainText(target.content()));
        sheet.keyValue("中长期目标", RichText.toPlainText(target.midLongTermGoal()));
        sheet.keyValue("年度目标", RichText.toPlainText(target.annualGoal()));
    }

    private static void describeDepartment(SheetWriter sheet, TargetDetails target) {
        sheet.keyValue("部门职责", RichText.toPlainText(target.duties()));
        sheet.keyValue("年度重点任务", RichText.toPlainText(target.keyTasks()));
        sheet.keyValue("基本支出", TargetHeading.inWan(target.basicExpenditure(), target));
        sheet.keyValue("项目支出", TargetHeading.inWan(target.projectExpenditure(), target));
        sheet.keyValue("人员编制数", target.headCount());
        sheet.keyValue("资产情况", RichText.toPlainText(target.assets()));
    }

    private static void funds(SheetWriter sheet, TargetDetails target) {
        sheet.skipLine();
        sheet.header(FUND_HEADER);
        target.funds().forEach(line -> sheet.row(Arrays.asList(line.label(),
                TargetHeading.inWan(line.annualBudget(), target), TargetHeading.inWan(line.halfYearPlanned(), target))));
        sheet.header(EXPENDITURE_HEADER);
        target.expenditures().forEach(line -> sheet.row(Arrays.asList(line.name(),
                TargetHeading.inWan(line.annualBudget(), target), TargetHeading.inWan(line.halfYearPlanned(), target))));
    }

    private static List<Object> indicatorRow(IndicatorView row, boolean department) {
        Double weight = row.weight() == null ? null : row.weight().doubleValue();
        if (department) {
            return Arrays.asList(row.level1(), row.level2(), row.level3(), row.description(), row.explanation(),
                    row.basis(), row.formula(), row.scoringRule(), raw(row.halfYearValue()), raw(row.fullYearValue()),
                    weight);
        }
        return Arrays.asList(row.level1(), row.level2(), row.level3(), row.description(), raw(row.halfYearValue()),
                raw(row.fullYearValue()), weight);
    }

    static String raw(ParsedValue value) {
        return value == null ? null : value.raw();
    }
}
