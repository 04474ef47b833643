package org.budgetperf.excel.imports;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetperf.common.ApiException;

/**
 * Puts the field errors of a recording service's refusal ({@code indicators[3].cause}) back at the sheet row and
 * column the line came from; an error about a whole list (an indicator not reported) is placed at the header row.
 */
final class RefusalPlaces {

    private static final Pattern INDEXED = Pattern.compile("(\\w+)\\[(\\d+)](?:\\.(\\w+))?");
    private static final Map<String, ColumnRole> COLUMNS = Map.of(
            "indicatorId", ColumnRole.LEVEL3, "halfYearActual", ColumnRole.HALF_YEAR_ACTUAL,
            "expectedFullYear", ColumnRole.EXPECTED_FULL_YEAR, "statement", ColumnRole.STATEMENT,
            "cause", ColumnRole.CAUSE, "measures", ColumnRole.MEASURES, "actualValue", ColumnRole.ACTUAL_VALUE,
            "source", ColumnRole.ACTUAL_SOURCE);

    private RefusalPlaces() {
    }

    static List<ImportProblem> of(TableContent table, Map<String, List<Integer>> rows, ApiException refusal) {
        return refusal.errors().stream().map(error -> place(table, rows, error)).toList();
    }

    private static ImportProblem place(TableContent table, Map<String, List<Integer>> rows,
                                       ApiException.FieldError error) {
        Matcher indexed = INDEXED.matcher(error.field());
        List<Integer> listRows = indexed.matches() ? rows.get(indexed.group(1)) : null;
        int index = listRows == null ? -1 : Integer.parseInt(indexed.group(2));
        if (index < 0 || index >= listRows.size()) {
            return ImportProblem.error(table.sheet, table.header.row(), -1, null, error.message());
        }
        ColumnRole role = indexed.group(3) == null ? null : COLUMNS.get(indexed.group(3));
        Integer column = role == null ? null : table.header.column(role);
        return ImportProblem.error(table.sheet, listRows.get(index), column == null ? -1 : column,
                role == null ? null : role.label(), error.message());
    }
}
