package org.budgetperf.declaration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
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

/** Declaring a table through {@code /api/targets}: what is accepted, and how bad input is refused. */
@IntegrationTest
class TargetApiTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void unitCreatesEditsAndReadsItsDraft() {
        ObjectNode request = draft(TestTargets.JS_UNIT);
        request.put("rationale", "<p>必要性</p><script>alert(1)</script>");
        ResponseEntity<JsonNode> created = post("unit-staff", request);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode table = created.getBody();
        assertThat(table.path("status").asText()).isEqualTo("DRAFT");
        assertThat(table.path("statusLabel").asText()).isEqualTo("编制中");
        assertThat(table.path("rationale").asText()).isEqualTo("<p>必要性</p>");
        assertThat(table.path("financeBureau").path("code").asText()).isEqualTo("JS-CZT");
        assertThat(table.path("expenditures").get(0).path("halfYearPlanned").decimalValue())
                .isEqualByComparingTo(new BigDecimal("4.50"));

        ((ObjectNode) request.path("indicators").get(0)).put("fullYearValue", "≥3次");
        ResponseEntity<JsonNode> updated = rest.withBasicAuth("unit-staff", "demo").exchange(
                "/api/targets/" + table.path("id").asLong(), HttpMethod.PUT, new HttpEntity<>(request), JsonNode.class);
        assertThat(updated.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(updated.getBody().path("indicators").get(0).path("fullYearValue").path("number").decimalValue())
                .isEqualByComparingTo("3");

        ResponseEntity<JsonNode> foreign = rest.withBasicAuth("unit-staff-2", "demo").exchange(
                "/api/targets/" + table.path("id").asLong(), HttpMethod.PUT, new HttpEntity<>(request), JsonNode.class);
        assertThat(foreign.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    /** A draft may be incomplete; its submission is refused with every gap named, and goes through once filled. */
    @Test
    void anIncompleteDraftIsStoredAndItsSubmissionListsEveryGap() {
        ObjectNode request = draft(TestTargets.JS_UNIT);
        request.remove("name");
        ((ObjectNode) request.path("indicators").get(0)).put("level3", "");
        ((ObjectNode) request.path("indicators").get(1)).remove("fullYearValue");
        ((ObjectNode) request.path("funds").get(1)).putNull("annualBudget");
        ResponseEntity<JsonNode> created = post("unit-staff", request);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        long id = created.getBody().path("id").asLong();
        assertThat(created.getBody().path("status").asText()).isEqualTo("DRAFT");

        ResponseEntity<JsonNode> refused = submit(id);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode errors = refused.getBody().path("errors");
        assertThat(errors.findValuesAsText("field")).containsExactly("name", "funds[1].annualBudget",
                "indicators[0].level3", "indicators[1].fullYearValue");
        assertThat(errors.findValuesAsText("message")).containsExactly("未填写项目名称",
                "第2行资金来源（一般公共预算资金）未填写全年预算数", "第1条指标（数量指标）未填写三级指标",
                "第2条指标（参与人员满意度）未填写全年指标值");
        assertThat(refused.getBody().path("message").asText()).startsWith("绩效目标表尚未填写完整，不能提交（共 4 处）：");
        JsonNode unchanged = get(id);
        assertThat(unchanged.path("status").asText()).as("nothing changes").isEqualTo("DRAFT");
        assertThat(history(id)).isEmpty();

        JsonNode complete = json.valueToTree(TestTargets.project(TestTargets.JS_UNIT));
        ((ObjectNode) complete).put("code", request.path("code").asText());
        ResponseEntity<JsonNode> filled = rest.withBasicAuth("unit-staff", "demo").exchange("/api/targets/" + id,
                HttpMethod.PUT, new HttpEntity<>(complete), JsonNode.class);
        assertThat(filled.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(submit(id).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(get(id).path("status").asText()).isNotEqualTo("DRAFT");
    }

    @Test
    void inconsistentFundsAreRefused() {
        ObjectNode request = draft(TestTargets.JS_UNIT);
        ((ObjectNode) request.path("funds").get(1)).put("annualBudget", "9.99");
        ResponseEntity<JsonNode> refused = post("unit-staff", request);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().path("errors").get(0).path("field").asText()).isEqualTo("funds");
        assertThat(refused.getBody().path("message").asText()).contains("9.99").contains("不一致");
        assertNotStored(request.path("code").asText());
    }

    @Test
    void malformedAmountNamesItsField() {
        ObjectNode request = draft(TestTargets.JS_UNIT);
        ((ObjectNode) request.path("funds").get(0)).put("annualBudget", "十万");
        ResponseEntity<JsonNode> refused = post("unit-staff", request);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().path("errors").get(0).path("field").asText()).isEqualTo("funds[0].annualBudget");
    }

    @Test
    void organizationsMustFitTogetherAndBelongToTheCaller() {
        ObjectNode unknown = draft(TestTargets.JS_UNIT);
        unknown.put("unitCode", "NO-SUCH-UNIT");
        assertThat(post("unit-staff", unknown).getBody().path("errors").get(0).path("field").asText())
                .isEqualTo("unitCode");

        ObjectNode otherRegion = draft(TestTargets.JS_UNIT);
        otherRegion.put("departmentCode", "571301");
        assertThat(post("unit-staff", otherRegion).getBody().path("message").asText()).contains("不是").contains("下属");

        ObjectNode otherUnit = draft(TestTargets.JS_UNIT_2);
        assertThat(post("unit-staff", otherUnit).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertNotStored(otherUnit.path("code").asText());
    }

    @Test
    void codeAndYearAreUnique() {
        ObjectNode request = draft(TestTargets.JS_UNIT);
        assertThat(post("unit-staff", request).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        ResponseEntity<JsonNode> again = post("unit-staff", request);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getBody().path("message").asText()).contains("已存在");
    }

    @Test
    void listIsPagedAndFiltered() {
        JsonNode page = rest.withBasicAuth("manager", "demo")
                .getForEntity("/api/targets?year=2024&size=2&page=0", JsonNode.class).getBody();
        assertThat(page.path("content")).hasSize(2);
        assertThat(page.path("totalElements").asInt()).isGreaterThanOrEqualTo(3);
        page.path("content").forEach(row -> assertThat(row.path("budgetYear").asInt()).isEqualTo(2024));
        ResponseEntity<JsonNode> badYear = rest.withBasicAuth("manager", "demo")
                .getForEntity("/api/targets?year=abc", JsonNode.class);
        assertThat(badYear.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badYear.getBody().path("errors").get(0).path("field").asText()).isEqualTo("year");
    }

    private void assertNotStored(String code) {
        assertThat(jdbc.queryForObject("select count(*) from pt_target where code = ?", Integer.class, code)).isZero();
    }

    private ResponseEntity<JsonNode> submit(long id) {
        return rest.withBasicAuth("unit-staff", "demo").postForEntity("/api/targets/" + id + "/submit",
                json.createObjectNode().put("comment", "请审核"), JsonNode.class);
    }

    private JsonNode get(long id) {
        return rest.withBasicAuth("unit-staff", "demo").getForObject("/api/targets/" + id, JsonNode.class);
    }

    private JsonNode history(long id) {
        return rest.withBasicAuth("unit-staff", "demo").getForObject("/api/targets/" + id + "/history",
                JsonNode.class);
    }

    private ObjectNode draft(String unitCode) {
        return json.valueToTree(TestTargets.project(unitCode));
    }

    private ResponseEntity<JsonNode> post(String user, ObjectNode body) {
        return rest.withBasicAuth(user, "demo").postForEntity("/api/targets", body, JsonNode.class);
    }

}
