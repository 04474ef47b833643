package org.budgetperf.excel.imports;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** The header row of an indicator table: which column plays which role. */
record IndicatorHeader(int row, Map<ColumnRole, Integer> columns) {

    /** A row is the header when it names the level-3 indicator, a value column and at least one upper level. */
    static Optional<IndicatorHeader> find(SheetGrid grid, int row) {
        Map<ColumnRole, Integer> columns = new EnumMap<>(ColumnRole.class);
        for (SheetGrid.Located cell : grid.distinctCells(row)) {
            ColumnRole.named(cell.text()).ifPresent(role -> columns.putIfAbsent(role, cell.column()));
        }
        boolean hasValue = columns.containsKey(ColumnRole.FULL_YEAR_VALUE) || columns.containsKey(ColumnRole.HALF_YEAR_VALUE);
        boolean hasUpperLevel = columns.containsKey(ColumnRole.LEVEL1) || columns.containsKey(ColumnRole.LEVEL2);
        if (!columns.containsKey(ColumnRole.LEVEL3) || !hasValue || !hasUpperLevel) {
            return Optional.empty();
        }
        Integer level2 = columns.get(ColumnRole.LEVEL2);
        if (!columns.containsKey(ColumnRole.LEVEL1) && level2 != null && level2 > 0
                && grid.cell(row, level2 - 1).isBlank()) {
            // Seed 002's 部门整体自评表 leaves the level-1 column without a name, left of 类别.
            columns.put(ColumnRole.LEVEL1, level2 - 1);
        }
        return Optional.of(new IndicatorHeader(row, columns));
    }

    Integer column(ColumnRole role) {
        return columns.get(role);
    }
}
