package org.budgetperf.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.budgetperf.declaration.PerformanceTarget;
import org.budgetperf.evaluation.EvaluationService;
import org.budgetperf.monitoring.MonitoringService;
import org.budgetperf.support.IntegrationTest;
import org.budgetperf.support.WebappSession;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The year reports' refusals through {@code /api}, the door people use beside the Tasklist. */
@IntegrationTest
class YearReportRefusalsApiTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    YearFixtures year;
    @Autowired
    MonitoringService monitoring;
    @Autowired
    EvaluationService evaluations;
    @Autowired
    TaskService tasks;

    @Test
    void onlyTheSupervisingDepartmentJudgesAFreeTextLineAndOnlyGreenYellowOrRed() {
        PerformanceTarget target = year.publishedWithTextIndicator();
        ProcessInstance instance = year.open(target, CyclePhase.MONITORING);
        year.report(instance, "≥90%", "4.5");
        long line = get("dept-reviewer", target).getBody().path("indicators").get(2).path("indicatorId").asLong();

        assertThat(judge("unit-staff", target, line, "GREEN").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(judge("manager", target, line, "GREEN").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(judge("unit-staff-2", target, line, "GREEN").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        ResponseEntity<JsonNode> blue = judge("dept-reviewer", target, line, "BLUE");
        assertThat(blue.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(blue.getBody().path("message").asText()).contains("绿灯、黄灯或红灯");
        assertThat(monitoring.awaitsJudgement(target.getId())).isTrue();

        ResponseEntity<JsonNode> red = judge("dept-reviewer", target, line, "RED");
        assertThat(red.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(red.getBody().path("tableLight").asText()).isEqualTo("RED");
        assertThat(red.getBody().path("indicators").get(2).path("judgedBy").asText()).isEqualTo("dept-reviewer");
        assertThat(judge("dept-reviewer", target, line, "GREEN").getStatusCode()).as("judged once")
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void aReportThroughTheApiWhileAnAdjustmentIsPendingIsMeasuredAgainstTheVersionInForce() {
        PerformanceTarget target = year.published();
        year.open(target, CyclePhase.MONITORING);
        JsonNode blank = get("unit-staff", target).getBody();
        assertThat(rest.withBasicAuth("unit-staff", "demo").postForEntity("/api/targets/" + target.getId()
                + "/adjustment", Map.of("reason", "服务对象增加，活动次数需上调"), JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        List<Map<String, Object>> indicators = new java.util.ArrayList<>();
        blank.path("indicators").forEach(i -> indicators.add(Map.of("indicatorId", i.path("indicatorId").asLong(),
                "halfYearActual", "1次", "expectedFullYear", "2次")));
        List<Map<String, Object>> funds = new java.util.ArrayList<>();
        blank.path("funds").forEach(f -> funds.add(Map.of("source", f.path("source").asText(), "executed", 4.5)));
        ResponseEntity<JsonNode> recorded = rest.withBasicAuth("unit-staff", "demo").exchange("/api/targets/"
                + target.getId() + "/monitoring", HttpMethod.PUT,
                new HttpEntity<>(Map.of("indicators", indicators, "funds", funds)), JsonNode.class);
        assertThat(recorded.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(recorded.getBody().path("versionNo").asInt()).isEqualTo(1);
        assertThat(get("unit-staff", target).getBody().path("indicators").get(0).path("fullYearValue").asText())
                .isEqualTo(blank.path("indicators").get(0).path("fullYearValue").asText());
        assertThat(monitoring.isRecorded(target.getId())).isTrue();
    }

    @Test
    void aSelfEvaluationLineThatMissesItsTargetNeedsItsCauseWhileTheYearIsOpen() {
        PerformanceTarget target = year.published();
        year.open(target, CyclePhase.SELF_EVALUATION);
        Map<String, Object> missed = Map.of("level1", "产出指标", "level2", "数量指标", "level3", "组织交流活动",
                "actualValue", "1次", "source", "活动签到表");
        Map<String, Object> met = Map.of("level1", "满意度指标", "level2", "服务对象满意度", "level3", "参与人员满意度",
                "actualValue", "90%", "source", "满意度问卷");
        Map<String, Object> budget = Map.of("name", "测试单位", "initialBudget", 10, "adjustedBudget", 10,
                "actualSpending", 9.8);

        ResponseEntity<JsonNode> refused = rest.withBasicAuth("unit-staff", "demo").exchange("/api/targets/"
                        + target.getId() + "/evaluation", HttpMethod.PUT,
                new HttpEntity<>(Map.of("results", List.of(met, missed), "budget", List.of(budget))), JsonNode.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().path("errors").get(0).path("field").asText()).isEqualTo("results[1].cause");
        assertThat(refused.getBody().path("message").asText()).contains("组织交流活动").contains("-50.00%")
                .contains("请填写原因分析");
        assertThat(evaluations.isRecorded(target.getId())).isFalse();
    }

    /** The self-evaluation task asks for the cause through the Tasklist's engine API and /engine-rest as /api does. */
    @Test
    void aSelfEvaluationTaskRefusesAMissedLineWithoutItsCauseThroughTheEngineDoors() {
        PerformanceTarget target = year.published();
        ProcessInstance instance = year.open(target, CyclePhase.SELF_EVALUATION);
        String task = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();
        String results = "[{\\\"level1\\\":\\\"产出指标\\\",\\\"level2\\\":\\\"数量指标\\\","
                + "\\\"level3\\\":\\\"组织交流活动\\\",\\\"actualValue\\\":\\\"1次\\\"}]";
        String completion = "{\"variables\":{\"results\":{\"value\":\"" + results + "\",\"type\":\"Json\"}}}";
        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);

        ResponseEntity<String> viaTasklist = WebappSession.login(rest, "unit-staff", "tasklist")
                .engine(HttpMethod.POST, "/task/" + task + "/submit-form", completion);
        ResponseEntity<String> viaEngineRest = rest.withBasicAuth("unit-staff", "demo").exchange(
                "/engine-rest/task/" + task + "/complete", HttpMethod.POST, new HttpEntity<>(completion, json),
                String.class);

        for (ResponseEntity<String> refused : List.of(viaTasklist, viaEngineRest)) {
            assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(refused.getBody()).contains("组织交流活动").contains("请填写原因分析").doesNotContain("ENGINE-");
        }
        assertThat(tasks.createTaskQuery().taskId(task).count()).isEqualTo(1);
        assertThat(evaluations.isRecorded(target.getId())).isFalse();
    }

    @Test
    void aYearReportTaskTakesNoVariableOutsideItsFormThroughEngineRest() {
        PerformanceTarget target = year.published();
        ProcessInstance instance = year.open(target, CyclePhase.MONITORING);
        String task = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();
        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);

        ResponseEntity<String> refused = rest.withBasicAuth("unit-staff", "demo").exchange(
                "/engine-rest/task/" + task + "/complete", HttpMethod.POST, new HttpEntity<>(
                        "{\"variables\":{\"tableLight\":{\"value\":\"GREEN\",\"type\":\"String\"}}}", json),
                String.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains("不接受").contains("tableLight").doesNotContain("ENGINE-");
        assertThat(tasks.createTaskQuery().taskId(task).count()).isEqualTo(1);
        assertThat(monitoring.isRecorded(target.getId())).isFalse();
    }

    private ResponseEntity<JsonNode> get(String user, PerformanceTarget target) {
        return rest.withBasicAuth(user, "demo").getForEntity("/api/targets/" + target.getId() + "/monitoring",
                JsonNode.class);
    }

    private ResponseEntity<JsonNode> judge(String user, PerformanceTarget target, long indicatorId, String light) {
        return rest.withBasicAuth(user, "demo").exchange("/api/targets/" + target.getId() + "/monitoring/judgements",
                HttpMethod.PUT, new HttpEntity<>(Map.of("judgements", List.of(Map.of("indicatorId", indicatorId,
                        "light", light, "comment", "交流活动未实质开展")))), JsonNode.class);
    }
}
