package org.budgetperf.monitoring;

import java.util.ArrayList;
import java.util.List;
import org.budgetperf.calculation.Light;
import org.budgetperf.common.ApiException.FieldError;
import org.budgetperf.common.BadRequestException;

/** A line off track (red or yellow light, 滞后 or 无法完成) must say why and what the unit does about it. */
final class OffTrack {

    private OffTrack() {
    }

    static void requireExplained(List<ReportedIndicator> lines) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            ReportedIndicator line = lines.get(i);
            String why = reason(line);
            if (why == null) {
                continue;
            }
            if (line.getCause() == null) {
                errors.add(new FieldError("indicators[" + i + "].cause",
                        "指标“" + line.getLevel3() + "”" + why + "，请填写偏差原因"));
            }
            if (line.getMeasures() == null) {
                errors.add(new FieldError("indicators[" + i + "].measures",
                        "指标“" + line.getLevel3() + "”" + why + "，请填写纠偏措施"));
            }
        }
        if (!errors.isEmpty()) {
            throw new BadRequestException("提交的监控数据有误：" + errors.get(0).field() + "：" + errors.get(0).message(),
                    errors);
        }
    }

    /** Why the line is off track ("红灯（进度40.00%）", "进展滞后"), or {@code null}. */
    private static String reason(ReportedIndicator line) {
        if (line.getStatement() != null && line.getStatement() != org.budgetperf.calculation.ProgressStatement.ON_PLAN) {
            return "进展情况为“" + line.getStatement().label() + "”";
        }
        if (line.getLight() == Light.RED || line.getLight() == Light.YELLOW) {
            return line.getLight().label() + (line.getProgress() == null ? ""
                    : "（进度" + line.getProgress().toPlainString() + "%）");
        }
        return null;
    }
}
