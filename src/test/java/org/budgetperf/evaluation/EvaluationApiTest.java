package org.budgetperf.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.budgetperf.common.ApiException;
import org.budgetperf.common.BadRequestException;
import org.budgetperf.common.NotFoundException;
import org.budgetperf.support.IntegrationTest;
import org.budgetperf.support.Seed002;
import org.budgetperf.support.TestTargets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Recording and reading a self-evaluation through {@code /api/targets/{id}/evaluation}. */
@IntegrationTest
class EvaluationApiTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    EvaluationService service;

    @Test
    void departmentRecordsTheSeedEvaluationAndEveryReaderSeesTheComputedRates() {
        long id = createSeedTarget();
        ResponseEntity<JsonNode> recorded = put("dept-reviewer", id, json.valueToTree(Seed002.evaluation()));
        assertThat(recorded.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(recorded.getBody().path("recordedBy").asText()).isEqualTo("dept-reviewer");
        assertThat(recorded.getBody().path("recordedAt").asText()).isNotBlank();

        JsonNode view = get("finance-reviewer", id).getBody();
        assertThat(view.path("recorded").asBoolean()).isTrue();
        List<List<String>> rows = Seed002.indicatorRows();
        assertThat(view.path("results")).hasSize(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            JsonNode result = view.path("results").get(i);
            assertThat(result.path("level3").asText()).isEqualTo(rows.get(i).get(2));
            assertThat(result.path("targetValue").asText()).isEqualTo(rows.get(i).get(3));
            assertThat(result.path("actualValue").asText()).isEqualTo(rows.get(i).get(4));
            assertThat(result.path("source").asText()).isEqualTo(rows.get(i).get(5));
            assertThat(result.path("deviation").asText()).as(rows.get(i).get(2)).isEqualTo(rows.get(i).get(6));
        }
        JsonNode total = view.path("budget").get(0);
        assertThat(total.path("name").asText()).isEqualTo("预算总金额");
        assertThat(total.path("adjustedBudget").decimalValue()).isEqualByComparingTo("1176.73");
        assertThat(total.path("executionRate").asText()).isEqualTo("96.94%");
        assertThat(view.path("budget").get(12).path("executionRate").asText()).isEqualTo("79.80%");
        assertThat(view.path("budget").get(3).path("adjustment").isNull()).isTrue();
    }

    @Test
    void recordingAgainReplacesTheEvaluation() {
        long id = createSeedTarget();
        put("dept-reviewer", id, json.valueToTree(Seed002.evaluation()));
        ObjectNode smaller = json.valueToTree(Seed002.evaluation());
        ((ArrayNode) smaller.path("budget")).removeAll().add(json.valueToTree(
                new EvaluationRequest.BudgetExecutionLine("预算总金额", null, null, new java.math.BigDecimal("10"),
                        new java.math.BigDecimal("5"))));
        ArrayNode results = (ArrayNode) smaller.path("results");
        ((ObjectNode) results.get(0)).put("actualValue", "基本健全").put("cause", "制度尚在修订");
        while (results.size() > 1) {
            results.remove(1);
        }
        assertThat(put("dept-reviewer", id, smaller).getStatusCode()).isEqualTo(HttpStatus.OK);

        JsonNode view = get("dept-reviewer", id).getBody();
        assertThat(view.path("budget")).hasSize(1);
        assertThat(view.path("budget").get(0).path("executionRate").asText()).isEqualTo("50.00%");
        assertThat(view.path("results").get(0).path("actualValue").asText()).isEqualTo("基本健全");
        assertThat(view.path("results").get(0).path("cause").asText()).isEqualTo("制度尚在修订");
        assertThat(view.path("results").get(0).path("deviation").isNull()).as("only people judge 基本健全").isTrue();
        assertThat(view.path("results").get(1).path("actualValue").isNull()).isTrue();
    }

    @Test
    void withoutAnEvaluationTheFormShowsTheTargetValues() {
        long id = createSeedTarget();
        JsonNode view = get("manager", id).getBody();
        assertThat(view.path("recorded").asBoolean()).isFalse();
        assertThat(view.path("budget")).isEmpty();
        assertThat(view.path("results").get(7).path("targetValue").asText()).isEqualTo("=100%");
        assertThat(view.path("results").get(7).path("actualValue").isNull()).isTrue();
    }

    @Test
    void aLineThatNamesNoIndicatorIsRefusedByName() {
        long id = createSeedTarget();
        ObjectNode request = json.valueToTree(Seed002.evaluation());
        ((ObjectNode) request.path("results").get(3)).put("level3", "不存在的指标");
        ResponseEntity<JsonNode> refused = put("dept-reviewer", id, request);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().path("message").asText()).contains("分解目标 / 决策 / 不存在的指标").contains("没有指标");
        assertThat(refused.getBody().path("errors").get(0).path("field").asText()).isEqualTo("results[3]");
        assertThat(get("dept-reviewer", id).getBody().path("recorded").asBoolean()).isFalse();

        ObjectNode twice = json.valueToTree(Seed002.evaluation());
        ((ArrayNode) twice.path("results")).add(twice.path("results").get(0).deepCopy());
        assertThat(put("dept-reviewer", id, twice).getBody().path("message").asText()).contains("重复填写");
    }

    @Test
    void invalidLinesAreNamedInChinese() {
        long id = createSeedTarget();
        ObjectNode request = json.valueToTree(Seed002.evaluation());
        ((ObjectNode) request.path("budget").get(0)).put("name", "").put("actualSpending", "-1");
        ((ObjectNode) request.path("results").get(0)).put("level1", " ");
        ResponseEntity<JsonNode> refused = put("dept-reviewer", id, request);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().path("errors").findValuesAsText("field"))
                .contains("budget[0].name", "budget[0].actualSpending", "results[0].level1");
        assertThat(refused.getBody().path("message").asText()).contains("预算项目名称不能为空").contains("实际支出数不能为负数")
                .contains("一级指标不能为空");
    }

    @Test
    void onlyTheUnitRecordsAndOnlyReadersSee() {
        long id = createSeedTarget();
        JsonNode request = json.valueToTree(Seed002.evaluation());
        assertThat(put("finance-reviewer", id, request).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(put("manager", id, request).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(put("unit-staff", id, request).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get("unit-staff", id).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get("unit-staff", 999_999_999L).getBody().path("message").asText()).contains("不存在");
        assertThat(rest.getForEntity("/api/targets/" + id + "/evaluation", JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void editingTheTableKeepsResultsByTheirIndicatorNames() {
        var target = TestTargets.project(TestTargets.JS_UNIT);
        long id = rest.withBasicAuth("unit-staff", "demo").postForEntity("/api/targets", target, JsonNode.class)
                .getBody().path("id").asLong();
        var request = new EvaluationRequest(List.of(), List.of(new EvaluationRequest.IndicatorResultLine(
                "产出指标", "数量指标", "组织交流活动", "3次", "活动记录", null)));
        assertThat(put("unit-staff", id, json.valueToTree(request)).getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<JsonNode> edited = rest.withBasicAuth("unit-staff", "demo").exchange("/api/targets/" + id,
                HttpMethod.PUT, new HttpEntity<>(target), JsonNode.class);
        assertThat(edited.getStatusCode()).isEqualTo(HttpStatus.OK);

        JsonNode result = get("unit-staff", id).getBody().path("results").get(0);
        assertThat(result.path("actualValue").asText()).isEqualTo("3次");
        assertThat(result.path("deviation").asText()).isEqualTo("50.00%");
    }

    @Test
    void theServiceChecksWhatTheImportHandsItAsTheApiDoes() {
        long id = createSeedTarget();
        var bad = new EvaluationRequest(
                java.util.Arrays.asList(new EvaluationRequest.BudgetExecutionLine(" ", null, null, null, null), null),
                List.of(new EvaluationRequest.IndicatorResultLine("分解目标", "决策", "工作计划制定健全性", "x".repeat(1001),
                        null, null)));
        assertThatThrownBy(() -> service.record(id, bad, TestTargets.user("dept-reviewer")))
                .isInstanceOfSatisfying(BadRequestException.class, e -> assertThat(e.errors())
                        .extracting(ApiException.FieldError::field)
                        .contains("budget[0].name", "results[0].actualValue")
                        .anyMatch(field -> field.startsWith("budget[1]")));
        assertThatThrownBy(() -> service.record(id, Seed002.evaluation(), TestTargets.user("unit-staff")))
                .isInstanceOf(NotFoundException.class);
        EvaluationView recorded = service.record(id, new EvaluationRequest(null, null), TestTargets.user("dept-reviewer"));
        assertThat(recorded.recorded()).isTrue();
        assertThat(recorded.budget()).isEmpty();
    }

    private long createSeedTarget() {
        ResponseEntity<JsonNode> created = rest.withBasicAuth("dept-reviewer", "demo")
                .postForEntity("/api/targets", Seed002.departmentTarget(), JsonNode.class);
        assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
        return created.getBody().path("id").asLong();
    }

    private ResponseEntity<JsonNode> put(String user, long id, JsonNode body) {
        return rest.withBasicAuth(user, "demo").exchange("/api/targets/" + id + "/evaluation", HttpMethod.PUT,
                new HttpEntity<>(body), JsonNode.class);
    }

    private ResponseEntity<JsonNode> get(String user, long id) {
        return rest.withBasicAuth(user, "demo").getForEntity("/api/targets/" + id + "/evaluation", JsonNode.class);
    }
}
