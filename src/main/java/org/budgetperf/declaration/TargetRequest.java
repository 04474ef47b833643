package org.budgetperf.declaration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.budgetperf.common.HasVisibleText;

/**
 * The content of a performance target table as a unit declares it (also the demo-data file format). The default
 * constraints hold for every draft (identity, formats, limits); those of {@link Submission} say what a table must
 * have before it goes to review, so a draft may be incomplete.
 */
public record TargetRequest(
        @NotBlank(message = "项目编码不能为空")
        @Pattern(regexp = "[A-Za-z0-9_-]{1,64}", message = "项目编码只能包含字母、数字、下划线和连字符，最长64位")
        String code,
        @NotNull(message = "预算年度不能为空") @Min(value = 2000, message = "预算年度不能早于2000年")
        @Max(value = 2100, message = "预算年度不能晚于2100年")
        Integer budgetYear,
        @NotNull(message = "目标类型不能为空（PROJECT 项目支出 / DEPARTMENT 部门整体支出）") TargetType type,
        @HasVisibleText(groups = Submission.class, message = "未填写项目名称") @Size(max = 300, message = "项目名称最长300字") String name,
        @HasVisibleText(message = "主管部门不能为空") @Size(max = 64, message = "主管部门编码最长64位") String departmentCode,
        @HasVisibleText(message = "实施单位不能为空") @Size(max = 64, message = "实施单位编码最长64位") String unitCode,
        @Size(max = 100, message = "项目类型最长100字") String category,
        @Size(max = 100, message = "项目级次最长100字") String projectLevel,
        @Min(value = 2000, message = "开始年度不能早于2000年") Integer startYear,
        @Max(value = 2100, message = "完成年度不能晚于2100年") Integer endYear,
        @Size(max = 100, message = "项目负责人最长100字") String responsiblePerson,
        @Size(max = 100, message = "联系电话最长100字") String contactPhone,
        String rationale,
        String feasibility,
        String content,
        String midLongTermGoal,
        String annualGoal,
        @Pattern(regexp = "万元|元", message = "金额单位只能是“万元”或“元”") String fundUnit,
        @Valid List<@NotNull(message = "资金来源行不能为空") FundSourceLine> funds,
        @Valid List<@NotNull(message = "支出行不能为空") ExpenditureLine> expenditures,
        @DecimalMin(value = "0", message = "基本支出不能为负数")
        @Digits(integer = 14, fraction = 6, message = "基本支出金额格式不正确") BigDecimal basicExpenditure,
        @DecimalMin(value = "0", message = "项目支出不能为负数")
        @Digits(integer = 14, fraction = 6, message = "项目支出金额格式不正确") BigDecimal projectExpenditure,
        String duties,
        String keyTasks,
        @Min(value = 0, message = "人数不能为负数") Integer headCount,
        String assets,
        @Valid List<@NotNull(message = "年度履职目标行不能为空") DutyGoalLine> dutyGoals,
        @NotEmpty(groups = Submission.class, message = "未填写绩效指标，至少填写一条三级指标")
        @Valid List<@NotNull(message = "绩效指标行不能为空") IndicatorLine> indicators) {

    public record FundSourceLine(
            @NotNull(message = "资金来源不能为空") FundSource source,
            @NotNull(groups = Submission.class, message = "未填写全年预算数")
            @DecimalMin(value = "0", message = "金额不能为负数")
            @Digits(integer = 14, fraction = 6, message = "金额格式不正确") BigDecimal annualBudget,
            @DecimalMin(value = "0", message = "金额不能为负数")
            @Digits(integer = 14, fraction = 6, message = "金额格式不正确") BigDecimal halfYearPlanned) {
    }

    public record ExpenditureLine(
            @HasVisibleText(groups = Submission.class, message = "未填写支出项目名称")
            @Size(max = 300, message = "支出项目名称最长300字") String name,
            @NotNull(groups = Submission.class, message = "未填写全年预算数") @DecimalMin(value = "0", message = "金额不能为负数")
            @Digits(integer = 14, fraction = 6, message = "金额格式不正确") BigDecimal annualBudget,
            @DecimalMin(value = "0", message = "金额不能为负数")
            @Digits(integer = 14, fraction = 6, message = "金额格式不正确") BigDecimal halfYearPlanned) {
    }

    public record DutyGoalLine(
            String duty,
            String task,
            @Size(max = 300, message = "支出项目名称最长300字") String expenditureProject,
            @DecimalMin(value = "0", message = "金额不能为负数")
            @Digits(integer = 14, fraction = 6, message = "金额格式不正确") BigDecimal amount) {
    }

    public record IndicatorLine(
            @HasVisibleText(groups = Submission.class, message = "未填写一级指标")
            @Size(max = 200, message = "一级指标最长200字") String level1,
            @HasVisibleText(groups = Submission.class, message = "未填写二级指标")
            @Size(max = 200, message = "二级指标最长200字") String level2,
            @HasVisibleText(groups = Submission.class, message = "未填写三级指标")
            @Size(max = 500, message = "三级指标最长500字") String level3,
            String description,
            @Size(max = 1000, message = "半年指标值最长1000字") String halfYearValue,
            @HasVisibleText(groups = Submission.class, message = "未填写全年指标值")
            @Size(max = 1000, message = "全年指标值最长1000字")
            String fullYearValue,
            String explanation,
            String basis,
            String formula,
            String scoringRule,
            @DecimalMin(value = "0", message = "分值不能为负数")
            @Digits(integer = 6, fraction = 4, message = "分值格式不正确") BigDecimal weight) {
    }

    /** The constraints a table must meet to be submitted: what a complete table has, not what a draft may lack. */
    public interface Submission {
    }
}
