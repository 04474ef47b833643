package org.budgetperf.declaration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.budgetperf.cycle.CyclePhase;
import org.budgetperf.cycle.CycleStepRepository;
import org.budgetperf.cycle.CycleStepsForTests;
import org.budgetperf.support.IntegrationTest;
import org.budgetperf.support.TestTargets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * {@code GET /api/targets?light=&grade=}: what is off track, by the monitoring report's table light and the
 * self-evaluation's grade, combined with year and status and scoped as the plain list is.
 */
@IntegrationTest
class OffTrackListTest {

    private static final int YEAR = 2031;

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    TargetService targets;
    @Autowired
    CycleStepRepository steps;

    private long redAndPoor;
    private long greenAndFair;
    private long redOfTheOtherUnit;
    private long unreported;

    @BeforeEach
    void tablesOfTheYear() {
        redAndPoor = table("unit-staff", TestTargets.JS_UNIT);
        monitor("unit-staff", redAndPoor, "30%");
        evaluate(redAndPoor, "0次", "50%", 2);
        greenAndFair = table("unit-staff", TestTargets.JS_UNIT);
        monitor("unit-staff", greenAndFair, "90%");
        evaluate(greenAndFair, "2次", "95%", 10);
        redOfTheOtherUnit = table("unit-staff-2", TestTargets.JS_UNIT_2);
        monitor("unit-staff-2", redOfTheOtherUnit, "30%");
        unreported = table("unit-staff", TestTargets.JS_UNIT);
    }

    @Test
    void eachRowCarriesItsLightAndGrade() {
        JsonNode row = rows("unit-staff", "").stream().filter(r -> r.path("id").asLong() == redAndPoor)
                .findFirst().orElseThrow();
        assertThat(row.path("light").asText()).isEqualTo("RED");
        assertThat(row.path("lightLabel").asText()).isEqualTo("红灯");
        assertThat(row.path("grade").asText()).isEqualTo("POOR");
        assertThat(row.path("gradeLabel").asText()).isEqualTo("差");
        JsonNode plain = rows("unit-staff", "").stream().filter(r -> r.path("id").asLong() == unreported)
                .findFirst().orElseThrow();
        assertThat(plain.path("light").isNull()).isTrue();
        assertThat(plain.path("gradeLabel").isNull()).isTrue();
    }

    @Test
    void theLightFilterListsOnlyTablesOfThatLight() {
        assertThat(ids("manager", "&light=RED")).contains(redAndPoor, redOfTheOtherUnit)
                .doesNotContain(greenAndFair, unreported);
        assertThat(ids("manager", "&light=GREEN")).contains(greenAndFair)
                .doesNotContain(redAndPoor, redOfTheOtherUnit, unreported);
        rows("manager", "&light=RED").forEach(row -> assertThat(row.path("lightLabel").asText()).isEqualTo("红灯"));
    }

    @Test
    void theGradeFilterListsOnlyTablesOfThatGrade() {
        assertThat(ids("manager", "&grade=POOR")).contains(redAndPoor)
                .doesNotContain(greenAndFair, redOfTheOtherUnit, unreported);
        assertThat(ids("manager", "&grade=FAIR")).contains(greenAndFair).doesNotContain(redAndPoor);
        rows("manager", "&grade=POOR").forEach(row -> assertThat(row.path("gradeLabel").asText()).isEqualTo("差"));
    }

    @Test
    void theFiltersCombineWithEachOtherAndWithStatus() {
        assertThat(ids("manager", "&light=RED&grade=POOR")).contains(redAndPoor).doesNotContain(redOfTheOtherUnit);
        assertThat(ids("manager", "&light=RED&status=DRAFT")).contains(redAndPoor, redOfTheOtherUnit);
        assertThat(ids("manager", "&light=RED&status=PUBLISHED")).doesNotContain(redAndPoor, redOfTheOtherUnit);
        assertThat(ids("manager", "&light=RED").size())
                .isEqualTo(page("manager", "&light=RED").path("totalElements").asInt());
    }

