package org.budgetperf.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.budgetperf.calculation.Light;
import org.budgetperf.cycle.CyclePhase;
import org.budgetperf.cycle.CycleStepRepository;
import org.budgetperf.cycle.CycleStepsForTests;
import org.apache.poi.ss.usermodel.Sheet;
import org.budgetperf.declaration.TargetService;
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

/** The half-year monitoring report through {@code /api/targets/{id}/monitoring}, on seed 000's table. */
@IntegrationTest
class MonitoringApiTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    TargetService targets;
    @Autowired
    CycleStepRepository steps;
    @Autowired
    MonitoringService service;

    @Test
    void theUnitRecordsItsReportWhileTheMonitoringIsOpenAndEveryReaderSeesIt() {
        long id = openSeedTable();
        ResponseEntity<JsonNode> submitted = put("unit-staff", id, report(id));
        assertThat(submitted.getStatusCode()).as(String.valueOf(submitted.getBody())).isEqualTo(HttpStatus.OK);
        assertThat(submitted.getBody().path("submittedBy").asText()).isEqualTo("unit-staff");

        for (String reader : new String[] {"unit-staff", "dept-reviewer", "finance-reviewer", "manager"}) {
            JsonNode view = get(reader, id).getBody();
            assertThat(view.path("submitted").asBoolean()).as(reader).isTrue();
            assertThat(view.path("versionNo").asInt()).isEqualTo(1);
            assertThat(view.path("indicators")).hasSize(20);
            JsonNode activities = view.path("indicators").get(11);
            assertThat(activities.path("level3").asText()).isEqualTo("组织交流活动");
            assertThat(activities.path("halfYearValue").asText()).isEqualTo("≥0次");
            assertThat(activities.path("fullYearValue").asText()).isEqualTo("≥2次");
            assertThat(activities.path("halfYearActual").asText()).isEqualTo("1次");
            assertThat(activities.path("expectedFullYear").asText()).isEqualTo("2次");
            assertThat(view.path("funds")).hasSize(2);
            JsonNode total = view.path("funds").get(0);
            assertThat(total.path("label").asText()).isEqualTo("资金总额");
            assertThat(total.path("annualBudget").decimalValue()).isEqualByComparingTo("17.6");
            assertThat(total.path("planned").decimalValue()).isEqualByComparingTo("3.5");
            assertThat(total.path("executed").decimalValue()).isEqualByComparingTo("3.5");
        }
        assertThat(get("unit-staff-2", id).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void seed000sFiguresAndLightsAsDesignSection5ComputesThem() {
        long id = openSeedTable();
        ObjectNode report = report(id);
        ArrayNode lines = report.withArray("indicators");
        ((ObjectNode) lines.get(6)).put("halfYearActual", "19.89%");
        ((ObjectNode) lines.get(12)).put("halfYearActual", "4场").remove("statement");
        ((ObjectNode) lines.get(18)).put("halfYearActual", "95%").remove("statement");
        ((ObjectNode) lines.get(19)).put("halfYearActual", "70%").remove("statement");
        ((ObjectNode) lines.get(14)).put("statement", "BEHIND");
        report.withArray("funds").forEach(fund -> ((ObjectNode) fund).put("executed", 2.45));

        assertRefused(put("unit-staff", id, report), "indicators[12].cause", "“在台企中开展公益性应急救护知识普及”红灯（进度40.00%），请填写偏差原因");
        ((ObjectNode) lines.get(12)).put("cause", "台企培训需求集中在下半年").put("measures", "9月前集中开展6场");
        assertRefused(put("unit-staff", id, report), "indicators[14].measures", "进展情况为“滞后”，请填写偏差原因");
        ((ObjectNode) lines.get(14)).put("cause", "培训场地未落实").put("measures", "协调场地");
        ((ObjectNode) lines.get(19)).put("cause", "\u200B").put("measures", "加强培训");
        assertRefused(put("unit-staff", id, report), "indicators[19].cause", "黄灯（进度77.78%）");
        ((ObjectNode) lines.get(19)).put("cause", "样本少");

        JsonNode view = put("unit-staff", id, report).getBody();
        JsonNode indicators = view.path("indicators");
        assertFigures(indicators.get(6), "99.45", "GREEN", "绿灯");
        assertFigures(indicators.get(11), "100.00", "GREEN", "绿灯");
        assertFigures(indicators.get(12), "40.00", "RED", "红灯");
        assertFigures(indicators.get(18), "105.56", "GREEN", "绿灯");
        assertFigures(indicators.get(19), "77.78", "YELLOW", "黄灯");
        assertThat(indicators.get(14).path("progress").isNull()).isTrue();
        assertThat(indicators.get(14).path("light").asText()).isEqualTo("YELLOW");
        assertThat(indicators.get(14).path("statementLabel").asText()).isEqualTo("滞后");
        assertThat(indicators.get(0).path("light").asText()).isEqualTo("GREEN");

        JsonNode total = view.path("funds").get(0);
        assertThat(total.path("planned").decimalValue()).isEqualByComparingTo("3.5");
        assertThat(total.path("executionRate").decimalValue()).isEqualByComparingTo("13.92");
        assertThat(total.path("scheduleRate").decimalValue()).isEqualByComparingTo("70.00");
        assertThat(total.path("lightLabel").asText()).isEqualTo("黄灯");
        JsonNode budget = view.path("budget");
        assertThat(budget.path("executed").decimalValue()).isEqualByComparingTo("2.45");
        assertThat(budget.path("scheduleRate").decimalValue()).isEqualByComparingTo("70.00");
        assertThat(budget.path("light").asText()).isEqualTo("YELLOW");
        assertThat(view.path("tableLight").asText()).isEqualTo("RED");
        assertThat(view.path("tableLightLabel").asText()).isEqualTo("红灯");
        assertThat(service.tableLight(id)).isEqualTo(Light.RED);
        assertThat(get("finance-reviewer", id).getBody()).isEqualTo(view);

        ResponseEntity<byte[]> export = rest.withBasicAuth("dept-reviewer", "demo")
                .getForEntity("/api/targets/" + id + "/export?table=monitoring", byte[].class);
        Sheet sheet = Workbooks.open(export.getBody()).getSheetAt(0);
        int budgetRow = Workbooks.rowStarting(sheet, "资金来源", "全年预算数", "半年计划执行数", "1-6月实际执行数", "执行率",
                "计划完成率", "预警灯");
        assertThat(Workbooks.shownRow(sheet, budgetRow + 1, 7))
                .containsExactly("资金总额", "17.60", "3.50", "2.45", "13.92%", "70.00%", "黄灯");
        int header = Workbooks.rowStarting(sheet, "一级指标");
        assertThat(Workbooks.shownRow(sheet, header + 13, 12).subList(2, 12)).containsExactly(
                "在台企中开展公益性应急救护知识普及", "=10场", "=10场", "4场", "=10场", "", "40.00%", "红灯",
                "台企培训需求集中在下半年", "9月前集中开展6场");
        assertThat(Workbooks.shownRow(sheet, header + 15, 12).subList(7, 10)).containsExactly("滞后", "", "黄灯");
    }

    @Test
    void aReportOnScheduleIsGreenAndTheSpendingLinesPlanMeasuresEverySource() {
        long id = targets.create(TestTargets.project(TestTargets.JS_UNIT), TestTargets.user("unit-staff")).getId();
        CycleStepsForTests.open(steps, id, CyclePhase.MONITORING);
        JsonNode blank = get("unit-staff", id).getBody();
        assertThat(blank.path("funds").get(0).path("planned").decimalValue()).isEqualByComparingTo("4.5");
        ObjectNode report = report(id);
        report.withArray("funds").forEach(fund -> ((ObjectNode) fund).put("executed", 4.5));
        JsonNode view = put("unit-staff", id, report).getBody();
        assertThat(view.path("budget").path("scheduleRate").decimalValue()).isEqualByComparingTo("100.00");
        assertThat(view.path("tableLight").asText()).isEqualTo("GREEN");
        assertThat(service.tableLight(id)).isEqualTo(Light.GREEN);
    }

    private static void assertFigures(JsonNode line, String progress, String light, String label) {
        assertThat(line.path("progress").decimalValue()).as(line.path("level3").asText()).isEqualByComparingTo(progress);
        assertThat(line.path("light").asText()).as(line.path("level3").asText()).isEqualTo(light);
        assertThat(line.path("lightLabel").asText()).isEqualTo(label);
    }

    @Test
    void beforeSubmissionTheReportIsBlankAndNamesTheLinesToFill() {
        long id = openSeedTable();
        JsonNode view = get("dept-reviewer", id).getBody();
        assertThat(view.path("submitted").asBoolean()).isFalse();
        assertThat(view.path("indicators").get(0).path("indicatorId").asLong()).isPositive();
        assertThat(view.path("indicators").get(0).path("halfYearActual").isNull()).isTrue();
        assertThat(view.path("funds").get(1).path("label").asText()).isEqualTo("一般公共预算资金");
        assertThat(view.path("funds").get(1).path("planned").decimalValue()).isEqualByComparingTo("3.5");
    }

    @Test
    void refusedWhileTheMonitoringIsNotOpen() {
        long id = createSeedTable();
        ResponseEntity<JsonNode> notYet = put("unit-staff", id, report(id));
        assertThat(notYet.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(notYet.getBody().path("message").asText()).contains("半年绩效监控未开启或已结束");

        CycleStepsForTests.open(steps, id, CyclePhase.MONITORING);
        CycleStepsForTests.finish(steps, id, CyclePhase.MONITORING);
        assertThat(put("unit-staff", id, report(id)).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(get("unit-staff", id).getBody().path("submitted").asBoolean()).isFalse();
    }

    @Test
    void onlyTheTablesUnitSubmits() {
        long id = openSeedTable();
        ObjectNode report = report(id);
        assertThat(put("unit-staff-2", id, report).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(put("manager", id, report).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(put("dept-reviewer", id, report).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("unit-staff", id).getBody().path("submitted").asBoolean()).isFalse();
    }

    @Test
    void everyLineNamesOneOfTheTablesIndicatorsOrFundSourcesOnce() {
        long id = openSeedTable();
        ObjectNode duplicated = report(id);
        ((ObjectNode) duplicated.withArray("indicators").get(2)).put("indicatorId",
                duplicated.withArray("indicators").get(1).path("indicatorId").asLong());
        assertRefused(put("unit-staff", id, duplicated), "indicators[2].indicatorId", "重复填报");

        ObjectNode foreign = report(id);
        ((ObjectNode) foreign.withArray("indicators").get(0)).put("indicatorId", -1);
        assertRefused(put("unit-staff", id, foreign), "indicators[0].indicatorId", "没有编号为 -1 的指标");

        ObjectNode missing = report(id);
        missing.withArray("indicators").remove(19);
        assertRefused(put("unit-staff", id, missing), "indicators", "接受应急救护培训人员满意度”未填报");

        ObjectNode unbudgeted = report(id);
        ((ObjectNode) unbudgeted.withArray("funds").get(1)).put("source", "GOVERNMENT_FUND");
        assertRefused(put("unit-staff", id, unbudgeted), "funds[1].source", "没有安排预算的资金来源“政府性基金”");

        ObjectNode negative = report(id);
        ((ObjectNode) negative.withArray("funds").get(0)).put("executed", -0.01);
        assertRefused(put("unit-staff", id, negative), "funds[0].executed", "不能为负数");

        ObjectNode tooLong = report(id);
        ((ObjectNode) tooLong.withArray("indicators").get(3)).put("measures", "措".repeat(4001));
        assertRefused(put("unit-staff", id, tooLong), "indicators[3].measures", "纠偏措施最长 4000 字");

        ObjectNode flood = report(id);
        for (int i = 0; i < 500; i++) {
            flood.withArray("indicators").add(flood.withArray("indicators").get(0).deepCopy());
        }
        assertRefused(put("unit-staff", id, flood), "indicators", "指标最多 500 行");
        assertThat(get("unit-staff", id).getBody().path("submitted").asBoolean()).isFalse();
    }

    private void assertRefused(ResponseEntity<JsonNode> answer, String field, String message) {
        assertThat(answer.getStatusCode()).as(String.valueOf(answer.getBody())).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getBody().path("errors").findValuesAsText("field")).as(String.valueOf(answer.getBody()))
                .contains(field);
        assertThat(answer.getBody().path("message").asText()).contains(message);
    }

    /** Seed 000's table with its monitoring open. */
    private long openSeedTable() {
        long id = createSeedTable();
        CycleStepsForTests.open(steps, id, CyclePhase.MONITORING);
        return id;
    }

    private long createSeedTable() {
        return targets.create(Seed000.table(json), TestTargets.user("unit-staff")).getId();
    }

    private ObjectNode report(long id) {
        return MonitoringReports.onSchedule(get("unit-staff", id).getBody(), json);
    }

    private ResponseEntity<JsonNode> put(String user, long id, JsonNode body) {
        return rest.withBasicAuth(user, "demo").exchange("/api/targets/" + id + "/monitoring", HttpMethod.PUT,
                new HttpEntity<>(body), JsonNode.class);
    }

    private ResponseEntity<JsonNode> get(String user, long id) {
        return rest.withBasicAuth(user, "demo").getForEntity("/api/targets/" + id + "/monitoring", JsonNode.class);
    }
}
