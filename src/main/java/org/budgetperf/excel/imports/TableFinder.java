package org.budgetperf.excel.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the tables of a sheet. Each indicator header makes one table; its heading is everything between the end
 * of the previous table and the header, and its title is the first title row there.
 */
final class TableFinder {

    private TableFinder() {
    }

    static List<TableContent> find(SheetGrid grid) {
        List<TableContent> tables = new ArrayList<>();
        int headingStart = 0;
        for (int row = 0; row < grid.rowCount(); row++) {
            if (grid.isBlankRow(row)) {
                continue;
            }
            Optional<IndicatorHeader> header = IndicatorHeader.find(grid, row);
            if (header.isEmpty()) {
                continue;
            }
            TableContent table = new TableContent(grid.name(), firstFilledRow(grid, headingStart, row));
            table.header = header.get();
            table.title = title(grid, headingStart, row);
            HeadingReader.read(grid, headingStart, row, table);
            int end = IndicatorReader.read(grid, header.get(), table);
            if (table.indicators.isEmpty() && table.problems.stream().noneMatch(ImportProblem::isError)) {
                table.error(row, -1, null, "指标表头下没有任何指标行");
            }
            tables.add(table);
            headingStart = end;
            row = end - 1;
        }
        return tables;
    }

    private static int firstFilledRow(SheetGrid grid, int from, int to) {
        for (int row = from; row < to; row++) {
            if (!grid.isBlankRow(row)) {
                return row;
            }
        }
        return to;
    }

    private static String title(SheetGrid grid, int from, int to) {
        for (int row = from; row < to; row++) {
            if (!grid.isBlankRow(row) && TableBoundaries.isTitle(grid.distinctCells(row))) {
                return grid.distinctCells(row).get(0).text();
            }
        }
        return null;
    }
}
