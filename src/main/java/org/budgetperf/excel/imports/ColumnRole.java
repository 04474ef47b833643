package org.budgetperf.excel.imports;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The columns of an indicator table, each with the names and synonyms people give it: the declaration's, the
 * self-evaluation's and the half-year monitoring's (1-6月完成值 … 纠偏措施).
 */
enum ColumnRole {
    LEVEL1("一级指标", "一级目标", "一级指标名称"),
    LEVEL2("二级指标", "二级目标", "二级指标名称", "类别"),
    LEVEL3("三级指标", "三级指标名称", "三级目标", "指标名称", "指标内容"),
    DESCRIPTION("绩效指标描述", "指标描述", "指标说明", "绩效指标说明"),
    HALF_YEAR_VALUE("半年(程)指标值", "半年指标值", "半年度指标值", "半年目标值", "半年(程)目标值"),
    FULL_YEAR_VALUE("全年(程)指标值", "全年指标值", "年度指标值", "全年目标值", "指标值", "目标值", "指标目标值",
            "年度目标值"),
    EXPLANATION("内涵解释", "指标解释", "指标内涵"),
    BASIS("设置依据", "指标设置依据"),
    FORMULA("指标计算公式或方法", "计算公式", "计算方法", "指标计算公式"),
    SCORING_RULE("评分标准", "评分规则"),
    WEIGHT("分值", "指标分值", "权重"),
    ACTUAL_VALUE("指标完成值", "完成值", "实际完成值", "全年实际完成值"),
    ACTUAL_SOURCE("完成值来源", "数据来源"),
    DEVIATION("偏差情况", "偏差率"),
    CAUSE("原因分析", "偏差原因", "偏差原因分析"),
    HALF_YEAR_ACTUAL("1-6月完成值", "半年完成值", "1-6月实际完成值", "半年实际完成值", "上半年完成值"),
    EXPECTED_FULL_YEAR("全年预计完成值", "预计全年完成值", "全年预计完成情况"),
    STATEMENT("进展情况", "执行进展"),
    MEASURES("纠偏措施", "整改措施", "改进措施");

    private final List<String> names;

    ColumnRole(String... names) {
        this.names = List.of(names);
    }

    String label() {
        return names.get(0);
    }

    static Optional<ColumnRole> named(String header) {
        String key = Labels.normalise(header);
        return Arrays.stream(values()).filter(role -> role.names.contains(key)).findFirst();
    }
}
