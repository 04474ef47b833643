package org.budgetperf.excel.imports;

import java.math.BigDecimal;

/**
 * One cell as a reader of the sheet sees it: its text as displayed, its number when it holds one, and the
 * top-left corner of the merged region it belongs to (its own position when not merged).
 */
record GridCell(String text, BigDecimal number, int anchorRow, int anchorColumn) {

    static final GridCell BLANK = new GridCell("", null, -1, -1);

    boolean isBlank() {
        return text.isBlank();
    }

    boolean sameRegionAs(GridCell other) {
        return anchorRow >= 0 && anchorRow == other.anchorRow && anchorColumn == other.anchorColumn;
    }

    /** Header and label text compared without spaces, line breaks or the full-width/half-width difference. */
    String key() {
        return Labels.normalise(text);
    }
}
