package org.budgetperf.excel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds a workbook from a layout file in test resources: one line per row, cells separated by tabs;
 * {@code ^} continues the merged region of the cell above, {@code <} that of the cell to the left,
 * {@code #17.6} is a numeric cell, {@code \n} and {@code \t} are escapes, {@code @sheet 名称} starts a sheet.
 */
public final class LayoutWorkbooks {

    private LayoutWorkbooks() {
    }

    /** The layout as an .xlsx. */
    public static byte[] build(String resource) {
        return build(resource, XSSFWorkbook::new);
    }

    /** The layout in the format of {@code format}: {@code XSSFWorkbook::new} (.xlsx) or {@code HSSFWorkbook::new} (.xls). */
    public static byte[] build(String resource, Supplier<Workbook> format) {
        try (InputStream in = LayoutWorkbooks.class.getResourceAsStream(resource);
             Workbook workbook = format.get()) {
            if (in == null) {
                throw new IllegalArgumentException("no layout " + resource);
            }
            String layout = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Sheet sheet = null;
            Map<Long, int[]> regions = new HashMap<>();
            int rowIndex = 0;
            for (String line : layout.split("\n", -1)) {
                if (line.startsWith("@sheet ")) {
                    flush(sheet, regions);
                    sheet = workbook.createSheet(line.substring(7).strip());
                    rowIndex = 0;
                    continue;
                }
                if (sheet == null) {
                    throw new IllegalArgumentException(resource + " must start with @sheet");
                }
                writeRow(sheet.createRow(rowIndex), line, regions);
                rowIndex++;
            }
            flush(sheet, regions);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Regions are kept as {firstRow, firstColumn, lastRow, lastColumn}, keyed by every cell they cover. */
    private static void writeRow(Row row, String line, Map<Long, int[]> regions) {
        if (line.isEmpty()) {
            return;
        }
        String[] cells = line.split("\t", -1);
        int r = row.getRowNum();
        for (int c = 0; c < cells.length; c++) {
            String value = cells[c];
            if (value.equals("^") || value.equals("<")) {
                int[] region = value.equals("^") ? regions.get(key(r - 1, c)) : regions.get(key(r, c - 1));
                if (region == null) {
                    region = new int[] {value.equals("^") ? r - 1 : r, value.equals("^") ? c : c - 1,
                        value.equals("^") ? r - 1 : r, value.equals("^") ? c : c - 1};
                }
                region[2] = Math.max(region[2], r);
                region[3] = Math.max(region[3], c);
                regions.put(key(r, c), region);
                regions.putIfAbsent(key(region[0], region[1]), region);
                continue;
            }
            Cell cell = row.createCell(c);
            if (value.startsWith("#")) {
                cell.setCellValue(Double.parseDouble(value.substring(1)));
            } else if (!value.isEmpty()) {
                cell.setCellValue(unescape(value));
            }
        }
    }

    private static void flush(Sheet sheet, Map<Long, int[]> regions) {
        if (sheet != null) {
            regions.values().stream().distinct()
                    .filter(region -> region[2] > region[0] || region[3] > region[1])
                    .forEach(region -> sheet.addMergedRegion(
                            new CellRangeAddress(region[0], region[2], region[1], region[3])));
        }
        regions.clear();
    }

    private static long key(int row, int column) {
        return ((long) row << 16) | column;
    }

    private static String unescape(String value) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            if (ch == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                out.append(next == 'n' ? '\n' : next == 't' ? '\t' : next);
            } else {
                out.append(ch);
            }
        }
        return out.toString();
    }
}
