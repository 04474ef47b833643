package org.budgetperf.declaration;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.budgetperf.common.ApiException.FieldError;
import org.budgetperf.common.BadRequestException;
import org.budgetperf.common.VisibleText;
import org.springframework.stereotype.Component;

/**
 * Whether a table is complete enough to be submitted ({@link TargetRequest.Submission}). A draft may lack what
 * this asks for; a submission lacking anything is refused with the whole list, each gap named by its line, e.g.
 * {@code indicators[7].fullYearValue}: 第8条指标（培训人次）未填写全年指标值.
 */
@Component
public class Completeness {

    private static final Pattern LINE = Pattern.compile("(\\w+)\\[(\\d+)]\\.\\w+");
    private static final Comparator<FieldError> BY_PLACE = Comparator.comparing(Completeness::section)
            .thenComparingInt(Completeness::line).thenComparing(FieldError::field);

    private final Validator validator;
    private final TargetViews views;

    Completeness(Validator validator, TargetViews views) {
        this.validator = validator;
        this.views = views;
    }

    /** Refuses (400) with every gap of the table's current content; changes nothing. */
    public void require(PerformanceTarget target) {
        TargetRequest content = views.details(target).asRequest();
        List<FieldError> gaps = validator.validate(content, TargetRequest.Submission.class).stream()
                .map(violation -> gap(content, violation))
                .sorted(BY_PLACE)
                .toList();
        if (!gaps.isEmpty()) {
            throw new BadRequestException("绩效目标表尚未填写完整，不能提交（共 " + gaps.size() + " 处）："
                    + gaps.stream().map(FieldError::message).collect(Collectors.joining("；")), gaps);
        }
    }

    private static FieldError gap(TargetRequest content, ConstraintViolation<TargetRequest> violation) {
        String field = violation.getPropertyPath().toString();
        Matcher line = LINE.matcher(field);
        if (!line.matches()) {
            return new FieldError(field, violation.getMessage());
        }
        int index = Integer.parseInt(line.group(2));
        String place = switch (line.group(1)) {
            case "indicators" -> "第" + (index + 1) + "条指标" + named(indicatorName(content.indicators().get(index)));
            case "funds" -> "第" + (index + 1) + "行资金来源" + named(content.funds().get(index).source().label());
            case "expenditures" -> "第" + (index + 1) + "行支出明细" + named(content.expenditures().get(index).name());
            default -> "第" + (index + 1) + "行";
        };
        return new FieldError(field, place + violation.getMessage());
    }

    /** The indicator as a person finds it in the table: its level-3 name, else the level-2 heading it sits under. */
    private static String indicatorName(TargetRequest.IndicatorLine indicator) {
        return VisibleText.isBlank(indicator.level3()) ? indicator.level2() : indicator.level3();
    }

    private static String named(String name) {
        return VisibleText.isBlank(name) ? "" : "（" + name.strip() + "）";
    }

    private static String section(FieldError error) {
        Matcher line = LINE.matcher(error.field());
        return line.matches() ? line.group(1) : "";
    }

    private static int line(FieldError error) {
        Matcher line = LINE.matcher(error.field());
        return line.matches() ? Integer.parseInt(line.group(2)) : -1;
    }
}
