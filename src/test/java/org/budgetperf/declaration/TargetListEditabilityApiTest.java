package org.budgetperf.declaration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.budgetperf.support.IntegrationTest;
import org.budgetperf.support.TestTargets;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * What the 「我的绩效目标」 page reads: each listed table says whether the caller may edit it now and where it waits
 * (step, organization, who claimed it); {@code GET /api/targets/{id}/editability} says why an edit would be refused.
 */
@IntegrationTest
class TargetListEditabilityApiTest {

    private static final int YEAR = 2033;
    private static final String UNIT_NAME = "江苏省红十字会联络与合作中心";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    TaskService tasks;

    @Test
    void aTableSaysWhoMayEditItAndWhereItWaitsAsItTravels() {
        long id = rest.withBasicAuth("unit-staff", "demo").postForEntity("/api/targets",
                TestTargets.inYear(TestTargets.project(TestTargets.JS_UNIT), YEAR), JsonNode.class).getBody()
                .path("id").asLong();

        JsonNode draft = listed("unit-staff", id);
        assertThat(draft.path("editable").asBoolean()).isTrue();
        assertThat(draft.path("preparedByCaller").asBoolean()).isTrue();
        assertThat(draft.path("waitingAt")).as("no process before the first submission").isEmpty();
        assertThat(editability("unit-staff", id).getBody().path("editable").asBoolean()).isTrue();

        assertThat(listed("dept-reviewer", id).path("editable").asBoolean()).as("the department reads it").isFalse();
        assertThat(listed("dept-reviewer", id).path("preparedByCaller").asBoolean()).isFalse();
        JsonNode notTheUnit = editability("dept-reviewer", id).getBody();
        assertThat(notTheUnit.path("editable").asBoolean()).isFalse();
        assertThat(notTheUnit.path("preparedByCaller").asBoolean()).isFalse();
        assertThat(notTheUnit.path("reason").asText())
                .isEqualTo("只有实施单位“" + UNIT_NAME + "”可以编制、提交或撤回该绩效目标表");
        assertThat(editability("unit-staff-2", id).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        assertThat(post("unit-staff", "/api/targets/" + id + "/submit", Map.of()).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        JsonNode underReview = listed("unit-staff", id);
        assertThat(underReview.path("status").asText()).isEqualTo("DEPARTMENT_REVIEW");
        assertThat(underReview.path("editable").asBoolean()).isFalse();
        assertThat(underReview.path("preparedByCaller").asBoolean()).as("the unit may withdraw it").isTrue();
        assertThat(underReview.path("waitingAt")).hasSize(1);
        JsonNode review = underReview.path("waitingAt").get(0);
        assertThat(review.path("taskName").asText()).isEqualTo("主管部门审核");
        assertThat(review.path("organizationName").asText()).isEqualTo("江苏省红十字会");
        assertThat(review.path("assigneeName").isNull()).isTrue();
        JsonNode frozen = editability("unit-staff", id).getBody();
        assertThat(frozen.path("editable").asBoolean()).isFalse();
        assertThat(frozen.path("preparedByCaller").asBoolean()).isTrue();
        assertThat(frozen.path("reason").asText()).isEqualTo("绩效目标表当前状态为“主管部门审核中”，不能修改；审核中的表请先撤回，已批复的表请发起调整");

        String reviewTask = taskFor("dept-reviewer", id);
        tasks.claim(reviewTask, "dept-reviewer");
        assertThat(listed("unit-staff", id).path("waitingAt").get(0).path("assigneeName").asText())
                .as("family name first").isEqualTo("张华");

        assertThat(post("dept-reviewer", "/api/tasks/" + reviewTask + "/complete",
                Map.of("decision", "RETURN", "returnReason", "指标值需要细化")).getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode returned = listed("unit-staff", id);
        assertThat(returned.path("statusLabel").asText()).isEqualTo("退回修改");
        assertThat(returned.path("editable").asBoolean()).isTrue();
        assertThat(returned.path("waitingAt").get(0).path("taskName").asText()).isEqualTo("编制并提交绩效目标");
        assertThat(returned.path("waitingAt").get(0).path("organizationName").asText()).isEqualTo(UNIT_NAME);
    }

    private JsonNode listed(String user, long id) {
        JsonNode page = rest.withBasicAuth(user, "demo")
                .getForEntity("/api/targets?size=200&year=" + YEAR, JsonNode.class).getBody();
        return StreamSupport.stream(page.path("content").spliterator(), false)
                .filter(row -> row.path("id").asLong() == id).findFirst()
                .orElseThrow(() -> new AssertionError("table " + id + " not listed for " + user));
    }

    private ResponseEntity<JsonNode> editability(String user, long id) {
        return rest.withBasicAuth(user, "demo").getForEntity("/api/targets/" + id + "/editability", JsonNode.class);
    }

    private ResponseEntity<JsonNode> post(String user, String path, Object body) {
        return rest.withBasicAuth(user, "demo").postForEntity(path, body, JsonNode.class);
    }

    private String taskFor(String user, long id) {
        JsonNode page = rest.withBasicAuth(user, "demo").getForEntity("/api/tasks?size=200", JsonNode.class)
                .getBody();
        return StreamSupport.stream(page.path("content").spliterator(), false)
                .filter(task -> task.path("targetId").asLong() == id).findFirst()
                .orElseThrow(() -> new AssertionError("no task of table " + id + " for " + user))
                .path("id").asText();
    }
}
