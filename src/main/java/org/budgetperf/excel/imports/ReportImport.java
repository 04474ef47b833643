package org.budgetperf.excel.imports;

import java.util.List;

/**
 * What uploading a filled-in 监控表 or 自评表 recorded (or, for a dry run, would record): the report as the API shows
 * it, computed figures and lights included, and the workbook's warnings.
 */
public record ReportImport<V>(String fileName, boolean dryRun, boolean recorded, List<ImportProblem> warnings,
                              V report) {
}
