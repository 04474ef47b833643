package org.budgetperf.excel.imports;

import org.apache.poi.ss.util.CellReference;

/** Something wrong or doubtful in a workbook, located as a person would look for it: sheet, row, column. */
public record ImportProblem(Severity severity, String sheet, Integer row, String column, String field,
                            String message) {

    public enum Severity { ERROR, WARNING }

    static ImportProblem error(String sheet, int rowIndex, int columnIndex, String field, String message) {
        return at(Severity.ERROR, sheet, rowIndex, columnIndex, field, message);
    }

    static ImportProblem warning(String sheet, int rowIndex, int columnIndex, String field, String message) {
        return at(Severity.WARNING, sheet, rowIndex, columnIndex, field, message);
    }

    static ImportProblem ofWorkbook(String message) {
        return new ImportProblem(Severity.ERROR, null, null, null, null, message);
    }

    static ImportProblem at(Severity severity, String sheet, int rowIndex, int columnIndex, String field,
                                    String message) {
        String column = columnIndex < 0 ? null : CellReference.convertNumToColString(columnIndex);
        return new ImportProblem(severity, sheet, rowIndex < 0 ? null : rowIndex + 1, column, field, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The message with its place, e.g. 工作表“项目表”第12行F列（全年指标值）：全年指标值不能为空. */
    public String located() {
        StringBuilder place = new StringBuilder();
        if (sheet != null) {
            place.append("工作表“").append(sheet).append("”");
        }
        if (row != null) {
            place.append("第").append(row).append("行");
        }
        if (column != null) {
            place.append(column).append("列");
        }
        if (field != null) {
            place.append("（").append(field).append("）");
        }
        return place.isEmpty() ? message : place + "：" + message;
    }
}
