package org.budgetperf.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.budgetperf.cycle.CyclePhase;
import org.budgetperf.cycle.CycleStepRepository;
import org.budgetperf.cycle.CycleStepsForTests;
import org.budgetperf.declaration.TargetRequest;
import org.budgetperf.declaration.TargetService;
import org.budgetperf.excel.TestWorkbooks;
import org.budgetperf.excel.WorkbookUploads;
import org.budgetperf.excel.export.Workbooks;
import org.budgetperf.support.IntegrationTest;
import org.budgetperf.support.TestTargets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** A filled-in 监控表 uploaded through {@code POST /api/targets/{id}/monitoring/import}, on seed 000's table. */
@IntegrationTest
class MonitoringUploadApiTest {

    private static final String POPULARISING = "在台企中开展公益性应急救护知识普及";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    TargetService targets;
    @Autowired
    CycleStepRepository steps;

    @Test
    void theExportedReportWithFiguresChangedInTheWorkbookUploadsAndTheReportShowsThem() {
        long id = openSeedTable();
        assertThat(put(id, MonitoringReports.onSchedule(get(id), json)).getStatusCode()).isEqualTo(HttpStatus.OK);
        byte[] changed = exportedWith(id, sheet -> {
            setText(sheet, Workbooks.rowStarting(sheet, "资金总额"), 3, "2.45");
            setText(sheet, Workbooks.rowStarting(sheet, "一般公共预算资金"), 3, "2.45");
            int popularising = rowNaming(sheet, POPULARISING);
            setText(sheet, popularising, 5, "4场");
            setText(sheet, popularising, 10, "台企培训需求集中在下半年");
            setText(sheet, popularising, 11, "9月前集中开展6场");
        });

        JsonNode before = get(id);
        ResponseEntity<JsonNode> preview = upload("unit-staff", id, changed, true);
        assertThat(preview.getStatusCode()).as(String.valueOf(preview.getBody())).isEqualTo(HttpStatus.OK);
        assertThat(preview.getBody().path("dryRun").asBoolean()).isTrue();
        assertThat(preview.getBody().path("recorded").asBoolean()).isFalse();
        assertThat(line(preview.getBody().path("report"), POPULARISING).path("lightLabel").asText()).isEqualTo("红灯");
        assertThat(preview.getBody().path("report").path("tableLight").asText()).isEqualTo("RED");
        assertThat(get(id)).as("a dry run stores nothing").isEqualTo(before);

        ResponseEntity<JsonNode> uploaded = upload("unit-staff", id, changed, false);
        assertThat(uploaded.getStatusCode()).as(String.valueOf(uploaded.getBody())).isEqualTo(HttpStatus.OK);
        assertThat(uploaded.getBody().path("recorded").asBoolean()).isTrue();
        JsonNode view = get(id);
        assertThat(uploaded.getBody().path("report")).isEqualTo(view);
        JsonNode popularising = line(view, POPULARISING);
        assertThat(popularising.path("halfYearActual").asText()).isEqualTo("4场");
        assertThat(popularising.path("progress").decimalValue()).isEqualByComparingTo("40.00");
        assertThat(popularising.path("light").asText()).isEqualTo("RED");
        assertThat(popularising.path("cause").asText()).isEqualTo("台企培训需求集中在下半年");
        assertThat(popularising.path("measures").asText()).isEqualTo("9月前集中开展6场");
        assertThat(line(view, "组织交流活动").path("halfYearActual").asText()).isEqualTo("1次");
        assertThat(line(view, "组织交流活动").path("statement").isNull()).isTrue();
        assertThat(view.path("indicators").get(0).path("statementLabel").asText()).isEqualTo("按计划推进");
        assertThat(view.path("funds").findValues("executed")).extracting(JsonNode::decimalValue)
                .allMatch(executed -> executed.compareTo(new java.math.BigDecimal("2.45")) == 0);
        assertThat(view.path("budget").path("executionRate").decimalValue()).isEqualByComparingTo("13.92");
        assertThat(view.path("tableLight").asText()).isEqualTo("RED");
    }

