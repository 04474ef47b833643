package org.budgetperf.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.budgetperf.evaluation.EvaluationRequest.BudgetExecutionLine;
import org.budgetperf.evaluation.EvaluationRequest.IndicatorResultLine;
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

/** Scores, grades and the 差 list through {@code /api}, with the rules deployed from bpmn/performance-rules.dmn. */
@IntegrationTest
class EvaluationScoringApiTest {

    private static final String EFFECT = "效益";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;

    @Test
    void seed002IsScoredBesideWhatWasEntered() {
        long id = seed002Recorded();
        JsonNode view = get("finance-reviewer", id);
        assertThat(view.path("budgetWeight").decimalValue()).isEqualByComparingTo("10");
        assertThat(view.path("budgetScore").decimalValue()).isEqualByComparingTo("9.69");
        assertThat(view.path("totalScore").isNull()).as("效益 waits for the reviewer").isTrue();
        assertThat(view.path("spotCheck").isBoolean()).isTrue();
        JsonNode drill = view.path("results").get(44);
        assertThat(drill.path("level3").asText()).isEqualTo("红十字应急救援队综合演练");
        assertThat(drill.path("deviation").asText()).isEqualTo("-50.00%");
        assertThat(drill.path("weight").decimalValue()).isEqualByComparingTo("6.25");
        assertThat(drill.path("scoringMethod").asText()).isEqualTo("等于指标");
        assertThat(drill.path("score").decimalValue()).isEqualByComparingTo("3.13");
        assertThat(drill.path("needsCause").asBoolean()).isTrue();
        assertThat(view.path("results").get(31).path("needsExplanation").asBoolean()).as("231.41% of >=100%").isTrue();
        assertThat(view.path("results").get(32).path("awaitingGrade").asBoolean()).isTrue();
        assertThat(view.path("results").get(0).path("weight").decimalValue()).as("决策 carries no points").isZero();
    }

