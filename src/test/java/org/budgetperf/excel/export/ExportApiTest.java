package org.budgetperf.excel.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetperf.excel.export.Workbooks.cell;
import static org.budgetperf.excel.export.Workbooks.isMerged;
import static org.budgetperf.excel.export.Workbooks.rowStarting;
import static org.budgetperf.excel.export.Workbooks.shown;
import static org.budgetperf.excel.export.Workbooks.shownRow;
import static org.budgetperf.excel.export.Workbooks.valueOf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.budgetperf.support.IntegrationTest;
import org.budgetperf.support.Seed002;
import org.budgetperf.support.SeedTsv;
import org.budgetperf.support.TestTargets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Exports through {@code /api/targets/{id}/export} and {@code /api/exports}, read back with POI. */
@IntegrationTest
class ExportApiTest {

    private static final String SEED_000 = "JS-HSZH-LLHZ-2023-01";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;

    @Test
    void seed002EvaluationIsExportedAsTheSeedPrintsIt() {
        long id = createSeed002Target();
        ResponseEntity<JsonNode> recorded = rest.withBasicAuth("dept-reviewer", "demo").exchange(
                "/api/targets/" + id + "/evaluation", HttpMethod.PUT, new HttpEntity<>(Seed002.evaluation()),
                JsonNode.class);
        assertThat(recorded.getStatusCode()).isEqualTo(HttpStatus.OK);
        String code = recorded.getBody().path("targetCode").asText();

        ResponseEntity<byte[]> download = export("finance-reviewer", id, "evaluation");
        assertThat(download.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(download.getHeaders().getContentType().toString()).isEqualTo(ExportFile.XLSX);
        assertThat(fileName(download)).isEqualTo(code + "-绩效自评表.xlsx");
        Workbook workbook = Workbooks.open(download.getBody());
        Sheet sheet = workbook.getSheet(code);
        assertThat(shown(sheet, 0, 0)).isEqualTo("2023年度部门整体支出绩效自评表");
        assertThat(valueOf(sheet, "部门名称")).isEqualTo("江苏省红十字会");

        List<String> budgetHeader = SeedTsv.header(Seed002.BUDGET);
        int budget = rowStarting(sheet, budgetHeader.get(0));
        assertThat(shownRow(sheet, budget, 6)).containsExactlyElementsOf(budgetHeader);
        List<List<String>> budgetRows = SeedTsv.rows(Seed002.BUDGET);
        for (int i = 0; i < budgetRows.size(); i++) {
            List<String> seed = budgetRows.get(i);
            List<String> expected = new ArrayList<>(List.of(seed.get(0)));
            seed.subList(1, 5).forEach(amount -> expected.add(twoDecimals(amount)));
            expected.add(seed.get(5));
            assertThat(shownRow(sheet, budget + 1 + i, 6)).as(seed.get(0)).containsExactlyElementsOf(expected);
            if (!seed.get(1).isBlank()) {
                assertThat(cell(sheet, budget + 1 + i, 1).getCellType()).isEqualTo(CellType.NUMERIC);
            }
        }
        assertThat(shown(sheet, budget + 1, 3)).as("never the seed's float artefact").isEqualTo("1176.73");
        assertThat(cell(sheet, budget + 1, 3).getNumericCellValue()).isEqualTo(1176.73);
        assertThat(cell(sheet, budget + 3, 3).getNumericCellValue()).isEqualTo(292.99);

        int header = rowStarting(sheet, "", "类别", "指标名称");
        assertThat(shown(sheet, header - 1, 0)).isEqualTo("部门整体自评表");
        assertThat(shownRow(sheet, header, 8)).containsExactlyElementsOf(SeedTsv.header(Seed002.INDICATORS));
        List<List<String>> rows = SeedTsv.rows(Seed002.INDICATORS);
        for (int i = 0; i < rows.size(); i++) {
            assertThat(shownRow(sheet, header + 1 + i, 8)).as(rows.get(i).get(2)).containsExactlyElementsOf(rows.get(i));
        }
        assertThat(shownRow(sheet, header, 10).subList(8, 10)).containsExactly("分值", "得分");
        JsonNode first = recorded.getBody().path("results").get(0);
        assertThat(cell(sheet, header + 1, 8).getNumericCellValue()).isEqualTo(first.path("weight").doubleValue());
        assertThat(cell(sheet, rowStarting(sheet, "预算执行得分"), 1).getNumericCellValue())
                .isEqualTo(recorded.getBody().path("budgetScore").doubleValue());
        assertThat(valueOf(sheet, "自评总分")).as("效益 waits for the reviewer's grades")
                .isEqualTo(EvaluationSheet.TOTAL_PENDING);
        assertThat(sheet.getLastRowNum()).isEqualTo(header + rows.size());
        assertThat(isMerged(sheet, header + 1, header + rows.size(), 0, 0)).as("分解目标 over all rows").isTrue();
        assertThat(isMerged(sheet, header + 1, header + 6, 1, 1)).as("决策 over its six rows").isTrue();
        assertThat(isMerged(sheet, header + 38, header + rows.size(), 1, 1)).as("履职 over its eight rows").isTrue();
        Cell quoted = cell(sheet, header + 8, 3);
        assertThat(quoted.getStringCellValue()).isEqualTo("=100%");
        assertThat(quoted.getCellStyle().getQuotePrefixed()).isTrue();
        assertThat(Workbooks.hasFormula(workbook)).isFalse();
    }

    @Test
    void evaluationFormBeforeAnythingIsRecordedShowsTheTargets() {
        long id = createSeed002Target();
        Sheet sheet = Workbooks.open(export("dept-reviewer", id, "evaluation").getBody()).getSheetAt(0);
        int header = rowStarting(sheet, "", "类别", "指标名称");
        List<List<String>> rows = SeedTsv.rows(Seed002.INDICATORS);
        for (int i = 0; i < rows.size(); i++) {
            List<String> seed = rows.get(i);
            assertThat(shownRow(sheet, header + 1 + i, 8)).containsExactly(seed.get(0), seed.get(1), seed.get(2),
                    seed.get(3), "", "", "", "");
        }
        int budget = rowStarting(sheet, "本年度预算资金（万元）");
        assertThat(shownRow(sheet, budget + 1, 6)).containsExactly("预算总金额", "1075.37", "", "", "", "");
        assertThat(shownRow(sheet, budget + 2, 2)).containsExactly("基本支出", "785.72");
        assertThat(shownRow(sheet, budget + 3, 2)).containsExactly("项目支出", "289.65");
    }

    @Test
    void demoTargetTableIsExportedWithEveryIndicator() throws IOException {
        long id = demoTargetId();
        ResponseEntity<byte[]> download = export("unit-staff", id, "target");
        assertThat(download.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(download.getHeaders().getFirst("Content-Disposition"))
                .startsWith("attachment; filename=\"" + SEED_000 + "-target.xlsx\"; filename*=UTF-8''");
        assertThat(fileName(download)).isEqualTo(SEED_000 + "-绩效目标表.xlsx");
        Workbook workbook = Workbooks.open(download.getBody());
        Sheet sheet = workbook.getSheet(SEED_000);
        assertThat(shown(sheet, 0, 0)).isEqualTo("2023年度项目支出绩效目标表");
        assertThat(valueOf(sheet, "主管部门")).isEqualTo("江苏省红十字会");
        assertThat(valueOf(sheet, "开始时间")).isEqualTo("2022年");
        assertThat(valueOf(sheet, "年度目标")).startsWith("中国红十字会总会及省外办指导与帮助下开展对外交流与合作").doesNotContain("<p>");
        int funds = rowStarting(sheet, "资金来源");
        assertThat(shownRow(sheet, funds + 1, 2)).containsExactly("资金总额", "17.60");
        assertThat(shownRow(sheet, funds + 8, 2)).containsExactly("其他资金", "0.00");
        assertThat(shownRow(sheet, rowStarting(sheet, "支出项目") + 1, 3))
                .containsExactly("江苏省红十字会联络与合作中心", "17.60", "3.50");

        JsonNode declared;
        try (InputStream in = getClass().getResourceAsStream("/demo/targets/000-js-llhz-2023.json")) {
            declared = json.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8)).path("indicators");
        }
        int header = rowStarting(sheet, "一级指标", "二级指标", "三级指标", "绩效指标描述", "半年(程)指标值", "全年(程)指标值", "分值");
        for (int i = 0; i < declared.size(); i++) {
            JsonNode row = declared.get(i);
            List<String> shown = shownRow(sheet, header + 1 + i, 6);
            assertThat(shown.subList(2, 6)).containsExactly(row.path("level3").asText(), "",
                    row.path("halfYearValue").asText(""), row.path("fullYearValue").asText());
        }
        assertThat(isMerged(sheet, header + 1, header + 6, 0, 0)).as("决策").isTrue();
        assertThat(isMerged(sheet, header + 3, header + 5, 1, 1)).as("绩效目标").isTrue();
        assertThat(Workbooks.hasFormula(workbook)).isFalse();
    }

