package org.budgetperf.excel.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * Writes one sheet top to bottom: title, key-value rows, header rows, plain rows and indicator rows whose level-1
 * and level-2 cells are merged over their runs. Values: {@link String} (text, through {@link FormulaGuard}),
 * {@link BigDecimal} (money, format {@code 0.00}), any other {@link Number} (plain number), {@link Figure} (text
 * aligned like a number, such as {@code 96.94%}), {@code null} (blank).
 */
final class SheetWriter {

    private static final float LINE_POINTS = 15f;
    private static final float TALLEST_ROW_POINTS = 409f;

    /** Text that reads as a figure ({@code 20.00%}): kept as written, aligned right beside the numbers. */
    record Figure(String text) {
    }

    private final SXSSFSheet sheet;
    private final SheetStyles styles;
    private final FormulaGuard guard;
    private final int[] widths;
    private int next;

    /** @param widths each column's width in characters of the default font (a Chinese character takes two) */
    SheetWriter(SXSSFSheet sheet, SheetStyles styles, FormulaGuard guard, int... widths) {
        this.sheet = sheet;
        this.styles = styles;
        this.guard = guard;
        this.widths = widths.clone();
        for (int column = 0; column < widths.length; column++) {
            sheet.setColumnWidth(column, widths[column] * 256);
        }
        // Printed on A4 landscape, all columns on one page width, as the paper forms are.
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.getPrintSetup().setLandscape(true);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }

    int columns() {
        return widths.length;
    }

    void title(String text) {
        Row row = sheet.createRow(next++);
        row.setHeightInPoints(30);
        guard.setText(row.createCell(0), text, styles.title);
        merge(row.getRowNum(), row.getRowNum(), 0, columns() - 1);
    }

    void note(String text) {
        Row row = sheet.createRow(next++);
        guard.setText(row.createCell(0), text, styles.note);
        merge(row.getRowNum(), row.getRowNum(), 0, columns() - 1);
    }

    void section(String text) {
        Row row = sheet.createRow(next++);
        guard.setText(row.createCell(0), text, styles.section);
        merge(row.getRowNum(), row.getRowNum(), 0, columns() - 1);
    }

    void skipLine() {
        next++;
    }

    /**
     * Starts a table: the first at the top, any further one after a blank row and on a new printed page. The
     * rows of the tables before are complete and go to the stream.
     */
    void nextTable() {
        if (next > 0) {
            flush();
            sheet.setRowBreak(next);
            next++;
        }
    }

    private void flush() {
        try {
            sheet.flushRows();
        } catch (IOException e) {
            throw new UncheckedIOException("导出Excel失败", e);
        }
    }

    /** A label and its value across the remaining columns; nothing when the value is blank. */
    void keyValue(String label, Object value) {
        if (value == null || value instanceof String text && text.isBlank()) {
            return;
        }
        Row row = sheet.createRow(next++);
        guard.setText(row.createCell(0), label, styles.label);
        write(row.createCell(1), value, styles.text);
        merge(row.getRowNum(), row.getRowNum(), 1, columns() - 1);
        fitHeight(row, List.of(new Span(label, 0, 0), new Span(value, 1, columns() - 1)));
    }

    void header(List<String> labels) {
        Row row = sheet.createRow(next++);
        for (int column = 0; column < labels.size(); column++) {
            guard.setText(row.createCell(column), labels.get(column), styles.label);
        }
        fitHeight(row, spans(labels));
    }

    void row(List<?> values) {
        Row row = sheet.createRow(next++);
        for (int column = 0; column < values.size(); column++) {
            write(row.createCell(column), values.get(column), styles.text);
        }
        fitHeight(row, spans(values));
    }

