package org.budgetperf.approval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.budgetperf.declaration.TargetRequest;
import org.budgetperf.support.IntegrationTest;
import org.budgetperf.support.TestTargets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Target adjustment through {@code /api} as the demo users: the walk to version 2, and the refusals. */
@IntegrationTest
class AdjustmentApiTest {

    private static final Map<String, String> REASON = Map.of("reason", "服务对象增加，活动次数需上调");

    @Autowired
    TestRestTemplate rest;

    @Test
    void unitAdjustsItsPublishedTableToVersionTwoAndBothStayReadable() {
        TargetRequest original = TestTargets.project(TestTargets.JS_UNIT);
        long id = publish(original);

        ResponseEntity<JsonNode> opened = post("unit-staff", adjustment(id), REASON);
        assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(opened.getBody().path("step").asText()).isEqualTo("PREPARE");
        JsonNode draft = get("unit-staff", "/api/targets/" + id).getBody();
        assertThat(draft.path("status").asText()).isEqualTo("ADJUSTING");
        assertThat(draft.path("statusLabel").asText()).isEqualTo("调整中");
        assertThat(draft.path("versionNo").asInt()).isEqualTo(2);

        TargetRequest renamed = TestTargets.named(original, "调整后的项目名称", original.annualGoal());
        assertThat(rest.withBasicAuth("unit-staff", "demo").exchange("/api/targets/" + id, HttpMethod.PUT,
                new HttpEntity<>(renamed), JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(post("unit-staff", "/api/targets/" + id + "/submit", Map.of("comment", "请审核调整"))
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        complete("dept-reviewer", id, "DEPARTMENT_REVIEW", Map.of("decision", "APPROVE"));
        assertThat(get("manager", "/api/targets/" + id + "/versions").getBody()).singleElement()
                .satisfies(v -> assertThat(v.path("inForce").asBoolean()).isTrue());
        complete("finance-reviewer", id, "FINANCE_REVIEW", Map.of("decision", "APPROVE", "reviewConclusion", "GOOD"));

        JsonNode published = get("unit-staff", "/api/targets/" + id).getBody();
        assertThat(published.path("status").asText()).isEqualTo("PUBLISHED");
        assertThat(published.path("versionNo").asInt()).isEqualTo(2);
        JsonNode versions = get("dept-reviewer", "/api/targets/" + id + "/versions").getBody();
        assertThat(versions).hasSize(2);
        assertThat(versions.get(0).path("versionNo").asInt()).isEqualTo(1);
        assertThat(versions.get(0).path("inForce").asBoolean()).isFalse();
        assertThat(versions.get(1).path("approvedBy").asText()).isEqualTo("finance-reviewer");
        assertThat(versions.get(1).path("approvedAt").asText()).isNotBlank();
        assertThat(versions.get(1).path("inForce").asBoolean()).isTrue();
        assertThat(get("unit-staff", "/api/targets/" + id + "/versions/1").getBody().path("name").asText())
                .isEqualTo(original.name());
        assertThat(get("unit-staff", "/api/targets/" + id + "/versions/2").getBody().path("name").asText())
                .isEqualTo("调整后的项目名称");
        assertThat(get("unit-staff", "/api/targets/" + id + "/versions/3").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get("unit-staff-2", "/api/targets/" + id + "/versions/1").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);

        List<String> history = new ArrayList<>();
        get("unit-staff", "/api/targets/" + id + "/history").getBody().forEach(d -> history.add(
                d.path("versionNo").asInt() + ":" + d.path("user").asText() + ":" + d.path("decision").asText()));
        assertThat(history).containsExactly("1:unit-staff:SUBMIT", "1:dept-reviewer:APPROVE",
                "1:finance-reviewer:APPROVE", "2:unit-staff:ADJUST", "2:unit-staff:SUBMIT", "2:dept-reviewer:APPROVE",
                "2:finance-reviewer:APPROVE");
    }

    @Test
    void adjustmentIsRefusedToOthersBeforePublicationAndWithoutAVisibleReason() {
        long draft = post("unit-staff", "/api/targets", TestTargets.project(TestTargets.JS_UNIT)).getBody()
                .path("id").asLong();
        assertThat(post("unit-staff", adjustment(draft), REASON).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

        long id = publish(TestTargets.project(TestTargets.JS_UNIT));
        assertThat(post("unit-staff-2", adjustment(id), REASON).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(post("manager", adjustment(id), REASON).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post("dept-reviewer", adjustment(id), REASON).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        ResponseEntity<JsonNode> tooShort = post("unit-staff", adjustment(id), Map.of("reason", "需调整"));
        assertThat(tooShort.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(tooShort.getBody().path("errors").get(0).path("field").asText()).isEqualTo("reason");
        assertThat(tooShort.getBody().path("message").asText()).contains("调整原因");
        assertThat(post("unit-staff", adjustment(id), Map.of("reason", "\u200B\u200B\u200B\u200B\u200B\u3000"))
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(post("unit-staff", adjustment(id), Map.of()).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(post("unit-staff", adjustment(id), Map.of("reason", "调".repeat(2001))).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);

        JsonNode untouched = get("unit-staff", "/api/targets/" + id).getBody();
        assertThat(untouched.path("status").asText()).isEqualTo("PUBLISHED");
        assertThat(untouched.path("versionNo").asInt()).isEqualTo(1);
        assertThat(post("unit-staff", adjustment(id), REASON).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(post("unit-staff", adjustment(id), REASON).getStatusCode()).as("already adjusting")
                .isEqualTo(HttpStatus.CONFLICT);
    }

    private long publish(TargetRequest request) {
        long id = post("unit-staff", "/api/targets", request).getBody().path("id").asLong();
        assertThat(post("unit-staff", "/api/targets/" + id + "/submit", Map.of()).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        complete("dept-reviewer", id, "DEPARTMENT_REVIEW", Map.of("decision", "APPROVE"));
        complete("finance-reviewer", id, "FINANCE_REVIEW", Map.of("decision", "APPROVE", "reviewConclusion", "GOOD"));
        assertThat(get("unit-staff", "/api/targets/" + id).getBody().path("status").asText()).isEqualTo("PUBLISHED");
        return id;
    }

    private void complete(String user, long targetId, String step, Map<String, String> decision) {
        for (JsonNode task : get(user, "/api/tasks?size=200").getBody().path("content")) {
            if (task.path("targetId").asLong() == targetId && task.path("step").asText().equals(step)) {
                assertThat(post(user, "/api/tasks/" + task.path("id").asText() + "/complete", decision)
                        .getStatusCode()).isEqualTo(HttpStatus.OK);
                return;
            }
        }
        throw new AssertionError(user + " has no " + step + " task for target " + targetId);
    }

    private static String adjustment(long id) {
        return "/api/targets/" + id + "/adjustment";
    }

    private ResponseEntity<JsonNode> get(String user, String path) {
        return rest.withBasicAuth(user, "demo").getForEntity(path, JsonNode.class);
    }

    private ResponseEntity<JsonNode> post(String user, String path, Object body) {
        return rest.withBasicAuth(user, "demo").postForEntity(path, body, JsonNode.class);
    }
}
