package org.budgetperf.evaluation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.List;
import org.budgetperf.calculation.Achievement;

/** The reviewer's grades of indicators no number decides, each named by its level names. */
public record GradesRequest(
        @NotEmpty(message = "评定不能为空") @Valid List<@NotNull(message = "评定行不能为空") Line> grades) {

    public record Line(
            @NotBlank(message = "一级指标不能为空") String level1,
            @NotBlank(message = "二级指标不能为空") String level2,
            @NotBlank(message = "三级指标不能为空") String level3,
            @NotNull(message = "评定结果不能为空（ACHIEVED 达成、PARTLY_ACHIEVED 部分达成、NOT_ACHIEVED 未达成）")
            Achievement achievement,
            @NotNull(message = "得分不能为空") @Digits(integer = 6, fraction = 2, message = "得分最多两位小数") BigDecimal score) {
    }
}
