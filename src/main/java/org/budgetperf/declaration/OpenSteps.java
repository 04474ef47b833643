package org.budgetperf.declaration;

import java.util.List;
import java.util.Map;

/** Where tables wait: the open tasks of their processes, found by the process side for a whole page at once. */
public interface OpenSteps {

    /** The open steps of each of the tables, by table id; a table with none is left out. */
    Map<Long, List<OpenStep>> of(List<PerformanceTarget> targets);
}
