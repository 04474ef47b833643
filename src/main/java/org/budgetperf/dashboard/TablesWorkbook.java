package org.budgetperf.dashboard;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * The dashboard's list as a workbook, streamed (POI SXSSF keeps a window of rows in memory and the rest on disk), so
 * that the largest export costs little heap. Times in Asia/Shanghai.
 */
@Component
class TablesWorkbook {

    static final int MAX_ROWS = 100_000;
    static final List<String> HEADINGS = List.of("项目编码", "项目名称", "实施单位", "主管部门", "所处阶段", "当前环节",
            "办理人", "进入阶段时间", "资金总额", "金额单位", "监控预警", "自评等级");
    private static final int ROWS_IN_MEMORY = 200;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final DashboardQueries queries;

    TablesWorkbook(DashboardQueries queries) {
        this.queries = queries;
    }

    void write(DashboardScope scope, int year, TableQuery query, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        try {
            SXSSFSheet sheet = workbook.createSheet(year + "年度绩效目标表");
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row heading = sheet.createRow(0);
            for (int i = 0; i < HEADINGS.size(); i++) {
                Cell cell = heading.createCell(i);
                cell.setCellValue(HEADINGS.get(i));
                cell.setCellStyle(bold);
            }
            sheet.createFreezePane(0, 1);
            int[] next = {1};
            queries.eachTable(scope, year, query, MAX_ROWS, rows -> rows.forEach(table -> {
                Row row = sheet.createRow(next[0]++);
                text(row, 0, table.code());
                text(row, 1, table.name());
                text(row, 2, table.unitName());
                text(row, 3, table.departmentName());
                text(row, 4, table.stageLabel());
                text(row, 5, table.waitingAt());
                text(row, 6, table.holderName());
                text(row, 7, table.since() == null ? null : TIME.format(table.since()));
                if (table.totalBudget() != null) {
                    row.createCell(8).setCellValue(table.totalBudget().doubleValue());
                }
                text(row, 9, table.fundUnit());
                text(row, 10, table.lightLabel());
                text(row, 11, table.gradeLabel());
            }));
            workbook.write(out);
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    private static void text(Row row, int column, String value) {
        if (value != null) {
            row.createCell(column).setCellValue(value);
        }
    }
}
