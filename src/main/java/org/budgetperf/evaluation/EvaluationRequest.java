package org.budgetperf.evaluation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * A self-evaluation as the unit records it: budget execution lines (万元) and one result per indicator, named by its
 * level-1, level-2 and level-3 names. Amounts may carry more decimals than stored (a spreadsheet's
 * {@code 1176.7299999999998}); they are kept to six decimals.
 */
public record EvaluationRequest(
        @Valid List<@NotNull(message = "预算行不能为空") BudgetExecutionLine> budget,
        @Valid List<@NotNull(message = "指标结果行不能为空") IndicatorResultLine> results) {

    public record BudgetExecutionLine(
            @NotBlank(message = "预算项目名称不能为空") @Size(max = 300, message = "预算项目名称最长300字") String name,
            @DecimalMin(value = "0", message = "年初预算数不能为负数")
            @Digits(integer = 14, fraction = 20, message = "年初预算数格式不正确") BigDecimal initialBudget,
            @Digits(integer = 14, fraction = 20, message = "上年度结转及当年预算追加追减数格式不正确") BigDecimal adjustment,
            @DecimalMin(value = "0", message = "调整预算数不能为负数")
            @Digits(integer = 14, fraction = 20, message = "调整预算数格式不正确") BigDecimal adjustedBudget,
            @DecimalMin(value = "0", message = "实际支出数不能为负数")
            @Digits(integer = 14, fraction = 20, message = "实际支出数格式不正确") BigDecimal actualSpending) {
    }

    public record IndicatorResultLine(
            @NotBlank(message = "一级指标不能为空") String level1,
            @NotBlank(message = "二级指标不能为空") String level2,
            @NotBlank(message = "三级指标不能为空") String level3,
            @Size(max = 1000, message = "指标完成值最长1000字") String actualValue,
            @Size(max = 500, message = "完成值来源最长500字") String source,
            String cause) {
    }
}
