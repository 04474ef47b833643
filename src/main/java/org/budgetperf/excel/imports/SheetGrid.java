package org.budgetperf.excel.imports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
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

    static SheetGrid of(Sheet sheet, DataFormatter formatter) {
        int rows = sheet.getLastRowNum() + 1;
        int columns = 0;
        for (Row row : sheet) {
            columns = Math.max(columns, row.getLastCellNum());
        }
        GridCell[][] cells = new GridCell[rows][columns];
        for (GridCell[] row : cells) {
            Arrays.fill(row, GridCell.BLANK);
        }
        for (Row row : sheet) {
            for (Cell cell : row) {
                int r = cell.getRowIndex();
                int c = cell.getColumnIndex();
                cells[r][c] = read(cell, formatter, r, c);
            }
        }
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            spread(cells, region);
        }
        return new SheetGrid(sheet.getSheetName(), cells);
    }

    private static GridCell read(Cell cell, DataFormatter formatter, int row, int column) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        BigDecimal number = null;
        if (type == CellType.NUMERIC && !DateUtil.isCellDateFormatted(cell)) {
            number = BigDecimal.valueOf(cell.getNumericCellValue()).setScale(SCALE, RoundingMode.HALF_UP)
                    .stripTrailingZeros();
        }
        String text = cell.getCellType() == CellType.FORMULA ? cachedText(cell, type, formatter)
                : formatter.formatCellValue(cell);
        return new GridCell(text == null ? "" : text.strip(), number, row, column);
    }

    private static String cachedText(Cell cell, CellType type, DataFormatter formatter) {
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> formatter.formatRawCellContents(cell.getNumericCellValue(),
                    cell.getCellStyle().getDataFormat(), cell.getCellStyle().getDataFormatString());
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            default -> "";
        };
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
