package org.budgetperf.excel.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reading exported workbooks back in tests: cells as Excel shows them, rows found by their first cells. */
public final class Workbooks {

    private static final DataFormatter SHOWN = new DataFormatter();

    private Workbooks() {
    }

    public static Workbook open(byte[] content) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(content));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The workbook written out, as after editing it in Excel. */
    public static byte[] bytes(Workbook workbook) {
        try (java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cell's text as Excel shows it ({@code 1176.73} for 1176.73 in format {@code 0.00}); "" for none. */
    public static String shown(Sheet sheet, int row, int column) {
        Row r = sheet.getRow(row);
        Cell cell = r == null ? null : r.getCell(column);
        return cell == null ? "" : SHOWN.formatCellValue(cell);
    }

    public static List<String> shownRow(Sheet sheet, int row, int columns) {
        List<String> cells = new ArrayList<>();
        for (int column = 0; column < columns; column++) {
            cells.add(shown(sheet, row, column));
        }
        return cells;
    }

    /** The first row whose first cells show exactly {@code cells}. */
    public static int rowStarting(Sheet sheet, String... cells) {
        return findRowStarting(sheet, cells).orElseThrow(
                () -> new AssertionError("no row starting with " + List.of(cells) + " in " + sheet.getSheetName()));
    }

    public static Optional<Integer> findRowStarting(Sheet sheet, String... cells) {
        for (int row = 0; row <= sheet.getLastRowNum(); row++) {
            if (shownRow(sheet, row, cells.length).equals(List.of(cells))) {
                return Optional.of(row);
            }
        }
        return Optional.empty();
    }

    /** The value next to a key-value row's label, or "" when the label is not there. */
    public static String valueOf(Sheet sheet, String label) {
        return findRowStarting(sheet, label).map(row -> shown(sheet, row, 1)).orElse("");
    }

    public static Cell cell(Sheet sheet, int row, int column) {
        return sheet.getRow(row).getCell(column);
    }

    public static boolean isMerged(Sheet sheet, int firstRow, int lastRow, int firstColumn, int lastColumn) {
        return sheet.getMergedRegions().contains(new CellRangeAddress(firstRow, lastRow, firstColumn, lastColumn));
    }

    public static List<Cell> allCells(Workbook workbook) {
        return StreamSupport.stream(workbook.spliterator(), false)
                .flatMap(sheet -> StreamSupport.stream(sheet.spliterator(), false))
                .flatMap(row -> StreamSupport.stream(row.spliterator(), false))
                .toList();
    }

    public static boolean hasFormula(Workbook workbook) {
        return allCells(workbook).stream().anyMatch(cell -> cell.getCellType() == CellType.FORMULA);
    }
}
