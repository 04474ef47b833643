package org.budgetperf.excel.imports;

import org.apache.poi.ss.util.CellReference;
import org.springframework.http.HttpStatus;

/**
 * The configured limits applied while a workbook is read: rows counted as they come, cells only within reach of
 * A1 (a single cell at XFD1048576 is no table's), and the cells a grid holds, merged regions counted once per row
 * they cross.
 */
final class ReadLimits {

    private final int maxRows;
    private final int maxRowNumber;
    private final int maxColumnNumber;
    private final int maxCells;
    private int rows;
    private int cells;

    ReadLimits(int maxRows, int maxRowNumber, int maxColumnNumber, int maxCells) {
        this.maxRows = maxRows;
        this.maxRowNumber = maxRowNumber;
        this.maxColumnNumber = maxColumnNumber;
        this.maxCells = maxCells;
    }

    void countRow(String sheet) {
        if (++rows > maxRows) {
            throw new WorkbookRejected(HttpStatus.PAYLOAD_TOO_LARGE, "工作簿超过 " + maxRows
                    + " 行的上限（到工作表“" + sheet + "”为止已有 " + rows + " 行），请分批导入");
        }
    }

    /** Refuses a cell beyond the row and column numbers read (zero-based indexes), and counts it. */
    void checkCell(String sheet, int row, int column) {
        if (row < 0 || column < 0 || row >= maxRowNumber || column >= maxColumnNumber) {
            String cell = row < 0 || column < 0 ? "（位置无效）" : " " + new CellReference(row, column).formatAsString(false);
            throw new WorkbookRejected(HttpStatus.BAD_REQUEST, "工作表“" + sheet + "”的单元格" + cell
                    + " 超出可读取的范围（第 " + maxRowNumber + " 行、第 "
                    + CellReference.convertNumToColString(maxColumnNumber - 1) + " 列以内），请删除表格以外的内容后再上传");
        }
        countCells(sheet, 1);
    }

    void countCells(String sheet, int count) {
        cells += count;
        if (cells > maxCells) {
            throw new WorkbookRejected(HttpStatus.PAYLOAD_TOO_LARGE, "工作簿的单元格超过 " + maxCells
                    + " 个的上限（合并单元格按所跨行数计，到工作表“" + sheet + "”为止），请分批导入");
        }
    }
}
