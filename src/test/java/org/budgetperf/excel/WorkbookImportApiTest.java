package org.budgetperf.excel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import java.io.ByteArrayInputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.budgetperf.support.IntegrationTest;
import org.budgetperf.support.TestTargets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** {@code POST /api/imports} and {@code POST /api/targets/{id}/import}: other layouts, mapping, and bad input. */
@IntegrationTest
class WorkbookImportApiTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;

    /** Refused while the tables are being stored, after the good one was: the transaction must take it back. */
    @Test
    void aTableRefusedAfterAGoodOneWasStoredLeavesNothingBehind() {
        String good = TestTargets.uniqueCode();
        String bad = TestTargets.uniqueCode();
        List<List<Object>> rows = new ArrayList<>(TestWorkbooks.otherLayoutRows(good, "江苏省红十字会联络与合作中心", "12.50"));
        rows.add(List.of());
        rows.addAll(TestWorkbooks.otherLayoutRows(bad, "江苏省红十字会联络与合作中心", "10.00"));
        JsonNode body = assertRefused(HttpStatus.UNPROCESSABLE_ENTITY, TestWorkbooks.sheet("申报", rows), "不一致");
        assertThat(body.path("preview").path("tables")).hasSize(2);
        assertNotStored(good);
        assertNotStored(bad);
    }

    @Test
    void aWorkbookLaidOutDifferentlyButWithRecognisableHeadersImports() {
        String code = TestTargets.uniqueCode();
        ResponseEntity<JsonNode> created = upload("unit-staff", TestWorkbooks.otherLayout(code, "江苏省红十字会联络与合作中心"), "");
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode table = created.getBody().path("tables").get(0);
        long id = table.path("targetId").asLong();

        JsonNode stored = rest.withBasicAuth("unit-staff", "demo").getForObject("/api/targets/" + id, JsonNode.class);
        assertThat(stored.path("code").asText()).isEqualTo(code);
        assertThat(stored.path("budgetYear").asInt()).isEqualTo(2026);
        assertThat(stored.path("status").asText()).isEqualTo("DRAFT");
        assertThat(stored.path("department").path("code").asText()).isEqualTo("JS-HSZH");
        assertThat(stored.path("indicators")).hasSize(4);
        JsonNode sessions = stored.path("indicators").get(1);
        assertThat(sessions.path("level1").asText()).isEqualTo("产出指标");
        assertThat(sessions.path("level2").asText()).isEqualTo("数量指标");
        assertThat(sessions.path("weight").decimalValue()).isEqualByComparingTo("20");
        assertThat(stored.path("funds").get(0).path("annualBudget").decimalValue()).isEqualByComparingTo("12.5");
    }

    @Test
    void unknownOrganizationsArePreviewedWithAWarningAndImportOnceMapped() {
        String code = TestTargets.uniqueCode();
        byte[] workbook = TestWorkbooks.otherLayout(code, "联络合作中心（新名称）");
        ResponseEntity<JsonNode> preview = upload("unit-staff", workbook, "&dryRun=true");
        assertThat(preview.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode table = preview.getBody().path("tables").get(0);
        assertThat(table.path("unit").path("known").asBoolean()).isFalse();
        assertThat(table.path("warnings").findValuesAsText("message"))
                .anyMatch(message -> message.contains("联络合作中心（新名称）") && message.contains("尚未在系统中登记"));
        assertThat(table.path("indicators").get(0).path("fullYearParsed").path("number").decimalValue())
                .isEqualByComparingTo("1000");

        ResponseEntity<JsonNode> unmapped = upload("unit-staff", workbook, "");
        assertThat(unmapped.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertNotStored(code);

        ResponseEntity<JsonNode> mapped = post("unit-staff", "/api/imports", workbook,
                "{\"联络合作中心（新名称）\":\"JS-HSZH-LLHZ\"}");
        assertThat(mapped.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(countTargets(code)).isEqualTo(1);
    }

    @Test
    void aFileThatIsNoWorkbookIsRefused() {
        assertRefused(HttpStatus.BAD_REQUEST, "这不是工作簿".getBytes(), "不是可读取的 Excel 工作簿");
    }

    @Test
    void anEncryptedWorkbookIsRefused() throws Exception {
        byte[] plain = TestWorkbooks.otherLayout(TestTargets.uniqueCode(), "江苏省红十字会联络与合作中心");
        POIFSFileSystem fs = new POIFSFileSystem();
        Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
        encryptor.confirmPassword("secret");
        try (OPCPackage opc = OPCPackage.open(new ByteArrayInputStream(plain));
             OutputStream out = encryptor.getDataStream(fs)) {
            opc.save(out);
        }
        ByteArrayOutputStream encrypted = new ByteArrayOutputStream();
        fs.writeFilesystem(encrypted);
        assertRefused(HttpStatus.BAD_REQUEST, encrypted.toByteArray(), "加密");
    }

    @Test
    void aZipBombIsRefusedByPoisInflateRatioGuard() throws IOException {
        byte[] plain = TestWorkbooks.otherLayout(TestTargets.uniqueCode(), "江苏省红十字会联络与合作中心");
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(plain));
             ZipOutputStream out = new ZipOutputStream(bomb)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                in.transferTo(out);
            }
            out.putNextEntry(new ZipEntry("xl/media/padding.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 300; i++) {
                out.write(zeros);
            }
        }
        assertThat(bomb.size()).isLessThan(1_000_000);
        assertRefused(HttpStatus.BAD_REQUEST, bomb.toByteArray(), "压缩炸弹");
    }

    @Test
    void aFileOverTheSizeLimitIsRefused() {
        byte[] big = new byte[20 * 1024 * 1024 + 1];
        new Random(1).nextBytes(big);
        assertRefused(HttpStatus.PAYLOAD_TOO_LARGE, big, "文件大小 20,971,521 字节，超过上限 20,971,520 字节（20.0 MB）");
    }

    @Test
    void aWorkbookOverTheRowLimitIsRefused() {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < 20_001; i++) {
            rows.add(List.of("第" + i + "行"));
        }
        assertRefused(HttpStatus.PAYLOAD_TOO_LARGE, TestWorkbooks.sheet("明细", rows), "20000 行");
    }

    @Test
    void aCellFarFromTheTableIsRefusedNamingSheetAndCell() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("申报").createRow(1_048_575).createCell(16_383).setCellValue("x");
            byte[] far = TestWorkbooks.bytes(workbook);
            assertThat(far.length).isLessThan(10_000);
            assertRefused(HttpStatus.BAD_REQUEST, far, "工作表“申报”的单元格 XFD1048576 超出可读取的范围");
        }
    }

    @Test
    void aSheetWithoutARecognisableHeaderIsNamed() {
        byte[] workbook = TestWorkbooks.sheet("说明", List.of(List.of("项目名称", "某项目"), List.of("指标", "值")));
        JsonNode body = assertRefused(HttpStatus.UNPROCESSABLE_ENTITY, workbook, "没有找到可识别的指标表头");
        assertThat(body.path("problems").get(0).path("sheet").asText()).isEqualTo("说明");
    }

    @Test
    void unreadableAmountsAreRefusedAndLocatedBySheetRowAndColumn() {
        String code = TestTargets.uniqueCode();
        List<List<Object>> rows = new ArrayList<>();
        rows.add(Arrays.asList("项目编码", code));
        rows.add(Arrays.asList("项目名称", "缺项的表"));
        rows.add(Arrays.asList("预算年度", 2026));
        rows.add(Arrays.asList("实施单位", "江苏省红十字会联络与合作中心"));
        rows.add(Arrays.asList("资金总额", "十七万"));
        rows.add(Arrays.asList("一级指标", "二级指标", "三级指标", "指标值"));
        rows.add(Arrays.asList("产出指标", "数量指标", null, "≥2次"));
        rows.add(Arrays.asList(null, null, "培训场次", null));
        JsonNode body = assertRefused(HttpStatus.UNPROCESSABLE_ENTITY, TestWorkbooks.sheet("填报", rows), "未导入任何内容");
        assertThat(body.path("errors").findValuesAsText("message"))
                .containsExactly("工作表“填报”第5行B列（资金总额）：金额“十七万”不是有效的数字");
        assertNotStored(code);
    }

    /**
     * Gaps are no reason to refuse a workbook: a blank target value (also on a row that only says which rules its
     * indicators follow), a level-3 name missing under a level-2 heading and a blank amount are warnings placed at
     * their cells, and the draft is stored. Its submission names every gap; once filled, it goes through.
     */
    @Test
    void gapsAreWarningsOnImportAndRefusalsOnSubmission() {
        String code = TestTargets.uniqueCode();
        List<List<Object>> rows = new ArrayList<>();
        rows.add(Arrays.asList("项目编码", code));
        rows.add(Arrays.asList("项目名称", "有缺项的草稿"));
        rows.add(Arrays.asList("预算年度", 2026));
        rows.add(Arrays.asList("实施单位", "江苏省红十字会联络与合作中心"));
        rows.add(Arrays.asList("资金来源", "全年预算数", "半年计划执行数"));
        rows.add(Arrays.asList("资金总额", 20, 10));
        rows.add(Arrays.asList("一般公共预算资金", null, 10));
        rows.add(Arrays.asList("一级指标", "二级指标", "三级指标", "指标值"));
        rows.add(Arrays.asList("产出指标", "数量指标", "培训场次", "≥2次"));
        rows.add(Arrays.asList(null, null, "按《应急救护培训管理办法》执行", null));
        rows.add(Arrays.asList(null, "质量指标", null, "≥95%"));
        rows.add(Arrays.asList("满意度指标", "服务对象满意度", "参训人员满意度", null));
        ResponseEntity<JsonNode> imported = upload("unit-staff", TestWorkbooks.sheet("填报", rows), "");
        assertThat(imported.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode table = imported.getBody().path("tables").get(0);
        assertThat(table.path("errors")).isEmpty();
        assertThat(table.path("warnings").findValuesAsText("row")).containsExactly("7", "10", "11", "12");
        assertThat(table.path("warnings").findValuesAsText("column")).containsExactly("B", "D", "C", "D");
        assertThat(table.path("warnings").findValuesAsText("sheet")).containsOnly("填报");
        assertThat(table.path("warnings").findValuesAsText("message")).containsExactly("未填写全年预算数",
                "未填写全年指标值", "未填写三级指标", "未填写全年指标值");
        long id = table.path("targetId").asLong();
        JsonNode draft = rest.withBasicAuth("unit-staff", "demo").getForObject("/api/targets/" + id, JsonNode.class);
        assertThat(draft.path("status").asText()).isEqualTo("DRAFT");
        assertThat(draft.path("indicators")).hasSize(4);

        ResponseEntity<JsonNode> refused = submit(id);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().path("errors").findValuesAsText("field")).containsExactly(
                "funds[1].annualBudget", "indicators[1].fullYearValue", "indicators[2].level3",
                "indicators[3].fullYearValue");
        assertThat(refused.getBody().path("errors").findValuesAsText("message")).contains(
                "第2条指标（按《应急救护培训管理办法》执行）未填写全年指标值", "第3条指标（质量指标）未填写三级指标",
                "第4条指标（参训人员满意度）未填写全年指标值");

        ObjectNode content = JsonNodeFactory.instance.objectNode().put("code", code).put("budgetYear", 2026)
                .put("type", "PROJECT").put("name", draft.path("name").asText())
                .put("departmentCode", draft.path("department").path("code").asText())
                .put("unitCode", draft.path("unit").path("code").asText());
        ArrayNode funds = content.putArray("funds");
        funds.addObject().put("source", "TOTAL").put("annualBudget", 20).put("halfYearPlanned", 10);
        funds.addObject().put("source", "GENERAL_PUBLIC_BUDGET").put("annualBudget", 20).put("halfYearPlanned", 10);
        ArrayNode indicators = content.putArray("indicators");
        for (JsonNode indicator : draft.path("indicators")) {
            String level3 = indicator.path("level3").asText();
            String value = indicator.path("fullYearValue").path("raw").asText();
            indicators.addObject().put("level1", indicator.path("level1").asText())
                    .put("level2", indicator.path("level2").asText())
                    .put("level3", level3.isEmpty() ? "考核合格率" : level3)
                    .put("fullYearValue", value.isEmpty() ? "≥90%" : value);
        }
        ResponseEntity<JsonNode> put = rest.withBasicAuth("unit-staff", "demo").exchange("/api/targets/" + id,
                HttpMethod.PUT, new HttpEntity<>(content), JsonNode.class);
        assertThat(put.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(submit(id).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void aUnitUploadsAWorkbookIntoItsDraft() {
        ResponseEntity<JsonNode> draft = rest.withBasicAuth("unit-staff", "demo")
                .postForEntity("/api/targets", TestTargets.project(TestTargets.JS_UNIT), JsonNode.class);
        long id = draft.getBody().path("id").asLong();
        byte[] workbook = TestWorkbooks.otherLayout("ignored", "江苏省红十字会联络与合作中心");

        ResponseEntity<JsonNode> foreign = post("unit-staff-2", "/api/targets/" + id + "/import", workbook);
        assertThat(foreign.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        ResponseEntity<JsonNode> replaced = post("unit-staff", "/api/targets/" + id + "/import", workbook);
        assertThat(replaced.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode stored = rest.withBasicAuth("unit-staff", "demo").getForObject("/api/targets/" + id, JsonNode.class);
        assertThat(stored.path("code").asText()).isEqualTo(draft.getBody().path("code").asText());
        assertThat(stored.path("name").asText()).isEqualTo("应急救护培训补助");
        assertThat(stored.path("indicators")).hasSize(4);
    }

    /** Refused by a real (not dry-run) import, with no table, indicator, fund line or evaluation stored. */
    private JsonNode assertRefused(HttpStatus status, byte[] workbook, String message) {
        List<Integer> before = storedRows();
        ResponseEntity<JsonNode> refused = upload("unit-staff", workbook, "");
        assertThat(refused.getStatusCode()).isEqualTo(status);
        assertThat(refused.getBody().path("message").asText()).contains(message);
        assertThat(storedRows()).isEqualTo(before);
        return refused.getBody();
    }

    private List<Integer> storedRows() {
        return List.of("pt_target", "pt_indicator", "pt_fund_line", "pt_evaluation").stream()
                .map(table -> jdbc.queryForObject("select count(*) from " + table, Integer.class)).toList();
    }

    private ResponseEntity<JsonNode> submit(long id) {
        return rest.withBasicAuth("unit-staff", "demo").postForEntity("/api/targets/" + id + "/submit",
                new HttpEntity<>(java.util.Map.of("comment", "请审核")), JsonNode.class);
    }

    private ResponseEntity<JsonNode> upload(String user, byte[] workbook, String query) {
        return post(user, "/api/imports?x=1" + query, workbook);
    }

    private ResponseEntity<JsonNode> post(String user, String url, byte[] workbook) {
        return post(user, url, workbook, null);
    }

    private ResponseEntity<JsonNode> post(String user, String url, byte[] workbook, String organizationMapping) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        if (organizationMapping != null) {
            form.add("organizationMapping", organizationMapping);
        }
        return WorkbookUploads.post(rest, user, url, workbook, form);
    }

    private int countTargets(String code) {
        return jdbc.queryForObject("select count(*) from pt_target where code = ?", Integer.class, code);
    }

    private void assertNotStored(String code) {
        assertThat(countTargets(code)).isZero();
    }
}
