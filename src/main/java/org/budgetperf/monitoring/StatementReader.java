package org.budgetperf.monitoring;

import org.budgetperf.calculation.ProgressStatement;

/** A progress statement by its name or its Chinese label; blank (nothing chosen in the form) is none. */
class StatementReader extends LabelledReader<ProgressStatement> {

    StatementReader() {
        super(ProgressStatement.class, ProgressStatement::label, "进展情况应为：按计划推进、滞后或无法完成");
    }
}
