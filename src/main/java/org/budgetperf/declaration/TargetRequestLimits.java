package org.budgetperf.declaration;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.budgetperf.common.ApiException.FieldError;
import org.budgetperf.common.BadRequestException;
import org.budgetperf.common.InputLimits;
import org.budgetperf.declaration.TargetRequest.DutyGoalLine;
import org.budgetperf.declaration.TargetRequest.IndicatorLine;
import org.springframework.stereotype.Component;

/**
 * The configured limits on a table's lines and long texts ({@code budgetperf.limits.*}), for tables from the API
 * and from workbooks alike. Short texts are bounded by the request's own constraints (their columns' lengths).
 */
@Component
class TargetRequestLimits {

    private final InputLimits limits;

    TargetRequestLimits(InputLimits limits) {
        this.limits = limits;
    }

    void check(TargetRequest request) {
        List<FieldError> errors = new ArrayList<>();
        lines(errors, "indicators", "绩效指标", request.indicators(), limits.maxIndicators());
        lines(errors, "funds", "资金来源", request.funds(), limits.maxFundLines());
        lines(errors, "expenditures", "支出明细", request.expenditures(), limits.maxExpenditures());
        lines(errors, "dutyGoals", "年度履职目标", request.dutyGoals(), limits.maxDutyGoals());
        boolean linesWithinLimits = errors.isEmpty();
        int rich = limits.maxRichTextLength();
        text(errors, "rationale", "立项必要性", request.rationale(), rich);
        text(errors, "feasibility", "实施可行性", request.feasibility(), rich);
        text(errors, "content", "项目实施内容", request.content(), rich);
        text(errors, "midLongTermGoal", "中长期目标", request.midLongTermGoal(), rich);
        text(errors, "annualGoal", "年度目标", request.annualGoal(), rich);
        text(errors, "duties", "部门职责", request.duties(), rich);
        text(errors, "keyTasks", "重点工作任务", request.keyTasks(), rich);
        text(errors, "assets", "资产情况", request.assets(), rich);
        if (linesWithinLimits) {
            lineTexts(errors, request);
        }
        if (!errors.isEmpty()) {
            throw new BadRequestException("提交的数据超过上限：" + errors.get(0).message(), errors);
        }
    }

    /** Only once the line counts are within their limits, so that a flood of lines is not walked through. */
    private void lineTexts(List<FieldError> errors, TargetRequest request) {
        int max = limits.maxTextLength();
        List<IndicatorLine> indicators = Objects.requireNonNullElse(request.indicators(), List.of());
        for (int i = 0; i < indicators.size(); i++) {
            IndicatorLine line = indicators.get(i);
            String at = "indicators[" + i + "].";
            text(errors, at + "description", "指标说明", line.description(), max);
            text(errors, at + "explanation", "内涵解释", line.explanation(), max);
            text(errors, at + "basis", "设置依据", line.basis(), max);
            text(errors, at + "formula", "指标计算公式或方法", line.formula(), max);
            text(errors, at + "scoringRule", "评分标准", line.scoringRule(), max);
        }
        List<DutyGoalLine> goals = Objects.requireNonNullElse(request.dutyGoals(), List.of());
        for (int i = 0; i < goals.size(); i++) {
            text(errors, "dutyGoals[" + i + "].duty", "职责", goals.get(i).duty(), max);
            text(errors, "dutyGoals[" + i + "].task", "工作任务", goals.get(i).task(), max);
        }
    }

    private static void lines(List<FieldError> errors, String field, String label, List<?> lines, int max) {
        if (lines != null && lines.size() > max) {
            errors.add(new FieldError(field, label + "最多 " + max + " 行，提交了 " + lines.size() + " 行"));
        }
    }

    private static void text(List<FieldError> errors, String field, String label, String text, int max) {
        if (text != null && text.length() > max) {
            errors.add(new FieldError(field, label + "最长 " + max + " 字，提交了 " + text.length() + " 字"));
        }
    }
}
