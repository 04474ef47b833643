package org.budgetperf.excel.imports;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The key-value fields above an indicator table, each with the labels the layouts in use give it. */
enum TableField {
    NAME("项目名称"),
    DEPARTMENT_NAME("部门(单位)名称", "部门名称", "预算部门名称", "单位名称"),
    CODE("项目编码", "项目代码", "绩效目标编码"),
    DEPARTMENT_BUDGET_CODE("部门预算编码", "预算单位编码", "单位编码"),
    BUDGET_YEAR("预算年度", "年度"),
    SUPERVISING_DEPARTMENT("主管部门", "主管部门名称", "主管单位"),
    UNIT("实施单位", "预算单位", "实施单位名称"),
    CATEGORY("项目类型", "项目类别", "项目属性"),
    PROJECT_LEVEL("项目级次", "项目级别"),
    START_YEAR("开始时间", "开始年度", "项目开始时间"),
    END_YEAR("完成时间", "完成年度", "结束时间", "项目完成时间"),
    RESPONSIBLE_PERSON_AND_PHONE("项目负责人/联系电话", "负责人/联系电话"),
    RESPONSIBLE_PERSON("项目负责人", "负责人"),
    CONTACT_PHONE("联系电话", "联系方式"),
    RATIONALE("立项必要性", "立项依据"),
    FEASIBILITY("实施可行性", "可行性"),
    CONTENT("项目实施内容", "实施内容", "预算规模及资金用途", "资金用途"),
    MID_LONG_TERM_GOAL("中长期目标", "长期目标"),
    ANNUAL_GOAL("年度目标", "绩效目标", "年度总体目标", "年度绩效目标"),
    DUTIES("部门职责", "主要职责"),
    KEY_TASKS("年度重点任务", "重点任务"),
    BASIC_EXPENDITURE("基本支出"),
    PROJECT_EXPENDITURE("项目支出"),
    HEAD_COUNT("人员编制数", "编制人数", "人员编制"),
    ASSETS("资产情况", "资产");

    private final List<String> labels;

    TableField(String... labels) {
        this.labels = List.of(labels);
    }

    String label() {
        return labels.get(0);
    }

    static Optional<TableField> labelled(String text) {
        String key = Labels.normalise(text);
        return Arrays.stream(values()).filter(field -> field.labels.contains(key)).findFirst();
    }
}
