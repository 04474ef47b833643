package org.budgetperf.excel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Small workbooks written row by row, for tests of layouts and of bad input. */
public final class TestWorkbooks {

    private TestWorkbooks() {
    }

    /** Labels in a column, the table starting at column C, synonyms for every header, blank (not merged) levels. */
    public static byte[] otherLayout(String code, String unit) {
        return sheet("申报", otherLayoutRows(code, unit, "12.50"));
    }

    /** The rows of {@link #otherLayout}, with the general budget as given (12.50 makes the funds add up). */
    static List<List<Object>> otherLayoutRows(String code, String unit, String generalBudget) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(Arrays.asList(null, null, "绩效目标申报表"));
        rows.add(List.of());
        rows.add(Arrays.asList(null, null, "项目编码", code));
        rows.add(Arrays.asList(null, null, "项目名称", "应急救护培训补助"));
        rows.add(Arrays.asList(null, null, "预算年度", "2026年"));
        rows.add(Arrays.asList(null, null, "实施单位", unit));
        rows.add(Arrays.asList(null, null, "资金总额", 12.5));
        rows.add(Arrays.asList(null, null, "一般公共预算资金", generalBudget));
        rows.add(List.of());
        rows.add(Arrays.asList(null, null, "一级目标", "二级指标", "指标内容", "半年指标值", "年度指标值", "分值"));
        rows.add(Arrays.asList(null, null, "产出指标", "数量指标", "培训人数", "≥500人", "≥1000人", 20));
        rows.add(Arrays.asList(null, null, null, null, "培训场次", null, "=12场", 20));
        rows.add(Arrays.asList(null, null, null, "质量指标", "考核合格率", null, "≥95%", 30));
        rows.add(Arrays.asList(null, null, "满意度指标", "服务对象满意度", "学员满意度", null, "≥90%", 30));
        return rows;
    }

    /** One sheet; each row is a list of cells, {@code null} leaving a cell empty, numbers written as numbers. */
    public static byte[] sheet(String name, List<List<Object>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(name);
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                List<Object> cells = rows.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    Object value = cells.get(c);
                    if (value instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else if (value != null) {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            return bytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(XSSFWorkbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }
}
