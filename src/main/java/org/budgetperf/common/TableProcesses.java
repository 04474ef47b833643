package org.budgetperf.common;

import java.util.List;

/** The processes of a table's year, by key: approval, half-year monitoring, year-end self-evaluation. */
public final class TableProcesses {

    public static final String APPROVAL = "target-approval";
    public static final List<String> KEYS = List.of(APPROVAL, "target-monitoring", "target-self-evaluation");

    private TableProcesses() {
    }
}
