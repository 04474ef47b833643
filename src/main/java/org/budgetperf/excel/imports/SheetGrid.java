package org.budgetperf.excel.imports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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
 * A sheet as a rectangle of {@link GridCell}s. Every cell of a merged region shows the region's value, so a
 * level-1 name merged over ten rows reads the same on each of them as a name repeated by hand.
 */
final class SheetGrid {

    /** Money is kept to six decimals; this also drops binary-float artefacts such as 1176.7299999999998. */
    private static final int SCALE = 6;

    private final String name;
    private final GridCell[][] cells;

    private SheetGrid(String name, GridCell[][] cells) {
        this.name = name;
        this.cells = cells;
    }

    /** A sheet read through POI's user model (.xls). */
    static SheetGrid of(Sheet sheet, DataFormatter formatter) {
        Builder grid = new Builder(sheet.getSheetName());
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
        private final List<GridCell> cells = new ArrayList<>();
        private final List<CellRangeAddress> merged = new ArrayList<>();

        Builder(String name) {
            this.name = name;
        }

        void text(int row, int column, String text) {
            if (text != null && !text.isBlank()) {
                cells.add(new GridCell(text.strip(), null, row, column));
            }
        }

        /** A number as displayed in its cell's format; dates keep only their displayed text. */
        void number(int row, int column, double value, int formatIndex, String formatString, DataFormatter formatter) {
            String text = formatter.formatRawCellContents(value, formatIndex, formatString);
            BigDecimal number = DateUtil.isADateFormat(formatIndex, formatString) ? null
                    : BigDecimal.valueOf(value).setScale(SCALE, RoundingMode.HALF_UP).stripTrailingZeros();
            cells.add(new GridCell(text.strip(), number, row, column));
        }

        void merge(CellRangeAddress region) {
            merged.add(region);
        }

        SheetGrid build() {
            int rows = cells.stream().mapToInt(GridCell::anchorRow).max().orElse(-1) + 1;
            int columns = cells.stream().mapToInt(GridCell::anchorColumn).max().orElse(-1) + 1;
            GridCell[][] grid = new GridCell[rows][columns];
            for (GridCell[] row : grid) {
                Arrays.fill(row, GridCell.BLANK);
            }
            for (GridCell cell : cells) {
                grid[cell.anchorRow()][cell.anchorColumn()] = cell;
            }
            merged.forEach(region -> spread(grid, region));
            return new SheetGrid(name, grid);
        }
    }

    private static void spread(GridCell[][] cells, CellRangeAddress region) {
        int top = region.getFirstRow();
        int left = region.getFirstColumn();
        if (top >= cells.length || left >= cells[top].length) {
            return;
        }
        GridCell anchor = cells[top][left];
        GridCell shared = new GridCell(anchor.text(), anchor.number(), top, left);
        for (int r = top; r <= Math.min(region.getLastRow(), cells.length - 1); r++) {
            for (int c = left; c <= Math.min(region.getLastColumn(), cells[r].length - 1); c++) {
                cells[r][c] = shared;
            }
        }
    }

    String name() {
        return name;
    }

    int rowCount() {
        return cells.length;
    }

    GridCell cell(int row, int column) {
        if (row < 0 || row >= cells.length || column < 0 || column >= cells[row].length) {
            return GridCell.BLANK;
        }
        return cells[row][column];
    }

    boolean isBlankRow(int row) {
        return Arrays.stream(cells[row]).allMatch(GridCell::isBlank);
    }

    /** The row's distinct non-blank cells from left to right, one per merged region. */
    List<Located> distinctCells(int row) {
        List<Located> found = new ArrayList<>();
        GridCell previous = GridCell.BLANK;
        for (int c = 0; c < cells[row].length; c++) {
            GridCell cell = cells[row][c];
            if (!cell.isBlank() && !cell.sameRegionAs(previous)) {
                found.add(new Located(row, c, cell));
            }
            previous = cell;
        }
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
