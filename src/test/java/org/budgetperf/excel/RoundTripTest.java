package org.budgetperf.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.budgetperf.excel.export.ExportService;
import org.budgetperf.excel.export.ExportTable;
import org.budgetperf.excel.imports.WorkbookImportService;
import org.budgetperf.security.CurrentUser;
import org.budgetperf.support.IntegrationTest;
import org.budgetperf.support.TestTargets;
import org.budgetperf.target.TargetDetails;
import org.budgetperf.target.TargetRequest;
import org.budgetperf.target.TargetService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Export a table, import the workbook into the same draft: the table and its next export come back equal. */
@IntegrationTest
class RoundTripTest {

    private static final CurrentUser UNIT = TestTargets.user("unit-staff");

    @Autowired
    TargetService targets;
    @Autowired
    ExportService exports;
    @Autowired
    WorkbookImportService imports;

    @Test
    void exportThenImportGivesBackAnEqualTable() throws IOException {
        TargetRequest request = TestTargets.project(TestTargets.JS_UNIT);
        List<TargetRequest.IndicatorLine> indicators = new ArrayList<>(request.indicators());
        indicators.add(new TargetRequest.IndicatorLine("效益指标", "社会效益指标", "=公式样的名称", "以等号开头的描述",
                "-5%", "+10%", null, null, null, null, new java.math.BigDecimal("12.5")));
        indicators.add(new TargetRequest.IndicatorLine("效益指标", "社会效益指标", "@提及", null, null,
                "2025年10月底完成", null, null, null, null, null));
        request = withIndicators(request, indicators);
        long id = targets.create(request, UNIT).getId();
        TargetDetails before = targets.details(id, UNIT);

        byte[] first = exports.target(id, ExportTable.TARGET, UNIT).content();
        imports.importIntoDraft(id, "round-trip.xlsx", first, UNIT);
        TargetDetails after = targets.details(id, UNIT);
        byte[] second = exports.target(id, ExportTable.TARGET, UNIT).content();

        assertThat(after).usingRecursiveComparison()
                .ignoringFields("updatedAt", "statusSince")
                .withComparatorForType(java.math.BigDecimal::compareTo, java.math.BigDecimal.class)
                .isEqualTo(before);
        assertThat(cells(second)).isEqualTo(cells(first));
    }

    private static TargetRequest withIndicators(TargetRequest r, List<TargetRequest.IndicatorLine> indicators) {
        return new TargetRequest(r.code(), r.budgetYear(), r.type(), r.name(), r.departmentCode(), r.unitCode(),
                r.category(), r.projectLevel(), r.startYear(), r.endYear(), r.responsiblePerson(), r.contactPhone(),
                "立项必要性（纯文本）", r.feasibility(), "项目实施内容（纯文本）", r.midLongTermGoal(), "年度目标（纯文本）",
                r.fundUnit(), r.funds(), r.expenditures(), r.basicExpenditure(), r.projectExpenditure(), r.duties(),
                r.keyTasks(), r.headCount(), r.assets(), r.dutyGoals(), indicators);
    }

    private static List<String> cells(byte[] workbook) throws IOException {
        DataFormatter shown = new DataFormatter();
        List<String> cells = new ArrayList<>();
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(workbook))) {
            Sheet sheet = book.getSheetAt(0);
            for (Row row : sheet) {
                row.forEach(cell -> cells.add(cell.getAddress() + "=" + shown.formatCellValue(cell)));
            }
            sheet.getMergedRegions().forEach(region -> cells.add("merged " + region.formatAsString()));
        }
        return cells;
    }
}
