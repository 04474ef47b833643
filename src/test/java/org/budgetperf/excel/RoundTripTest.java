package org.budgetperf.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.budgetperf.excel.export.ExportService;
import org.budgetperf.excel.export.ExportTable;
import org.budgetperf.excel.imports.ImportOptions;
import org.budgetperf.excel.imports.TablePreview;
import org.budgetperf.excel.imports.WorkbookImportService;
import org.budgetperf.excel.imports.WorkbookRejected;
import org.budgetperf.security.CurrentUser;
import org.budgetperf.support.IntegrationTest;
import org.budgetperf.support.TestTargets;
import org.budgetperf.declaration.TargetDetails;
import org.budgetperf.declaration.TargetRequest;
import org.budgetperf.declaration.TargetService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Export a table, import the workbook into the same draft: the table and its next export come back equal. A
 * department's export, several tables to a sheet, reads back as the same tables.
 */
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

        assertThat(after).as("the same content; an import writes new indicator rows")
                .usingRecursiveComparison()
                .ignoringFields("updatedAt", "statusSince", "version", "indicators.id")
                .withComparatorForType(java.math.BigDecimal::compareTo, java.math.BigDecimal.class)
                .isEqualTo(before);
        assertThat(cells(second)).isEqualTo(cells(first));
    }

    @Test
    void aDepartmentsExportReadsBackAsTheSameTables() {
        List<TargetRequest> created = List.of(TestTargets.project(TestTargets.JS_UNIT),
                TestTargets.project(TestTargets.JS_UNIT)).stream()
                .map(request -> withIndicators(request, request.indicators())).toList();
        created.forEach(request -> targets.create(request, UNIT));

        byte[] exported = exports.department(TestTargets.JS_DEPARTMENT, 2025, ExportTable.TARGET, UNIT).content();
        WorkbookRejected refused = catchThrowableOfType(WorkbookRejected.class, () -> imports.importWorkbook(
                "batch.xlsx", exported, true, new ImportOptions(null, Map.of()), UNIT));

        assertThat(refused.getMessage()).as("every table read back is stored already").contains("在 2025 年度已存在");
        Map<String, TargetRequest> read = refused.preview().tables().stream().map(TablePreview::target)
                .collect(Collectors.toMap(TargetRequest::code, table -> table));
        for (TargetRequest original : created) {
            TargetRequest back = read.get(original.code());
            assertThat(back).usingRecursiveComparison()
                    .ignoringFields("dutyGoals")
                    .withComparatorForType(java.math.BigDecimal::compareTo, java.math.BigDecimal.class)
                    .isEqualTo(original);
            assertThat(back.dutyGoals()).as("none, as the original's null says").isEmpty();
        }
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
