package org.budgetperf.excel.imports;

import java.util.List;
import java.util.Optional;
import org.budgetperf.evaluation.IndicatorKey;

/** Finds a sheet's indicator row among the table's indicators by its level-1, level-2 and level-3 names. */
final class IndicatorMatch {

    private IndicatorMatch() {
    }

    /** The indicator's index in {@code indicators}; a row naming none is an error at its 三级指标 cell. */
    static Optional<Integer> indexOf(TableContent table, TableContent.Indicator row, List<IndicatorKey> indicators) {
        IndicatorKey key = new IndicatorKey(row.level1(), row.level2(), row.level3());
        int index = indicators.indexOf(key);
        if (index < 0) {
            table.error(row.row(), table.header.column(ColumnRole.LEVEL3), ColumnRole.LEVEL3.label(),
                    "绩效目标表中没有指标“" + key + "”");
            return Optional.empty();
        }
        return Optional.of(index);
    }
}