    @Test
    void monitoringFormOfTheDemoTable() {
        Sheet sheet = Workbooks.open(export("dept-reviewer", demoTargetId(), "monitoring").getBody()).getSheet(SEED_000);
        assertThat(shown(sheet, 0, 0)).isEqualTo("2023年度项目支出绩效运行监控表");
        int budget = rowStarting(sheet, "资金来源", "全年预算数", "半年计划执行数", "1-6月实际执行数", "执行率");
        assertThat(shownRow(sheet, budget + 1, 5)).containsExactly("资金总额", "17.60", "3.50", "", "");
        assertThat(shownRow(sheet, budget + 2, 5)).containsExactly("一般公共预算资金", "17.60", "3.50", "", "");
        int header = rowStarting(sheet, "一级指标");
        assertThat(shownRow(sheet, header + 7, 9)).containsExactly("过程", "资金管理", "预算执行率", "=20%", "=100%", "", "", "",
                "");
    }

    @Test
    void exportsAreRefusedAsTheRestOfTheApiRefuses() {
        long id = demoTargetId();
        assertThat(export("unit-staff-2", id, "target").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(export("unit-staff-2", id, "evaluation").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(export("manager", 999_999_999L, "target").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(rest.getForEntity("/api/targets/" + id + "/export", byte[].class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);

        ResponseEntity<JsonNode> badTable = rest.withBasicAuth("unit-staff", "demo")
                .getForEntity("/api/targets/" + id + "/export?table=budget", JsonNode.class);
        assertThat(badTable.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badTable.getBody().path("message").asText()).contains("未知的导出表格类型“budget”");
        assertThat(badTable.getBody().path("errors").get(0).path("field").asText()).isEqualTo("table");

        ResponseEntity<byte[]> byDefault = rest.withBasicAuth("unit-staff", "demo")
                .getForEntity("/api/targets/" + id + "/export", byte[].class);
        assertThat(fileName(byDefault)).isEqualTo(SEED_000 + "-绩效目标表.xlsx");
    }

    @Test
    void batchExportPutsEachUnitsTablesOnOneSheetAndTheDepartmentsOwnTableOnAnother() {
        long seed002 = createSeed002Target();
        String seedCode = rest.withBasicAuth("dept-reviewer", "demo").getForEntity("/api/targets/" + seed002,
                JsonNode.class).getBody().path("code").asText();

        ResponseEntity<byte[]> department = batch("dept-reviewer", "departmentCode=JS-HSZH&year=2023&table=evaluation");
        assertThat(department.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(fileName(department)).isEqualTo("JS-HSZH-2023-绩效自评表.xlsx");
        Workbook workbook = Workbooks.open(department.getBody());
        assertThat(sheetNames(workbook)).contains("江苏省红十字会部门整体", "江苏省红十字会联络与合作中心")
                .doesNotHaveDuplicates();
        Sheet own = workbook.getSheet("江苏省红十字会部门整体");
        assertThat(shown(own, 0, 0)).isEqualTo("2023年度部门整体支出绩效自评表");
        assertThat(codes(own)).contains(seedCode);
        Sheet unit = workbook.getSheet("江苏省红十字会联络与合作中心");
        assertThat(shown(unit, 0, 0)).isEqualTo("2023年度项目支出绩效自评表");
        assertThat(codes(unit)).contains(SEED_000).doesNotContain(seedCode);
        assertThat(unit.getRowBreaks()).as("each further table starts a printed page").hasSize(codes(unit).size() - 1);

        List<String> unitCodes = codes(Workbooks.open(
                batch("unit-staff", "departmentCode=JS-HSZH&year=2023&table=target").getBody()));
        assertThat(unitCodes).contains(SEED_000).doesNotContain(seedCode);

        ResponseEntity<JsonNode> none = rest.withBasicAuth("unit-staff-2", "demo")
                .getForEntity("/api/exports?departmentCode=JS-HSZH&year=2023&table=target", JsonNode.class);
        assertThat(none.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(none.getBody().path("message").asText()).contains("没有您可查看的绩效目标表");
        assertThat(batch("manager", "departmentCode=NO-SUCH&year=2023").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);

        ResponseEntity<JsonNode> noYear = rest.withBasicAuth("manager", "demo")
                .getForEntity("/api/exports?departmentCode=JS-HSZH", JsonNode.class);
        assertThat(noYear.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noYear.getBody().path("message").asText()).contains("请指定预算年度");
        ResponseEntity<JsonNode> badTable = rest.withBasicAuth("manager", "demo")
                .getForEntity("/api/exports?departmentCode=JS-HSZH&year=2023&table=xls", JsonNode.class);
        assertThat(badTable.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badTable.getBody().path("message").asText()).contains("未知的导出表格类型");
    }

    @Test
    void batchExportOfAnotherUnitsTablesSkipsWhatTheCallerMayNotRead() {
        var foreign = TestTargets.request(TestTargets.uniqueCode(), org.budgetperf.declaration.TargetType.PROJECT,
                TestTargets.JS_DEPARTMENT, TestTargets.JS_UNIT_2);
        assertThat(rest.withBasicAuth("unit-staff-2", "demo").postForEntity("/api/targets", foreign, JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);
        List<String> own = codes(Workbooks.open(
                batch("unit-staff-2", "departmentCode=JS-HSZH&year=2025&table=monitoring").getBody()));
        assertThat(own).contains(foreign.code());
        ResponseEntity<byte[]> other = batch("unit-staff", "departmentCode=JS-HSZH&year=2025&table=monitoring");
        if (other.getStatusCode() == HttpStatus.OK) {
            assertThat(codes(Workbooks.open(other.getBody()))).doesNotContain(foreign.code());
        } else {
            assertThat(other.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        }
    }

    private long createSeed002Target() {
        ResponseEntity<JsonNode> created = rest.withBasicAuth("dept-reviewer", "demo")
                .postForEntity("/api/targets", Seed002.departmentTarget(), JsonNode.class);
        assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
        return created.getBody().path("id").asLong();
    }

    private long demoTargetId() {
        JsonNode page = rest.withBasicAuth("manager", "demo").getForEntity("/api/targets?year=2023&size=200",
                JsonNode.class).getBody();
        for (JsonNode row : page.path("content")) {
            if (SEED_000.equals(row.path("code").asText())) {
                return row.path("id").asLong();
            }
        }
        throw new AssertionError("demo table " + SEED_000 + " not loaded");
    }

    private ResponseEntity<byte[]> export(String user, long id, String table) {
        return rest.withBasicAuth(user, "demo").getForEntity("/api/targets/" + id + "/export?table=" + table,
                byte[].class);
    }

    private ResponseEntity<byte[]> batch(String user, String query) {
        return rest.withBasicAuth(user, "demo").getForEntity("/api/exports?" + query, byte[].class);
    }

    private static String fileName(ResponseEntity<?> response) {
        return ContentDisposition.parse(response.getHeaders().getFirst("Content-Disposition")).getFilename();
    }

    private static List<String> sheetNames(Workbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    /** The code of every table on the sheet, from its 项目编码 row. */
    private static List<String> codes(Sheet sheet) {
        List<String> codes = new ArrayList<>();
        for (int row = 0; row <= sheet.getLastRowNum(); row++) {
            if ("项目编码".equals(shown(sheet, row, 0))) {
                codes.add(shown(sheet, row, 1));
            }
        }
        return codes;
    }

    private static List<String> codes(Workbook workbook) {
        List<String> codes = new ArrayList<>();
        workbook.forEach(sheet -> codes.addAll(codes(sheet)));
        return codes;
    }

    private static String twoDecimals(String printed) {
        return printed.isBlank() ? "" : new BigDecimal(printed).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