    @Test
    void anotherLayoutsColumnsAreFoundByTheirNamesAndSynonyms() {
        long id = openSeedTable();
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("绩效运行监控表"));
        rows.add(List.of("单位：万元"));
        rows.add(List.of("资金来源", "全年预算数", "1-6月执行数"));
        rows.add(Arrays.asList("资金总额", 17.6, "3.5"));
        rows.add(Arrays.asList("一般公共预算资金", 17.6, 3.5));
        rows.add(List.of());
        rows.add(List.of("一级指标", "二级指标", "指标名称", "指标值", "半年完成值", "预计全年完成值", "进展情况", "原因分析",
                "纠偏措施"));
        for (JsonNode indicator : get(id).path("indicators")) {
            boolean late = "组织交流活动".equals(indicator.path("level3").asText());
            rows.add(Arrays.asList(indicator.path("level1").asText(), indicator.path("level2").asText(),
                    indicator.path("level3").asText(), indicator.path("fullYearValue").asText(),
                    late ? "0次" : indicator.path("halfYearValue").asText(""), indicator.path("fullYearValue").asText(),
                    late ? "滞后" : "按计划推进", late ? "交流对象行程推迟" : null, late ? "下半年安排两次" : null));
        }
        ResponseEntity<JsonNode> uploaded = upload("unit-staff", id, TestWorkbooks.sheet("监控", rows), false);
        assertThat(uploaded.getStatusCode()).as(String.valueOf(uploaded.getBody())).isEqualTo(HttpStatus.OK);

