package org.budgetperf.excel.imports;

import java.util.List;
import java.util.Map;

/**
 * A report read from a workbook, as the recording service takes it, and for each of its lists (indicators, funds,
 * results, budget) the sheet row each line came from, so that a refusal can name the row.
 */
record ReportLines<R>(R request, Map<String, List<Integer>> rows) {
}
