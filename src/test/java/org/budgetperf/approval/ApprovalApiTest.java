package org.budgetperf.approval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.budgetperf.support.IntegrationTest;
import org.budgetperf.support.TestTargets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The walk through {@code /api} on the seed 000 table, and the API's refusals. */
@IntegrationTest
class ApprovalApiTest {

    private static final String SEED_000 = "JS-HSZH-LLHZ-2023-01";

    @Autowired
    TestRestTemplate rest;

    @Test
    void seed000TableWalksThroughReturnResubmitAndApprovalToPublication() {
        long id = idOf(SEED_000);
        JsonNode table = get("unit-staff", "/api/targets/" + id).getBody();
        assertThat(table.path("status").asText()).isEqualTo("DRAFT");
        assertThat(table.path("totalBudget").decimalValue()).isEqualByComparingTo("17.6");
        JsonNode activity = indicator(table, "组织交流活动");
        assertThat(activity.path("fullYearValue").path("raw").asText()).isEqualTo("≥2次");
        assertThat(activity.path("fullYearValue").path("kind").asText()).isEqualTo("COMPARISON");
        assertThat(activity.path("fullYearValue").path("comparator").asText()).isEqualTo("GE");
        assertThat(activity.path("fullYearValue").path("number").decimalValue()).isEqualByComparingTo("2");
        assertThat(activity.path("halfYearValue").path("raw").asText()).isEqualTo("≥0次");

        assertThat(post("unit-staff", "/api/targets/" + id + "/submit", Map.of("comment", "请审核")).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        String review = taskFor("dept-reviewer", id, "DEPARTMENT_REVIEW");
        assertThat(taskIds("unit-staff-2")).doesNotContain(review);

        ResponseEntity<JsonNode> noReason = post("dept-reviewer", "/api/tasks/" + review + "/complete",
                Map.of("decision", "RETURN"));
        assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noReason.getBody().path("errors").get(0).path("field").asText()).isEqualTo("returnReason");
        assertThat(noReason.getBody().path("message").asText()).contains("退回原因");

        assertThat(post("unit-staff-2", "/api/tasks/" + review + "/complete", Map.of("decision", "APPROVE"))
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(post("manager", "/api/tasks/" + review + "/complete", Map.of("decision", "APPROVE"))
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        assertThat(post("dept-reviewer", "/api/tasks/" + review + "/complete",
                Map.of("decision", "RETURN", "returnReason", "年度目标表述不完整，请补充")).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(get("unit-staff", "/api/targets/" + id).getBody().path("status").asText()).isEqualTo("RETURNED");
        taskFor("unit-staff", id, "PREPARE");

        assertThat(post("unit-staff", "/api/targets/" + id + "/submit", Map.of("comment", "已按意见修改"))
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(post("dept-reviewer", "/api/tasks/" + taskFor("dept-reviewer", id, "DEPARTMENT_REVIEW")
                + "/complete", Map.of("decision", "APPROVE", "comment", "同意")).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(post("finance-reviewer", "/api/tasks/" + taskFor("finance-reviewer", id, "FINANCE_REVIEW")
                + "/complete", Map.of("decision", "APPROVE", "reviewConclusion", "GOOD", "comment", "予以批复"))
                .getStatusCode()).isEqualTo(HttpStatus.OK);

        assertThat(get("manager", "/api/targets/" + id).getBody().path("status").asText()).isEqualTo("PUBLISHED");
        JsonNode history = get("unit-staff", "/api/targets/" + id + "/history").getBody();
        assertThat(StreamSupport.stream(history.spliterator(), false)
                .map(d -> d.path("user").asText() + ":" + d.path("decision").asText()).toList())
                .containsExactly("unit-staff:SUBMIT", "dept-reviewer:RETURN", "unit-staff:SUBMIT",
                        "dept-reviewer:APPROVE", "finance-reviewer:APPROVE");
        assertThat(history.get(1).path("comment").asText()).isEqualTo("年度目标表述不完整，请补充");
        JsonNode versions = get("unit-staff", "/api/targets/" + id + "/versions").getBody();
        assertThat(versions.get(0).path("approvedBy").asText()).isEqualTo("finance-reviewer");
    }

    @Test
    void unitWithdrawsOverHttpOnlyItsOwnUnclaimedSubmission() {
        long id = post("unit-staff", "/api/targets", TestTargets.project(TestTargets.JS_UNIT)).getBody()
                .path("id").asLong();
        assertThat(post("unit-staff", "/api/targets/" + id + "/withdraw", null).getStatusCode())
                .as("nothing submitted yet").isEqualTo(HttpStatus.CONFLICT);
        assertThat(post("unit-staff", "/api/targets/" + id + "/submit", Map.of()).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(post("unit-staff-2", "/api/targets/" + id + "/withdraw", null).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(post("dept-reviewer", "/api/targets/" + id + "/withdraw", null).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        ResponseEntity<JsonNode> withdrawn = post("unit-staff", "/api/targets/" + id + "/withdraw", null);
        assertThat(withdrawn.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(StreamSupport.stream(withdrawn.getBody().spliterator(), false)
                .map(d -> d.path("decision").asText()).toList()).containsExactly("SUBMIT", "WITHDRAW");
        assertThat(get("unit-staff", "/api/targets/" + id).getBody().path("status").asText()).isEqualTo("DRAFT");
        taskFor("unit-staff", id, "PREPARE");
    }

    @Test
    void otherUnitsSeeNeitherTheTableNorItsTasks() {
        long id = idOf("571203-2024-01");
        assertThat(get("unit-staff", "/api/targets/" + id).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get("dept-reviewer", "/api/targets/" + id).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        JsonNode organ = get("manager", "/api/targets/" + idOf("571203-2024-02")).getBody();
        JsonNode souvenirs = indicator(organ, "质量指标").path("fullYearValue");
        assertThat(souvenirs.path("raw").asText()).isEqualTo("定制不少于2种文创宣传品");
        assertThat(souvenirs.path("comparator").asText()).isEqualTo("GE");
        assertThat(souvenirs.path("unit").asText()).isEqualTo("种");
        assertThat(souvenirs.path("object").asText()).isEqualTo("文创宣传品");
        assertThat(get("manager", "/api/targets/" + id).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(codes("unit-staff-2")).doesNotContain(SEED_000, "571203-2024-01");
        assertThat(codes("dept-reviewer")).contains(SEED_000).doesNotContain("571203-2024-01");
        assertThat(post("unit-staff-2", "/api/targets/" + idOf(SEED_000) + "/submit", Map.of()).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void callersWithoutValidCredentialsAreRefused() {
        ResponseEntity<JsonNode> anonymous = rest.getForEntity("/api/targets", JsonNode.class);
        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(anonymous.getBody().path("status").asInt()).isEqualTo(401);
        assertThat(anonymous.getBody().path("message").asText()).contains("未登录");
        assertThat(anonymous.getBody().path("timestamp").asText()).matches("\\d{4}-\\d{2}-\\d{2}T.*");
        // Camunda delays a user's next login after a wrong password, so this uses a name no other test logs in with.
        assertThat(rest.withBasicAuth("intruder", "guess").getForEntity("/api/tasks", JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.getForEntity("/v3/api-docs", String.class).getBody()).contains("/api/targets/{id}/submit");
        assertThat(rest.getForEntity("/actuator/health", String.class).getBody()).contains("UP");
    }

    private long idOf(String code) {
        return listed("manager").stream().filter(row -> row.path("code").asText().equals(code))
                .mapToLong(row -> row.path("id").asLong()).findFirst()
                .orElseThrow(() -> new AssertionError("demo table not loaded: " + code));
    }

    private List<String> codes(String user) {
        return listed(user).stream().map(row -> row.path("code").asText()).toList();
    }

    /** Every table the person's list shows, page by page (other tests add tables to the shared database). */
    private List<JsonNode> listed(String user) {
        List<JsonNode> rows = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode content = get(user, "/api/targets?size=200&page=" + page).getBody().path("content");
            if (content.isEmpty()) {
                return rows;
            }
            content.forEach(rows::add);
        }
    }

    private List<String> taskIds(String user) {
        List<String> ids = new ArrayList<>();
        get(user, "/api/tasks?size=200").getBody().path("content").forEach(task -> ids.add(task.path("id").asText()));
        return ids;
    }

    private String taskFor(String user, long targetId, String step) {
        for (JsonNode task : get(user, "/api/tasks?size=200").getBody().path("content")) {
            if (task.path("targetId").asLong() == targetId && task.path("step").asText().equals(step)) {
                assertThat(task.path("targetCode").asText()).isNotBlank();
                assertThat(task.path("targetName").asText()).isNotBlank();
                return task.path("id").asText();
            }
        }
        throw new AssertionError(user + " has no " + step + " task for target " + targetId);
    }

    private static JsonNode indicator(JsonNode table, String level3) {
        for (JsonNode row : table.path("indicators")) {
            if (row.path("level3").asText().equals(level3)) {
                return row;
            }
        }
        throw new AssertionError("no indicator " + level3);
    }

    private ResponseEntity<JsonNode> get(String user, String path) {
        return rest.withBasicAuth(user, "demo").getForEntity(path, JsonNode.class);
    }

    private ResponseEntity<JsonNode> post(String user, String path, Object body) {
        return rest.withBasicAuth(user, "demo").postForEntity(path, body, JsonNode.class);
    }
}
