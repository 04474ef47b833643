package org.budgetperf.excel.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An .xlsx being exported: its shared styles, the formula guard, and sheets with unique names. It is streamed
 * (SXSSF): each table stays in memory only while it is written and then goes to a temporary file, so a
 * department's thousand tables need neither the heap nor the time of an in-memory workbook.
 */
final class ExportWorkbook implements AutoCloseable {

    private static final int LONGEST_SHEET_NAME = 31;

    /** No automatic flushing: a table's rows stay reachable until it is complete, for merging runs (SheetWriter). */
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(-1);
    private final SheetStyles styles = new SheetStyles(workbook);
    private final FormulaGuard guard = new FormulaGuard(workbook);
    private final Set<String> names = new HashSet<>();

    /** A new sheet named after {@code name}, made safe for Excel, at most 31 characters and unique in the workbook. */
    SheetWriter sheet(String name, int... columnWidths) {
        return new SheetWriter(workbook.createSheet(uniqueName(name)), styles, guard, columnWidths);
    }

    private String uniqueName(String wanted) {
        String base = WorkbookUtil.createSafeSheetName(wanted == null || wanted.isBlank() ? "Sheet" : wanted);
        String name = base;
        for (int n = 2; !names.add(name.toLowerCase(Locale.ROOT)); n++) {
            String suffix = "~" + n;
            name = base.substring(0, Math.min(base.length(), LONGEST_SHEET_NAME - suffix.length())) + suffix;
        }
        return name;
    }

    byte[] bytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("导出Excel失败", e);
        }
    }

    @Override
    public void close() {
        try {
            workbook.dispose();
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
