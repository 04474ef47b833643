package org.budgetperf.monitoring;

import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.budgetperf.common.ApiException.FieldError;
import org.budgetperf.common.BadRequestException;
import org.budgetperf.common.ControlCharacters;
import org.budgetperf.common.InputLimits;
import org.springframework.stereotype.Component;

/**
 * Checks a report the same way through every door (the API, the form's variables, a workbook): the request's own
 * constraints, the configured limits on lines and long texts ({@code budgetperf.limits.*}), and no control
 * characters (only JSON refuses them before this).
 */
@Component
class ReportChecks {

    private final Validator validator;
    private final InputLimits limits;

    ReportChecks(Validator validator, InputLimits limits) {
        this.validator = validator;
        this.limits = limits;
    }

    void check(MonitoringRequest request) {
        List<FieldError> errors = new ArrayList<>(validator.validate(request).stream()
                .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList());
        List<MonitoringRequest.IndicatorLine> indicators = lines(request.indicators());
        lineCount(errors, "indicators", "指标", indicators.size(), limits.maxIndicators());
        lineCount(errors, "funds", "资金来源", lines(request.funds()).size(), limits.maxFundLines());
        if (errors.isEmpty()) {
            for (int i = 0; i < indicators.size(); i++) {
                MonitoringRequest.IndicatorLine line = indicators.get(i);
                String at = "indicators[" + i + "].";
                printable(errors, at + "halfYearActual", "1-6月完成值", line.halfYearActual());
                printable(errors, at + "expectedFullYear", "全年预计完成值", line.expectedFullYear());
                longText(errors, at + "cause", "偏差原因", line.cause());
                longText(errors, at + "measures", "纠偏措施", line.measures());
            }
        }
        if (!errors.isEmpty()) {
            throw new BadRequestException("提交的监控数据有误：" + errors.get(0).field() + "：" + errors.get(0).message(),
                    errors);
        }
    }

    void check(JudgementRequest request) {
        List<FieldError> errors = new ArrayList<>(validator.validate(request).stream()
                .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList());
        List<JudgementRequest.Line> judgements = lines(request.judgements());
        lineCount(errors, "judgements", "评定", judgements.size(), limits.maxIndicators());
        for (int i = 0; i < judgements.size() && errors.isEmpty(); i++) {
            longText(errors, "judgements[" + i + "].comment", "评定意见", judgements.get(i).comment());
        }
        if (!errors.isEmpty()) {
            throw new BadRequestException("提交的评定有误：" + errors.get(0).field() + "：" + errors.get(0).message(),
                    errors);
        }
    }

    private static <T> List<T> lines(List<T> lines) {
        return Objects.requireNonNullElse(lines, List.of());
    }

    private static void lineCount(List<FieldError> errors, String field, String label, int count, int max) {
        if (count > max) {
            errors.add(new FieldError(field, label + "最多 " + max + " 行，提交了 " + count + " 行"));
        }
    }

    private void longText(List<FieldError> errors, String field, String label, String text) {
        int max = limits.maxTextLength();
        if (text != null && text.length() > max) {
            errors.add(new FieldError(field, label + "最长 " + max + " 字，提交了 " + text.length() + " 字"));
        } else {
            printable(errors, field, label, text);
        }
    }

    private static void printable(List<FieldError> errors, String field, String label, String text) {
        int refused = ControlCharacters.firstRefused(text);
        if (refused >= 0) {
            errors.add(new FieldError(field, String.format("%s含有不能保存的控制字符（U+%04X），请删除后重新提交", label, refused)));
        }
    }
}
