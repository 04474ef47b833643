package org.budgetperf.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.budgetperf.cycle.CyclePhase;
import org.budgetperf.cycle.CycleStepRepository;
import org.budgetperf.cycle.CycleStepsForTests;
import org.budgetperf.declaration.TargetService;
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

    /** Everything on schedule: each indicator at its half-year target as written, 3.5 executed of 3.5 planned. */
    private ObjectNode report(long id) {
        JsonNode blank = get("unit-staff", id).getBody();
        ObjectNode report = json.createObjectNode();
        ArrayNode indicators = report.putArray("indicators");
        for (JsonNode indicator : blank.path("indicators")) {
            ObjectNode line = indicators.addObject().put("indicatorId", indicator.path("indicatorId").asLong());
            if ("组织交流活动".equals(indicator.path("level3").asText())) {
                line.put("halfYearActual", "1次").put("expectedFullYear", "2次");
            } else {
                line.put("halfYearActual", indicator.path("halfYearValue").asText(""))
                        .put("expectedFullYear", indicator.path("fullYearValue").asText())
                        .put("statement", "ON_SCHEDULE");
            }
        }
        ArrayNode funds = report.putArray("funds");
        for (JsonNode fund : blank.path("funds")) {
            funds.addObject().put("source", fund.path("source").asText()).put("executed", 3.5);
        }
        return report;
    }

    private ResponseEntity<JsonNode> put(String user, long id, JsonNode body) {
        return rest.withBasicAuth(user, "demo").exchange("/api/targets/" + id + "/monitoring", HttpMethod.PUT,
                new HttpEntity<>(body), JsonNode.class);
    }

    private ResponseEntity<JsonNode> get(String user, long id) {
        return rest.withBasicAuth(user, "demo").getForEntity("/api/targets/" + id + "/monitoring", JsonNode.class);
    }
}
