package org.budgetperf.excel.imports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * A sheet as rows of {@link GridCell}s, sparse: only filled cells and merged regions are held, so a stray cell far
 * from the table costs no memory for the blank rectangle before it. Every cell of a merged region shows the
 * region's value, so a level-1 name merged over ten rows reads the same on each of them as a name repeated by hand.
 */
final class SheetGrid {

    /** Money is kept to six decimals; this also drops binary-float artefacts such as 1176.7299999999998. */
    private static final int SCALE = 6;
    private static final NavigableMap<Integer, Span> EMPTY = new TreeMap<>();

    private final String name;
    private final int rowCount;
    /** Row -> first column of a span -> the span: a single cell, or a merged region's part of the row. */
    private final Map<Integer, NavigableMap<Integer, Span>> rows;

    private record Span(GridCell cell, int lastColumn) {
    }

    private SheetGrid(String name, int rowCount, Map<Integer, NavigableMap<Integer, Span>> rows) {
        this.name = name;
        this.rowCount = rowCount;
        this.rows = rows;
    }

    /** A sheet read through POI's user model (.xls). */
    static SheetGrid of(Sheet sheet, DataFormatter formatter, ReadLimits limits) {
        Builder grid = new Builder(sheet.getSheetName(), limits);
        for (Row row : sheet) {
            for (Cell cell : row) {
                read(grid, cell, formatter);
            }
        }
        sheet.getMergedRegions().forEach(grid::merge);
        return grid.build();
    }

    private static void read(Builder grid, Cell cell, DataFormatter formatter) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC) {
            CellStyle style = cell.getCellStyle();
            grid.number(cell.getRowIndex(), cell.getColumnIndex(), cell.getNumericCellValue(), style.getDataFormat(),
                    style.getDataFormatString(), formatter);
            return;
        }
        String text = switch (type) {
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue()).toUpperCase(Locale.ROOT);
            case ERROR -> FormulaError.forInt(cell.getErrorCellValue()).getString();
            default -> "";
        };
        grid.text(cell.getRowIndex(), cell.getColumnIndex(), text);
    }

    /** Collects a sheet's cells and merged regions in any order, then lays them out. */
    static final class Builder {

        private final String name;
        private final ReadLimits limits;
        private final List<GridCell> cells = new ArrayList<>();
        private final List<CellRangeAddress> merged = new ArrayList<>();

        Builder(String name, ReadLimits limits) {
            this.name = name;
            this.limits = limits;
        }

        void text(int row, int column, String text) {
            if (text != null && !text.isBlank()) {
                limits.checkCell(name, row, column);
                cells.add(new GridCell(text.strip(), null, row, column));
            }
        }

        /** A number as displayed in its cell's format; dates keep only their displayed text. */
        void number(int row, int column, double value, int formatIndex, String formatString, DataFormatter formatter) {
            limits.checkCell(name, row, column);
            String text = formatter.formatRawCellContents(value, formatIndex, formatString);
            BigDecimal number = DateUtil.isADateFormat(formatIndex, formatString) ? null
                    : BigDecimal.valueOf(value).setScale(SCALE, RoundingMode.HALF_UP).stripTrailingZeros();
            cells.add(new GridCell(text.strip(), number, row, column));
        }

        void merge(CellRangeAddress region) {
            merged.add(region);
        }

        /** Merged regions are cut to the rows and columns that hold cells, as nothing beyond them is read. */
        SheetGrid build() {
            int rowCount = cells.stream().mapToInt(GridCell::anchorRow).max().orElse(-1) + 1;
            int columnCount = cells.stream().mapToInt(GridCell::anchorColumn).max().orElse(-1) + 1;
            Map<Integer, NavigableMap<Integer, Span>> rows = new HashMap<>();
            for (GridCell cell : cells) {
                rows.computeIfAbsent(cell.anchorRow(), r -> new TreeMap<>())
                        .put(cell.anchorColumn(), new Span(cell, cell.anchorColumn()));
            }
            for (CellRangeAddress region : merged) {
                int top = region.getFirstRow();
                int left = region.getFirstColumn();
                if (top < 0 || left < 0 || top >= rowCount || left >= columnCount) {
                    continue;
                }
                int bottom = Math.min(region.getLastRow(), rowCount - 1);
                int right = Math.min(region.getLastColumn(), columnCount - 1);
                limits.countCells(name, bottom - top + 1);
                Span anchor = rows.getOrDefault(top, new TreeMap<>()).get(left);
                GridCell shared = anchor == null ? new GridCell("", null, top, left)
                        : new GridCell(anchor.cell().text(), anchor.cell().number(), top, left);
                for (int r = top; r <= bottom; r++) {
                    NavigableMap<Integer, Span> row = rows.computeIfAbsent(r, key -> new TreeMap<>());
                    row.subMap(left, true, right, true).clear();
                    row.put(left, new Span(shared, right));
                }
            }
            return new SheetGrid(name, rowCount, rows);
        }
    }

    String name() {
        return name;
    }

    int rowCount() {
        return rowCount;
    }

    GridCell cell(int row, int column) {
        Map.Entry<Integer, Span> span = rows.getOrDefault(row, EMPTY).floorEntry(column);
        return span == null || column > span.getValue().lastColumn() ? GridCell.BLANK : span.getValue().cell();
    }

    boolean isBlankRow(int row) {
        return rows.getOrDefault(row, EMPTY).values().stream().allMatch(span -> span.cell().isBlank());
    }

    /** The row's distinct non-blank cells from left to right, one per merged region. */
    List<Located> distinctCells(int row) {
        List<Located> found = new ArrayList<>();
        rows.getOrDefault(row, EMPTY).forEach((column, span) -> {
            if (!span.cell().isBlank()) {
                found.add(new Located(row, column, span.cell()));
            }
        });
        return found;
    }

    record Located(int row, int column, GridCell cell) {
        String text() {
            return cell.text();
        }

        String key() {
            return cell.key();
        }
    }
}
