package org.budgetperf.excel.imports;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.budgetperf.declaration.FundSource;

/** Labels of fund sources and of the money columns in the funds, spending and budget-execution blocks. */
final class MoneyLabels {

    private static final Map<String, FundSource> SOURCE_SYNONYMS = Map.of(
            "预算数", FundSource.TOTAL, "预算总额", FundSource.TOTAL, "资金总额合计", FundSource.TOTAL,
            "财政拨款", FundSource.FISCAL, "一般公共预算", FundSource.GENERAL_PUBLIC_BUDGET,
            "上年结转", FundSource.PRIOR_YEAR_CARRYOVER);

    static final Set<String> ANNUAL = Set.of("全年(程)预算数", "全年预算数", "年度预算数", "全年(程)预算数(万元)",
            "全年预算数(万元)");
    static final Set<String> HALF_YEAR = Set.of("半年(程)计划执行数", "半年计划执行数", "半年(程)预算数",
            "半年计划执行数(万元)");
    static final Set<String> HALF_YEAR_EXECUTED = Set.of("1-6月实际执行数", "1-6月执行数", "半年实际执行数",
            "1-6月实际执行数(万元)", "1-6月执行数(万元)");
    static final Set<String> SPENDING_BLOCK = Set.of("支出", "支出项目", "支出明细", "项目支出明细");

    static final Set<String> DUTY = Set.of("部门职能", "部门职责", "对应部门主要职责");
    static final Set<String> DUTY_TASK = Set.of("年度目标任务", "目标任务");
    static final Set<String> DUTY_PROJECT = Set.of("支出项目名称", "支出项目");
    static final Set<String> DUTY_AMOUNT = Set.of("预算金额(万元)", "预算金额", "预算金额(元)");

    static final Set<String> BUDGET_NAME = Set.of("本年度预算资金(万元)", "本年度预算资金", "预算资金", "项目");
    static final Set<String> BUDGET_INITIAL = Set.of("年初预算数(万元)", "年初预算数");
    static final Set<String> BUDGET_ADJUSTMENT = Set.of("上年度结转及当年预算追加追减数(万元)",
            "上年度结转及当年预算追加追减数", "预算调整数(万元)", "预算调整数");
    static final Set<String> BUDGET_ADJUSTED = Set.of("调整预算数(万元)", "调整预算数", "全年预算数(万元)");
    static final Set<String> BUDGET_ACTUAL = Set.of("实际支出数(万元)", "实际支出数", "全年执行数(万元)", "全年执行数");

    private MoneyLabels() {
    }

    static Optional<FundSource> source(String text) {
        String key = Labels.normalise(text);
        for (FundSource source : FundSource.values()) {
            if (source.label().equals(key)) {
                return Optional.of(source);
            }
        }
        return Optional.ofNullable(SOURCE_SYNONYMS.get(key));
    }

    /** 万元 or 元 when the text declares the money unit (单位：万元, 项目资金（万元）), otherwise empty. */
    static Optional<String> unitDeclared(String text) {
        String key = Labels.normalise(text);
        if (key.equals("单位万元") || key.endsWith("(万元)")) {
            return Optional.of("万元");
        }
        if (key.equals("单位元") || key.endsWith("(元)")) {
            return Optional.of("元");
        }
        return Optional.empty();
    }
}
