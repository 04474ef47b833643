package org.budgetperf.calculation;

import java.util.Arrays;
import java.util.Optional;

/** What the unit states at monitoring for a deadline or qualitative indicator, which no number measures. */
public enum ProgressStatement {
    ON_PLAN("按计划推进"), BEHIND("滞后"), CANNOT_COMPLETE("无法完成");

    /** What a statement that names none of them is told. */
    public static final String EXPECTED = "进展情况应为：按计划推进、滞后或无法完成";

    private final String label;

    ProgressStatement(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The statement named by its name (ON_PLAN) or its label (按计划推进), ignoring surrounding white space. */
    public static Optional<ProgressStatement> named(String text) {
        String wanted = text.strip();
        return Arrays.stream(values())
                .filter(statement -> statement.name().equals(wanted) || statement.label().equals(wanted))
                .findFirst();
    }
}
