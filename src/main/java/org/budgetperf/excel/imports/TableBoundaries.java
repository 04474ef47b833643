package org.budgetperf.excel.imports;

import java.util.List;
import java.util.Set;

/** Where tables begin and end on a sheet: title rows, labelled rows and indicator headers. */
final class TableBoundaries {

    private static final Set<String> TITLE_WORDS = Set.of("目标表", "申报表", "自评表", "自评报告", "监控表",
            "评价表");

    private TableBoundaries() {
    }

    /** A title is a row of one or two filled cells naming a kind of table, e.g. 江苏省省级项目预算绩效目标表. */
    static boolean isTitle(List<SheetGrid.Located> cells) {
        if (cells.isEmpty() || cells.size() > 2) {
            return false;
        }
        String key = cells.get(0).key();
        return TableField.labelled(key).isEmpty() && TITLE_WORDS.stream().anyMatch(key::contains);
    }

    static boolean endsIndicatorRows(SheetGrid grid, int row) {
        List<SheetGrid.Located> cells = grid.distinctCells(row);
        return isTitle(cells) || TableField.labelled(cells.get(0).text()).isPresent()
                || IndicatorHeader.find(grid, row).isPresent();
    }
}
