package org.budgetperf.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.budgetperf.approval.ApprovalService;
import org.budgetperf.support.IntegrationTest;
import org.budgetperf.support.TestTargets;
import org.budgetperf.support.WebappSession;
import org.budgetperf.declaration.PerformanceTarget;
import org.budgetperf.declaration.TargetService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Camunda authorization is on: the engine itself, through {@code /engine-rest} and the webapps, gives each
 * person exactly what their organization and role allow, whatever client they use.
 */
@IntegrationTest
class EngineAuthorizationTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    TargetService targets;
    @Autowired
    ApprovalService approval;
    @Autowired
    TaskService tasks;

    private PerformanceTarget mine;
    private String myTask;
    private String theirTask;

    @BeforeEach
    void twoUnitsEachWithATable() {
        mine = targets.create(TestTargets.project(TestTargets.JS_UNIT), TestTargets.user("unit-staff"));
        myTask = prepareTask(mine);
        theirTask = prepareTask(targets.create(TestTargets.project(TestTargets.JS_UNIT_2),
                TestTargets.user("unit-staff-2")));
    }

    @Test
    void unitStaffSeeAndWorkOnlyOnTheirOwnUnitsTasks() {
        ResponseEntity<JsonNode> list = get("unit-staff",
                "/engine-rest/task?processDefinitionKey=target-approval&maxResults=500");
        assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
        List<String> visible = list.getBody().findValuesAsText("id");
        assertThat(visible).contains(myTask).doesNotContain(theirTask);
        assertThat(get("unit-staff", "/engine-rest/task/" + theirTask).getStatusCode())
                .isIn(HttpStatus.NOT_FOUND, HttpStatus.FORBIDDEN);
        assertThat(post("unit-staff", "/engine-rest/task/" + theirTask + "/complete").getStatusCode())
                .isIn(HttpStatus.NOT_FOUND, HttpStatus.FORBIDDEN);
        assertThat(tasks.createTaskQuery().taskId(theirTask).count()).isEqualTo(1);
        assertThat(get("unit-staff", "/engine-rest/process-instance?businessKey=" + mine.businessKey()).getBody())
                .as("process instances are for managers; units work through tasks").isEmpty();
    }

    @Test
    void engineRestNeedsCredentials() {
        assertThat(rest.getForEntity("/engine-rest/task", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        // Camunda delays a user's next login after a wrong password, so this uses a name no other test logs in with.
        assertThat(rest.withBasicAuth("intruder", "guess").getForEntity("/engine-rest/task",
                String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void departmentReviewersSeeNoTaskOfTheirUnitsBeforeItReachesThem() {
        ResponseEntity<JsonNode> list = get("dept-reviewer",
                "/engine-rest/task?processDefinitionKey=target-approval&maxResults=500");
        assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(list.getBody().isArray()).isTrue();
        assertThat(list.getBody().findValuesAsText("id")).doesNotContain(myTask, theirTask);
        assertThat(get("dept-reviewer", "/engine-rest/task/" + myTask).getStatusCode())
                .isIn(HttpStatus.NOT_FOUND, HttpStatus.FORBIDDEN);
        assertThat(post("dept-reviewer", "/engine-rest/task/" + myTask + "/complete").getStatusCode())
                .isIn(HttpStatus.NOT_FOUND, HttpStatus.FORBIDDEN);
        assertThat(tasks.createTaskQuery().taskId(myTask).count()).isEqualTo(1);
    }

    @Test
    void managersReadEverythingButCompleteNothing() {
        assertThat(get("manager", "/engine-rest/task/" + theirTask).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(get("manager", "/engine-rest/process-instance?businessKey=" + mine.businessKey()).getBody())
                .hasSize(1);
        assertThat(get("manager", "/engine-rest/history/process-instance?processInstanceBusinessKey="
                + mine.businessKey()).getBody()).hasSize(1);
        assertThat(post("manager", "/engine-rest/task/" + myTask + "/complete").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post("manager", "/engine-rest/task/" + myTask + "/claim").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(tasks.createTaskQuery().taskId(myTask).singleResult().getAssignee()).isNull();
    }

    @Test
    void onlyCamundaAdminsReachTheAdminWebapp() {
        assertThat(webappLogin("unit-staff", "tasklist")).isEqualTo(HttpStatus.OK);
        assertThat(webappLogin("unit-staff", "cockpit")).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(webappLogin("unit-staff", "admin")).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(webappLogin("manager", "cockpit")).isEqualTo(HttpStatus.OK);
        assertThat(webappLogin("manager", "admin")).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(webappLogin("admin", "admin")).isEqualTo(HttpStatus.OK);
        assertThat(get("admin", "/engine-rest/authorization/count").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(get("unit-staff", "/engine-rest/authorization?resourceType=0").getBody()).isEmpty();
    }

    private String prepareTask(PerformanceTarget target) {
        String processInstanceId = approval.open(target).getId();
        return tasks.createTaskQuery().processInstanceId(processInstanceId).singleResult().getId();
    }

    private HttpStatus webappLogin(String user, String app) {
        return WebappSession.login(rest, user, app).loginStatus();
    }

    private ResponseEntity<JsonNode> get(String user, String path) {
        return rest.withBasicAuth(user, "demo").getForEntity(path, JsonNode.class);
    }

    private ResponseEntity<JsonNode> post(String user, String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth(user, "demo").exchange(path, HttpMethod.POST, new HttpEntity<>("{}", headers),
                JsonNode.class);
    }
}