        JsonNode view = get(id);
        JsonNode late = line(view, "组织交流活动");
        assertThat(late.path("halfYearActual").asText()).isEqualTo("0次");
        assertThat(late.path("statementLabel").asText()).isEqualTo("滞后");
        assertThat(late.path("cause").asText()).isEqualTo("交流对象行程推迟");
        assertThat(late.path("measures").asText()).isEqualTo("下半年安排两次");
        assertThat(view.path("budget").path("executed").decimalValue()).isEqualByComparingTo("3.5");
    }

    @Test
    void theFormShowsAmountsInWanAndTheyAreRecordedInTheTablesOwnUnit() throws Exception {
        ObjectNode table = json.valueToTree(TestTargets.project(TestTargets.JS_UNIT));
        table.put("fundUnit", "元");
        table.withArray("funds").forEach(fund -> ((ObjectNode) fund).put("annualBudget", 100_000));
        ((ObjectNode) table.withArray("expenditures").get(0)).put("annualBudget", 100_000).put("halfYearPlanned", 45_000);
        long id = targets.create(json.treeToValue(table, TargetRequest.class), TestTargets.user("unit-staff")).getId();
        CycleStepsForTests.open(steps, id, CyclePhase.MONITORING);
        byte[] filled = exportedWith(id, sheet -> {
            setText(sheet, Workbooks.rowStarting(sheet, "资金总额", "10.00", "4.50"), 3, "4.5");
            setText(sheet, Workbooks.rowStarting(sheet, "一般公共预算资金", "10.00", "4.50"), 3, "4.5");
            setText(sheet, rowNaming(sheet, "组织交流活动"), 5, "1次");
            setText(sheet, rowNaming(sheet, "参与人员满意度"), 5, "95%");
        });

        ResponseEntity<JsonNode> uploaded = upload("unit-staff", id, filled, false);
        assertThat(uploaded.getStatusCode()).as(String.valueOf(uploaded.getBody())).isEqualTo(HttpStatus.OK);
        JsonNode view = get(id);
        assertThat(view.path("funds").findValues("executed")).extracting(JsonNode::decimalValue)
                .allMatch(executed -> executed.compareTo(new java.math.BigDecimal("45000")) == 0);
        assertThat(view.path("budget").path("scheduleRate").decimalValue()).isEqualByComparingTo("100.00");
    }

    @Test
    void refusedWhileTheMonitoringIsNotOpenAndToAnyoneButTheTablesUnit() {
        long id = targets.create(Seed000.table(json), TestTargets.user("unit-staff")).getId();
        byte[] form = exportedWith(id, sheet -> { });
        ResponseEntity<JsonNode> notOpen = upload("unit-staff", id, form, false);
        assertThat(notOpen.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(notOpen.getBody().path("message").asText()).contains("半年绩效监控未开启或已结束");

        CycleStepsForTests.open(steps, id, CyclePhase.MONITORING);
        assertThat(upload("unit-staff-2", id, form, false).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(upload("manager", id, form, false).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(upload("dept-reviewer", id, form, true).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get(id).path("submitted").asBoolean()).isFalse();
    }

    @Test
    void eachErrorIsNamedAtItsCellAndNothingIsStored() {
        long id = openSeedTable();
        put(id, MonitoringReports.onSchedule(get(id), json));
        JsonNode before = get(id);

        Sheet sheet = Workbooks.open(export(id)).getSheetAt(0);
        int total = Workbooks.rowStarting(sheet, "资金总额");
        int general = Workbooks.rowStarting(sheet, "一般公共预算资金");
        int popularising = rowNaming(sheet, POPULARISING);
        String place = "工作表“" + sheet.getSheetName() + "”第";

        assertRefused(id, exportedWith(id, s -> setText(s, popularising, 2, "不存在的指标")),
                place + (popularising + 1) + "行C列（三级指标）：绩效目标表中没有指标“产出指标 / 数量指标 / 不存在的指标”");
        assertRefused(id, exportedWith(id, s -> setText(s, total, 3, "三点五")),
                place + (total + 1) + "行D列（资金总额1-6月实际执行数）：金额“三点五”不是有效的数字");
        assertRefused(id, exportedWith(id, s -> setText(s, general, 3, null)),
                place + (general + 1) + "行D列（1-6月实际执行数）：1-6月实际执行数不能为空");
        assertRefused(id, exportedWith(id, s -> setText(s, popularising, 7, "差不多")),
                place + (popularising + 1) + "行H列（进展情况）：“差不多”无法识别，进展情况应为：按计划推进、滞后或无法完成");
        assertRefused(id, exportedWith(id, s -> {
            setText(s, popularising, 5, "4场");
            setText(s, popularising, 7, null);
        }), place + (popularising + 1) + "行K列（原因分析）：指标“" + POPULARISING + "”红灯（进度40.00%），请填写偏差原因");

        ResponseEntity<JsonNode> notAWorkbook = upload("unit-staff", id, "一,二".getBytes(StandardCharsets.UTF_8), false);
        assertThat(notAWorkbook.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(notAWorkbook.getBody().path("message").asText()).contains("不是可读取的 Excel 工作簿");
        assertThat(get(id)).isEqualTo(before);
    }

    private void assertRefused(long id, byte[] workbook, String message) {
        ResponseEntity<JsonNode> refused = upload("unit-staff", id, workbook, false);
        assertThat(refused.getStatusCode()).as(String.valueOf(refused.getBody()))
                .isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(refused.getBody().path("message").asText()).contains(message);
    }

    private static JsonNode line(JsonNode report, String level3) {
        for (JsonNode line : report.path("indicators")) {
            if (line.path("level3").asText().equals(level3)) {
                return line;
            }
        }
        throw new AssertionError("no line " + level3);
    }

    private static int rowNaming(Sheet sheet, String level3) {
        for (Row row : sheet) {
            if (level3.equals(Workbooks.shown(sheet, row.getRowNum(), 2))) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("no row " + level3);
    }

    /** Sets or, for {@code null}, empties the cell; emptied first, as the export writes inline strings. */
    private static void setText(Sheet sheet, int row, int column, String text) {
        sheet.getRow(row).getCell(column).setBlank();
        if (text != null) {
            sheet.getRow(row).getCell(column).setCellValue(text);
        }
    }

    private byte[] exportedWith(long id, Consumer<Sheet> change) {
        try (Workbook workbook = Workbooks.open(export(id))) {
            change.accept(workbook.getSheetAt(0));
            return Workbooks.bytes(workbook);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private byte[] export(long id) {
        return rest.withBasicAuth("unit-staff", "demo")
                .getForEntity("/api/targets/" + id + "/export?table=monitoring", byte[].class).getBody();
    }

    private long openSeedTable() {
        long id = targets.create(Seed000.table(json), TestTargets.user("unit-staff")).getId();
        CycleStepsForTests.open(steps, id, CyclePhase.MONITORING);
        return id;
    }

    private ResponseEntity<JsonNode> upload(String user, long id, byte[] workbook, boolean dryRun) {
        return WorkbookUploads.post(rest, user, "/api/targets/" + id + "/monitoring/import?dryRun=" + dryRun,
                workbook);
    }

    private ResponseEntity<JsonNode> put(long id, JsonNode report) {
        return rest.withBasicAuth("unit-staff", "demo").exchange("/api/targets/" + id + "/monitoring",
                HttpMethod.PUT, new HttpEntity<>(report), JsonNode.class);
    }

    private JsonNode get(long id) {
        return rest.withBasicAuth("unit-staff", "demo").getForEntity("/api/targets/" + id + "/monitoring",
                JsonNode.class).getBody();
    }
}
