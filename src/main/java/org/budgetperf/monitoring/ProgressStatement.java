package org.budgetperf.monitoring;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Arrays;

/** How the unit says a deadline or qualitative indicator stands at mid-year; only people can judge these. */
public enum ProgressStatement {
    ON_SCHEDULE("按计划推进"),
    BEHIND("滞后"),
    CANNOT_COMPLETE("无法完成");

    private final String label;

    ProgressStatement(String label) {
        this.label = label;
    }

    /** The form's select submits an empty value when nothing is chosen; a workbook holds the Chinese label. */
    @JsonCreator
    public static ProgressStatement of(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String wanted = value.strip();
        return Arrays.stream(values()).filter(s -> s.name().equals(wanted) || s.label.equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("进展情况应为：按计划推进、滞后或无法完成"));
    }

    public String label() {
        return label;
    }

    /** 滞后 and 无法完成 are off track whatever the figures say. */
    public boolean offTrack() {
        return this != ON_SCHEDULE;
    }
}