    /**
     * Indicator rows: the first two values are the level-1 and level-2 names. Each name is written once, in the
     * first row of its run, and merged down over the run (a level-2 run ends where its level-1 run does).
     */
    void levelRows(List<? extends List<?>> rows) {
        int first = next;
        for (int i = 0; i < rows.size(); i++) {
            List<Object> values = new ArrayList<>(rows.get(i));
            boolean newLevel1 = i == 0 || !Objects.equals(level1(rows.get(i)), level1(rows.get(i - 1)));
            boolean newLevel2 = newLevel1 || !Objects.equals(level2(rows.get(i)), level2(rows.get(i - 1)));
            Row row = sheet.createRow(next++);
            write(row.createCell(0), newLevel1 ? values.get(0) : null, styles.centered);
            write(row.createCell(1), newLevel2 ? values.get(1) : null, styles.centered);
            for (int column = 2; column < values.size(); column++) {
                write(row.createCell(column), values.get(column), styles.text);
            }
            fitHeight(row, spans(values));
        }
        mergeRuns(first, rows, 0, SheetWriter::level1);
        mergeRuns(first, rows, 1, SheetWriter::level2);
    }

    private static Object level1(List<?> row) {
        return row.get(0);
    }

    private static List<Object> level2(List<?> row) {
        return Arrays.asList(row.get(0), row.get(1));
    }

    private void mergeRuns(int firstRow, List<? extends List<?>> rows, int column, Function<List<?>, Object> key) {
        int start = 0;
        for (int i = 1; i <= rows.size(); i++) {
            if (i == rows.size() || !Objects.equals(key.apply(rows.get(i)), key.apply(rows.get(start)))) {
                if (i - start > 1) {
                    merge(firstRow + start, firstRow + i - 1, column, column);
                }
                start = i;
            }
        }
    }

    private void write(Cell cell, Object value, CellStyle textStyle) {
        if (value instanceof BigDecimal amount) {
            cell.setCellValue(amount.doubleValue());
            cell.setCellStyle(styles.money);
        } else if (value instanceof Figure figure) {
            write(cell, figure.text(), styles.figure);
        } else if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
            cell.setCellStyle(styles.number);
        } else if (value != null) {
            guard.setText(cell, value.toString(), textStyle);
        } else {
            cell.setCellStyle(textStyle);
        }
    }

    /** Merges the range; its other cells get the first cell's style so that borders run round the whole range. */
    private void merge(int firstRow, int lastRow, int firstColumn, int lastColumn) {
        if (firstRow == lastRow && firstColumn >= lastColumn) {
            return;
        }
        CellStyle style = sheet.getRow(firstRow).getCell(firstColumn).getCellStyle();
        for (int r = firstRow; r <= lastRow; r++) {
            Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
            for (int c = firstColumn; c <= lastColumn; c++) {
                if (r != firstRow || c != firstColumn) {
                    (row.getCell(c) == null ? row.createCell(c) : row.getCell(c)).setCellStyle(style);
                }
            }
        }
        // Unchecked: the ranges merged here never overlap, and checking each against all before is quadratic.
        sheet.addMergedRegionUnsafe(new CellRangeAddress(firstRow, lastRow, firstColumn, lastColumn));
    }

    private record Span(Object value, int firstColumn, int lastColumn) {
    }

    private static List<Span> spans(List<?> values) {
        List<Span> spans = new ArrayList<>();
        for (int column = 0; column < values.size(); column++) {
            spans.add(new Span(values.get(column), column, column));
        }
        return spans;
    }

    /** Excel does not grow rows for wrapped text in merged cells, so the row is made tall enough here. */
    private void fitHeight(Row row, List<Span> spans) {
        int lines = 1;
        for (Span span : spans) {
            if (span.value() instanceof String text && span.lastColumn() < widths.length) {
                int width = 0;
                for (int column = span.firstColumn(); column <= span.lastColumn(); column++) {
                    width += widths[column];
                }
                lines = Math.max(lines, linesNeeded(text, Math.max(width - 1, 1)));
            }
        }
        if (lines > 1) {
            row.setHeightInPoints(Math.min(lines * LINE_POINTS, TALLEST_ROW_POINTS));
        }
    }

    private static int linesNeeded(String text, int width) {
        int lines = 0;
        for (String line : text.split("\n", -1)) {
            int shown = line.codePoints().map(c -> c >= 0x2E80 ? 2 : 1).sum();
            lines += Math.max(1, (shown + width - 1) / width);
        }
        return lines;
    }
}
