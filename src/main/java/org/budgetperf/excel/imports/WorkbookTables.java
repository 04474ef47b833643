package org.budgetperf.excel.imports;

import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;

/** Every table of every sheet of a workbook, and the sheets in which none could be found. */
record WorkbookTables(List<TableContent> tables, List<ImportProblem> problems) {

    private static final String HEADER_HINT = "需要一行列名，至少包含“三级指标”（或指标名称、指标内容）、"
            + "“指标值”（或目标值、指标目标值、全年(程)指标值、半年(程)指标值）和“一级指标”或“二级指标”";

    static WorkbookTables read(List<SheetGrid> sheets) {
        List<TableContent> tables = new ArrayList<>();
        List<String> sheetsWithoutTables = new ArrayList<>();
        for (SheetGrid grid : sheets) {
            List<TableContent> found = TableFinder.find(grid);
            if (found.isEmpty() && hasContent(grid)) {
                sheetsWithoutTables.add(grid.name());
            }
            tables.addAll(found);
        }
        List<ImportProblem> problems = new ArrayList<>();
        for (String sheet : sheetsWithoutTables) {
            String message = "没有找到可识别的指标表头，" + HEADER_HINT;
            problems.add(tables.isEmpty() ? ImportProblem.error(sheet, -1, -1, null, message)
                    : ImportProblem.warning(sheet, -1, -1, null, message + "；该工作表已跳过"));
        }
        if (tables.isEmpty() && sheetsWithoutTables.isEmpty()) {
            problems.add(ImportProblem.ofWorkbook("工作簿是空的，没有任何绩效目标表"));
        }
        return new WorkbookTables(tables, problems);
    }

    /** Refuses (422) a workbook of several tables where only one is wanted, e.g. {@code 上传到草稿}. */
    void requireAtMostOne(String where) {
        if (tables.size() > 1) {
            throw new WorkbookRejected(HttpStatus.UNPROCESSABLE_ENTITY, "工作簿中有 " + tables.size()
                    + " 张绩效目标表；" + where + "时只能包含一张表");
        }
    }

    private static boolean hasContent(SheetGrid grid) {
        for (int row = 0; row < grid.rowCount(); row++) {
            if (!grid.isBlankRow(row)) {
                return true;
            }
        }
        return false;
    }
}
