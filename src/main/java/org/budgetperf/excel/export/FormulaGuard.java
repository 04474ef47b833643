package org.budgetperf.excel.export;

import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Writes every text cell of an export. Text is always a STRING cell, never a formula; text that Excel or another
 * spreadsheet would take for a formula when a person edits the cell or re-saves the file as CSV (starting with
 * {@code = + - @}, tab or CR: CSV injection) gets the cell style's quote prefix, Excel's own "this is text" flag,
 * so the stored text stays exactly as written ({@code =100%} round-trips unchanged).
 */
final class FormulaGuard {

    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final int LONGEST_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    private static final String CUT_MARK = "…（超出Excel单元格长度，已截断）";

    private final Workbook workbook;
    private final Map<CellStyle, CellStyle> quoted = new IdentityHashMap<>();

    FormulaGuard(Workbook workbook) {
        this.workbook = workbook;
    }

    static boolean looksLikeFormula(String text) {
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0;
    }

    void setText(Cell cell, String text, CellStyle style) {
        String fitted = text.length() <= LONGEST_TEXT ? text
                : text.substring(0, LONGEST_TEXT - CUT_MARK.length()) + CUT_MARK;
        cell.setCellValue(fitted);
        cell.setCellStyle(looksLikeFormula(fitted) ? quoted(style) : style);
    }

    private CellStyle quoted(CellStyle style) {
        return quoted.computeIfAbsent(style, base -> {
            CellStyle copy = workbook.createCellStyle();
            copy.cloneStyleFrom(base);
            copy.setQuotePrefixed(true);
            return copy;
        });
    }
}
