package org.budgetperf.excel.imports;

import java.math.BigDecimal;

/**
 * Reads the rows under an indicator header. Level-1 and level-2 names carry down over merged or blank cells;
 * a row naming only upper levels sets them for the rows that follow; blank rows are skipped. A row with a blank
 * level-3 name or target value is read as it is: the draft may be incomplete until it is submitted.
 */
final class IndicatorReader {

    private final SheetGrid grid;
    private final IndicatorHeader header;
    private final TableContent table;
    private String level1;
    private String level2;

    private IndicatorReader(SheetGrid grid, IndicatorHeader header, TableContent table) {
        this.grid = grid;
        this.header = header;
        this.table = table;
    }

    /** Reads until a row that begins something else (a title, a labelled row, another header); returns that row. */
    static int read(SheetGrid grid, IndicatorHeader header, TableContent table) {
        IndicatorReader reader = new IndicatorReader(grid, header, table);
        int row = header.row() + 1;
        for (; row < grid.rowCount(); row++) {
            if (grid.isBlankRow(row)) {
                continue;
            }
            if (TableBoundaries.endsIndicatorRows(grid, row)) {
                break;
            }
            reader.readRow(row);
        }
        return row;
    }

    private void readRow(int row) {
        String first = text(row, ColumnRole.LEVEL1);
        String second = text(row, ColumnRole.LEVEL2);
        String third = text(row, ColumnRole.LEVEL3);
        String fullYear = text(row, ColumnRole.FULL_YEAR_VALUE);
        String halfYear = text(row, ColumnRole.HALF_YEAR_VALUE);
        String actual = text(row, ColumnRole.ACTUAL_VALUE);
        if (first != null && !first.equals(level1)) {
            level1 = first;
            level2 = null;
        }
        if (second != null) {
            level2 = second;
        }
        if (third == null && fullYear == null && halfYear == null && actual == null) {
            return;
        }
        boolean readable = readable(row, ColumnRole.LEVEL1, level1) & readable(row, ColumnRole.LEVEL2, level2)
                & readable(row, ColumnRole.LEVEL3, third) & readable(row, ColumnRole.FULL_YEAR_VALUE, fullYear);
        BigDecimal weight = weight(row);
        if (readable) {
            table.indicators.add(new TableContent.Indicator(row, level1, level2, third,
                    text(row, ColumnRole.DESCRIPTION), halfYear, fullYear, text(row, ColumnRole.EXPLANATION),
                    text(row, ColumnRole.BASIS), text(row, ColumnRole.FORMULA), text(row, ColumnRole.SCORING_RULE),
                    weight, actual, text(row, ColumnRole.ACTUAL_SOURCE), text(row, ColumnRole.CAUSE),
                    text(row, ColumnRole.HALF_YEAR_ACTUAL), text(row, ColumnRole.EXPECTED_FULL_YEAR),
                    text(row, ColumnRole.STATEMENT), text(row, ColumnRole.MEASURES)));
        }
    }

    /**
     * A value left blank is kept as a gap of the draft (a warning, refused only on submission); a value the header
     * has no column for cannot be read at all.
     */
    private boolean readable(int row, ColumnRole role, String value) {
        if (value != null || header.column(role) != null) {
            return true;
        }
        table.error(row, -1, role.label(), "表头中没有“" + role.label() + "”列，无法读取该指标");
        return false;
    }

    private BigDecimal weight(int row) {
        Integer column = header.column(ColumnRole.WEIGHT);
        if (column == null) {
            return null;
        }
        try {
            return Amounts.read(grid.cell(row, column)).orElse(null);
        } catch (Amounts.NotANumber e) {
            table.error(row, column, ColumnRole.WEIGHT.label(), "分值" + e.getMessage());
            return null;
        }
    }

    private String text(int row, ColumnRole role) {
        Integer column = header.column(role);
        if (column == null) {
            return null;
        }
        String text = grid.cell(row, column).text();
        return text.isBlank() ? null : text;
    }
}