    @Test
    void aUnitSeesItsOwnTheDepartmentItsUnitsAndTheFinanceBureauItsDepartments() {
        assertThat(ids("unit-staff", "&light=RED")).contains(redAndPoor).doesNotContain(redOfTheOtherUnit);
        assertThat(ids("unit-staff-2", "&light=RED")).contains(redOfTheOtherUnit).doesNotContain(redAndPoor);
        assertThat(ids("unit-staff-2", "&grade=POOR")).doesNotContain(redAndPoor);
        assertThat(ids("dept-reviewer", "&light=RED")).contains(redAndPoor, redOfTheOtherUnit);
        assertThat(ids("finance-reviewer", "&light=RED&grade=POOR")).contains(redAndPoor);
    }

    @Test
    void anUnknownLightOrGradeIsRefusedNamingTheParameter() {
        for (String parameter : new String[] {"light=PURPLE", "grade=优秀", "light=red"}) {
            ResponseEntity<JsonNode> refused = rest.withBasicAuth("manager", "demo")
                    .getForEntity("/api/targets?" + parameter, JsonNode.class);
            String name = parameter.substring(0, parameter.indexOf('='));
            assertThat(refused.getStatusCode()).as(parameter).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(refused.getBody().path("errors").get(0).path("field").asText()).isEqualTo(name);
            assertThat(refused.getBody().path("message").asText()).contains("参数 " + name);
        }
    }

    private long table(String user, String unitCode) {
        return targets.create(TestTargets.inYear(TestTargets.project(unitCode), YEAR), TestTargets.user(user)).getId();
    }

    /** The unit's monitoring report: the activities on plan, the satisfaction at the given half-year actual. */
    private void monitor(String user, long id, String satisfaction) {
        CycleStepsForTests.open(steps, id, CyclePhase.MONITORING);
        JsonNode blank = rest.withBasicAuth(user, "demo")
                .getForObject("/api/targets/" + id + "/monitoring", JsonNode.class);
        ObjectNode report = json.createObjectNode();
        for (JsonNode indicator : blank.path("indicators")) {
            boolean activities = "组织交流活动".equals(indicator.path("level3").asText());
            report.withArray("indicators").addObject().put("indicatorId", indicator.path("indicatorId").asLong())
                    .put("halfYearActual", activities ? "1次" : satisfaction)
                    .put("expectedFullYear", activities ? "2次" : "90%")
                    .put("cause", "调查样本偏少").put("measures", "扩大调查范围");
        }
        blank.path("funds").forEach(fund -> report.withArray("funds").addObject()
                .put("source", fund.path("source").asText()).put("executed", 4.5));
        ResponseEntity<JsonNode> answer = rest.withBasicAuth(user, "demo").exchange(
                "/api/targets/" + id + "/monitoring", HttpMethod.PUT, new HttpEntity<>(report), JsonNode.class);
        assertThat(answer.getStatusCode()).as(String.valueOf(answer.getBody())).isEqualTo(HttpStatus.OK);
    }

    private void evaluate(long id, String activities, String satisfaction, int spent) {
        Map<String, Object> evaluation = Map.of(
                "budget", List.of(Map.of("name", "预算总金额", "initialBudget", 10, "adjustedBudget", 10,
                        "actualSpending", spent)),
                "results", List.of(
                        Map.of("level1", "产出指标", "level2", "数量指标", "level3", "组织交流活动",
                                "actualValue", activities, "source", "工作台账", "cause", "按计划实施"),
                        Map.of("level1", "满意度指标", "level2", "服务对象满意度", "level3", "参与人员满意度",
                                "actualValue", satisfaction, "source", "问卷", "cause", "样本偏少")));
        ResponseEntity<JsonNode> answer = rest.withBasicAuth("unit-staff", "demo").exchange(
                "/api/targets/" + id + "/evaluation", HttpMethod.PUT, new HttpEntity<>(evaluation), JsonNode.class);
        assertThat(answer.getStatusCode()).as(String.valueOf(answer.getBody())).isEqualTo(HttpStatus.OK);
    }

    private List<Long> ids(String user, String filter) {
        return rows(user, filter).stream().map(row -> row.path("id").asLong()).toList();
    }

    private List<JsonNode> rows(String user, String filter) {
        return StreamSupport.stream(page(user, filter).path("content").spliterator(), false).toList();
    }

    private JsonNode page(String user, String filter) {
        ResponseEntity<JsonNode> answer = rest.withBasicAuth(user, "demo")
                .getForEntity("/api/targets?size=200&year=" + YEAR + filter, JsonNode.class);
        assertThat(answer.getStatusCode()).as(String.valueOf(answer.getBody())).isEqualTo(HttpStatus.OK);
        return answer.getBody();
    }
}
