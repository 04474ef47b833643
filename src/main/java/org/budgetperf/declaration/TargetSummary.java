package org.budgetperf.declaration;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.budgetperf.calculation.Grade;
import org.budgetperf.calculation.Light;

/**
 * A table in a list; {@code light} and {@code grade} are null until its monitoring report or self-evaluation says.
 * {@code preparedByCaller}: the caller's unit prepares it (submits, withdraws, asks for adjustments as its status
 * allows); {@code editable}: the caller may edit it now; {@code waitingAt}: the steps open on it and who is to do them.
 */
public record TargetSummary(Long id, String code, int budgetYear, TargetType type, String typeLabel, String name,
                            TargetStatus status, String statusLabel, Instant statusSince, int versionNo,
                            String departmentName, String unitName, BigDecimal totalBudget, String fundUnit,
                            Light light, Grade grade, boolean preparedByCaller, boolean editable,
                            List<OpenStep> waitingAt) {

    @JsonProperty
    public String lightLabel() {
        return light == null ? null : light.label();
    }

    @JsonProperty
    public String gradeLabel() {
        return grade == null ? null : grade.label();
    }
}
