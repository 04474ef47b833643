package org.budgetperf.excel.imports;

import java.util.ArrayList;
import java.util.List;
import org.budgetperf.indicator.IndicatorValueParser;
import org.budgetperf.indicator.ValueKind;
import org.budgetperf.declaration.ParsedValue;
import org.budgetperf.declaration.TargetRequest;

/**
 * One table found in a workbook: where it is, the declaration it becomes, each indicator with its value exactly
 * as written and as parsed, its warnings and errors, and the id of the draft once imported.
 */
public record TablePreview(String sheet, Integer row, String title, TargetRequest target, OrganizationRef department,
                           OrganizationRef unit, List<IndicatorPreview> indicators, List<ImportProblem> warnings,
                           List<ImportProblem> errors, Long targetId) {

    public record IndicatorPreview(int row, String level1, String level2, String level3, String halfYearValue,
                                   ParsedValue halfYearParsed, String fullYearValue, ParsedValue fullYearParsed,
                                   String actualValue) {
    }

    static TablePreview of(InterpretedTable table, IndicatorValueParser parser) {
        TableContent content = table.content();
        List<ImportProblem> problems = new ArrayList<>(table.problems());
        List<IndicatorPreview> indicators = content.indicators.stream().map(row -> {
            ParsedValue full = row.fullYearValue() == null ? null : ParsedValue.of(parser.parse(row.fullYearValue()));
            if (full != null && full.kind() == ValueKind.TEXT) {
                problems.add(ImportProblem.warning(content.sheet, row.row(),
                        content.header.column(ColumnRole.FULL_YEAR_VALUE), ColumnRole.FULL_YEAR_VALUE.label(),
                        "指标值“" + row.fullYearValue() + "”不是数量、比较、期限或定性表述，按文本保存，由审核人判断"));
            }
            ParsedValue half = row.halfYearValue() == null ? null : ParsedValue.of(parser.parse(row.halfYearValue()));
            return new IndicatorPreview(row.row() + 1, row.level1(), row.level2(), row.level3(), row.halfYearValue(),
                    half, row.fullYearValue(), full, row.actualValue());
        }).toList();
        return new TablePreview(content.sheet, content.firstRow + 1, content.title, table.request(),
                table.department(), table.unit(), indicators,
                problems.stream().filter(problem -> !problem.isError()).toList(),
                problems.stream().filter(ImportProblem::isError).toList(), null);
    }

    TablePreview withErrors(List<ImportProblem> more) {
        List<ImportProblem> all = new ArrayList<>(errors);
        all.addAll(more);
        return new TablePreview(sheet, row, title, target, department, unit, indicators, warnings, all, targetId);
    }

    TablePreview imported(Long id) {
        return new TablePreview(sheet, row, title, target, department, unit, indicators, warnings, errors, id);
    }
}
