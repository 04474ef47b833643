package org.budgetperf.excel.imports;

import java.util.List;

/** What a workbook holds and what importing it does (or would do, for a dry run). */
public record ImportPreview(String fileName, boolean dryRun, boolean imported, int tableCount, int indicatorCount,
                            List<TablePreview> tables, List<ImportProblem> problems) {

    static ImportPreview of(String fileName, boolean dryRun, boolean imported, List<TablePreview> tables,
                            List<ImportProblem> problems) {
        return new ImportPreview(fileName, dryRun, imported, tables.size(),
                tables.stream().mapToInt(table -> table.indicators().size()).sum(), tables, problems);
    }

    List<ImportProblem> allErrors() {
        return java.util.stream.Stream.concat(problems.stream(), tables.stream().flatMap(t -> t.errors().stream()))
                .filter(ImportProblem::isError).toList();
    }
}