    @Test
    void theFinanceBureauGradesADepartmentsOwnTableAndTheTotalAndGradeFollow() {
        long id = seed002Recorded();
        assertThat(grade("dept-reviewer", id, effectGrades("ACHIEVED", "10")).getStatusCode())
                .as("the department does not grade its own table").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(grade("manager", id, effectGrades("ACHIEVED", "10")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(grade("unit-staff", id, effectGrades("ACHIEVED", "10")).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        ResponseEntity<JsonNode> graded = grade("finance-reviewer", id, effectGrades("ACHIEVED", "10"));
        assertThat(graded.getStatusCode()).as(String.valueOf(graded.getBody())).isEqualTo(HttpStatus.OK);
        assertThat(graded.getBody().path("totalScore").decimalValue()).isEqualByComparingTo("96.57");
        assertThat(graded.getBody().path("grade").asText()).isEqualTo("EXCELLENT");
        assertThat(graded.getBody().path("gradeLabel").asText()).isEqualTo("优");
        assertThat(graded.getBody().path("results").get(32).path("achievement").asText()).isEqualTo("达成");
        assertThat(get("unit-staff-2", id).isMissingNode()).isTrue();
        assertThat(get("dept-reviewer", id).path("totalScore").decimalValue()).isEqualByComparingTo("96.57");
    }

    @Test
    void aScoreOutsideItsBandIsRefusedAndNothingIsRecorded() {
        long id = seed002Recorded();
        ResponseEntity<JsonNode> refused = grade("finance-reviewer", id, effectGrades("ACHIEVED", "7.99"));
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().path("message").asText()).isEqualTo("指标“分解目标 / 效益 / "
                + "支持博爱家园建设，基层社区群众广泛开展人道服务。”评定为“达成”的得分应在8.00至10.00分之间（分值10.00分），不能为7.99分");
        assertThat(refused.getBody().path("errors").get(0).path("field").asText()).isEqualTo("grades[0].score");
        assertThat(get("finance-reviewer", id).path("results").get(32).path("awaitingGrade").asBoolean()).isTrue();
        assertThat(grade("finance-reviewer", id, effectGrades("PARTLY_ACHIEVED", "7.99")).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void aLineScoredByItsNumberIsNotGraded() {
        long id = seed002Recorded();
        Map<String, Object> body = Map.of("grades", List.of(Map.of("level1", "分解目标", "level2", "履职",
                "level3", "培训初级救护员", "achievement", "ACHIEVED", "score", 6)));
        ResponseEntity<JsonNode> refused = grade("finance-reviewer", id, body);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().path("message").asText())
                .isEqualTo("指标“分解目标 / 履职 / 培训初级救护员”按完成值计算得分，不需评定");
    }

    @Test
    void nothingToGradeBeforeTheUnitRecords() {
        long id = create("dept-reviewer", Seed002.departmentTarget());
        assertThat(grade("finance-reviewer", id, effectGrades("ACHIEVED", "10")).getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void theDepartmentGradesItsUnitsTableAndAPoorTableIsListedForItsReaders() {
        long id = create("unit-staff", TestTargets.project(TestTargets.JS_UNIT));
        EvaluationRequest poor = new EvaluationRequest(
                List.of(new BudgetExecutionLine("预算总金额", new BigDecimal("10"), null, new BigDecimal("10"),
                        new BigDecimal("2"))),
                List.of(new IndicatorResultLine("产出指标", "数量指标", "组织交流活动", "未开展", "年度总结", "疫情"),
                        new IndicatorResultLine("满意度指标", "服务对象满意度", "参与人员满意度", "50%", "问卷", "不满意")));
        assertThat(rest.withBasicAuth("unit-staff", "demo").exchange("/api/targets/" + id + "/evaluation",
                HttpMethod.PUT, new HttpEntity<>(poor), JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        Map<String, Object> notAchieved = Map.of("grades", List.of(Map.of("level1", "产出指标", "level2", "数量指标",
                "level3", "组织交流活动", "achievement", "NOT_ACHIEVED", "score", 0)));
        ResponseEntity<JsonNode> graded = grade("dept-reviewer", id, notAchieved);
        assertThat(graded.getStatusCode()).as(String.valueOf(graded.getBody())).isEqualTo(HttpStatus.OK);
        assertThat(graded.getBody().path("totalScore").decimalValue()).isEqualByComparingTo("7.56");
        assertThat(graded.getBody().path("gradeLabel").asText()).isEqualTo("差");
        assertThat(graded.getBody().path("results").get(0).path("needsCause").asBoolean()).isTrue();

        assertThat(poorCodes("finance-reviewer")).contains(id);
        assertThat(poorCodes("manager")).contains(id);
        assertThat(poorCodes("unit-staff")).contains(id);
        assertThat(poorCodes("unit-staff-2")).doesNotContain(id);
    }

    private List<Long> poorCodes(String user) {
        JsonNode list = rest.withBasicAuth(user, "demo").getForObject("/api/evaluations/poor?year=2025", JsonNode.class);
        assertThat(list.isArray()).isTrue();
        list.forEach(row -> assertThat(row.path("gradeLabel").asText()).isEqualTo("差"));
        return java.util.stream.StreamSupport.stream(list.spliterator(), false)
                .map(row -> row.path("targetId").asLong()).toList();
    }

    private long seed002Recorded() {
        long id = create("dept-reviewer", Seed002.departmentTarget());
        ResponseEntity<JsonNode> recorded = rest.withBasicAuth("dept-reviewer", "demo").exchange(
                "/api/targets/" + id + "/evaluation", HttpMethod.PUT, new HttpEntity<>(Seed002.evaluation()),
                JsonNode.class);
        assertThat(recorded.getStatusCode()).isEqualTo(HttpStatus.OK);
        return id;
    }

    private static Map<String, Object> effectGrades(String achievement, String score) {
        return Map.of("grades", Seed002.indicatorRows().stream().filter(row -> row.get(1).equals(EFFECT))
                .map(row -> Map.of("level1", row.get(0), "level2", row.get(1), "level3", row.get(2),
                        "achievement", achievement, "score", new BigDecimal(score)))
                .toList());
    }

    private long create(String user, Object request) {
        ResponseEntity<JsonNode> created = rest.withBasicAuth(user, "demo").postForEntity("/api/targets", request,
                JsonNode.class);
        assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
        return created.getBody().path("id").asLong();
    }

    private ResponseEntity<JsonNode> grade(String user, long id, Object body) {
        return rest.withBasicAuth(user, "demo").exchange("/api/targets/" + id + "/evaluation/grades", HttpMethod.PUT,
                new HttpEntity<>(body), JsonNode.class);
    }

    private JsonNode get(String user, long id) {
        ResponseEntity<JsonNode> view = rest.withBasicAuth(user, "demo").getForEntity("/api/targets/" + id
                + "/evaluation", JsonNode.class);
        return view.getStatusCode() == HttpStatus.OK ? view.getBody() : com.fasterxml.jackson.databind.node
                .MissingNode.getInstance();
    }
}
