package org.budgetperf.excel.imports;

import org.springframework.http.HttpStatus;

/** Counts the rows of a workbook as they are read and refuses it once they pass the configured limit. */
final class RowLimit {

    private final int max;
    private int counted;

    RowLimit(int max) {
        this.max = max;
    }

    void count(String sheet) {
        if (++counted > max) {
            throw new WorkbookRejected(HttpStatus.PAYLOAD_TOO_LARGE, "工作簿超过 " + max
                    + " 行的上限（到工作表“" + sheet + "”为止已有 " + counted + " 行），请分批导入");
        }
    }
}
