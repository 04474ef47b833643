package org.budgetperf.approval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.budgetperf.declaration.TargetQueries;
import org.budgetperf.operation.OperationOnTask;
import org.budgetperf.operation.TaskOperationType;
import org.budgetperf.operation.TaskOperations;
import org.budgetperf.support.EngineRest;
import org.budgetperf.support.IntegrationTest;
import org.budgetperf.support.TestTargets;
import org.budgetperf.support.WebappSession;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The unit withdraws its table from the finance review, which the department has approved, while nobody has started
 * that review; once a reviewer claimed it or worked on it the withdrawal is refused; and the withdrawal message sent
 * straight to the engine (engine REST, the Tasklist's engine API) takes nothing back, whoever sends it.
 */
@IntegrationTest
class WithdrawalApiTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    TaskService tasks;
    @Autowired
    TaskOperations operations;
    @Autowired
    TargetQueries targets;

    private long id;
    private Task financeReview;

    @BeforeEach
    void approvedByTheDepartment() {
        id = post("unit-staff", "/api/targets", TestTargets.project(TestTargets.JS_UNIT)).getBody().path("id").asLong();
        assertThat(post("unit-staff", "/api/targets/" + id + "/submit", Map.of("comment", "请审核")).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        Task departmentReview = openTask("departmentReview");
        assertThat(post("dept-reviewer", "/api/tasks/" + departmentReview.getId() + "/complete",
                Map.of("decision", "APPROVE", "comment", "同意")).getStatusCode()).isEqualTo(HttpStatus.OK);
        financeReview = openTask("financeReview");
        assertThat(status()).isEqualTo("FINANCE_REVIEW");
    }

    @Test
    void unitWithdrawsFromTheUnclaimedFinanceReviewAndResubmitsThroughTheDepartment() {
        assertThat(post("unit-staff-2", "/api/targets/" + id + "/withdraw", null).getStatusCode())
                .as("another unit").isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(post("dept-reviewer", "/api/targets/" + id + "/withdraw", null).getStatusCode())
                .as("the department").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post("finance-reviewer", "/api/targets/" + id + "/withdraw", null).getStatusCode())
                .as("finance").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(decisions()).containsExactly("PREPARE:SUBMIT", "DEPARTMENT_REVIEW:APPROVE");
        assertThat(submitted("unit-staff")).contains(id);
        assertThat(submitted("unit-staff-2")).doesNotContain(id);
        assertThat(submitted("dept-reviewer")).as("not the department's own table").doesNotContain(id);

        ResponseEntity<JsonNode> withdrawn = post("unit-staff", "/api/targets/" + id + "/withdraw", null);
        assertThat(withdrawn.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(decisions()).containsExactly("PREPARE:SUBMIT", "DEPARTMENT_REVIEW:APPROVE",
                "FINANCE_REVIEW:WITHDRAW");
        assertThat(status()).isEqualTo("DRAFT");
        assertThat(tasks.createTaskQuery().taskId(financeReview.getId()).count()).isZero();
        assertThat(taskSteps("unit-staff")).contains("PREPARE");
        assertThat(taskSteps("finance-reviewer")).doesNotContain("FINANCE_REVIEW");
        assertThat(submitted("unit-staff")).as("back in drafting").doesNotContain(id);

        assertThat(post("unit-staff", "/api/targets/" + id + "/submit", Map.of("comment", "修改后重新提交"))
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(status()).as("the department reviews the resubmission again").isEqualTo("DEPARTMENT_REVIEW");
        assertThat(taskSteps("dept-reviewer")).contains("DEPARTMENT_REVIEW");
    }

    @Test
    void noWithdrawalOnceFinanceClaimedTheReview() {
        assertThat(EngineRest.call(rest, "finance-reviewer", HttpMethod.POST, "/task/" + financeReview.getId() + "/claim",
                "{\"userId\":\"finance-reviewer\"}").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        ResponseEntity<JsonNode> refused = post("unit-staff", "/api/targets/" + id + "/withdraw", null);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(refused.getBody().path("message").asText())
                .isEqualTo("“财政部门审核”已签收（审核人：陈静），不能撤回，请联系审核人退回");
        assertUnchanged();
    }

    @Test
    void noWithdrawalOnceFinanceCommentedOnTheReview() {
        operations.record(new OperationOnTask(id, 1, financeReview.getProcessInstanceId(), financeReview.getId(),
                financeReview.getName()), TaskOperationType.COMMENT, "finance-reviewer", null, "资金测算依据待补充");

        ResponseEntity<JsonNode> refused = post("unit-staff", "/api/targets/" + id + "/withdraw", null);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(refused.getBody().path("message").asText()).startsWith("“财政部门审核”审核已经开始");
        assertUnchanged();
    }

    @Test
    void theWithdrawalMessageSentStraightToTheEngineTakesNothingBack() {
        String message = "{\"messageName\":\"" + ApprovalVariables.WITHDRAW_MESSAGE + "\",\"processInstanceId\":\""
                + financeReview.getProcessInstanceId() + "\"}";
        String trigger = "/execution/" + financeReview.getExecutionId() + "/messageSubscriptions/"
                + ApprovalVariables.WITHDRAW_MESSAGE + "/trigger";
        for (String user : List.of("unit-staff", "finance-reviewer")) {
            assertThat(EngineRest.call(rest, user, HttpMethod.POST, "/message", message).getStatusCode().is2xxSuccessful())
                    .as(user + " through /engine-rest").isFalse();
            assertThat(WebappSession.login(rest, user, "tasklist").engine(HttpMethod.POST, "/message", message)
                    .getStatusCode().is2xxSuccessful()).as(user + " through the Tasklist").isFalse();
        }
        ResponseEntity<String> byAdmin = EngineRest.call(rest, "admin", HttpMethod.POST, "/message", message);
        assertThat(byAdmin.getStatusCode()).as("even the administrator").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(byAdmin.getBody()).contains("撤回只能由实施单位");
        assertThat(EngineRest.call(rest, "admin", HttpMethod.POST, trigger, "{}").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(WebappSession.login(rest, "admin", "tasklist").engine(HttpMethod.POST, "/message", message)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertUnchanged();

        assertThat(post("unit-staff", "/api/targets/" + id + "/withdraw", null).getStatusCode())
                .as("the unit's own door stays open").isEqualTo(HttpStatus.OK);
        assertThat(status()).isEqualTo("DRAFT");
    }

    private void assertUnchanged() {
        assertThat(status()).isEqualTo("FINANCE_REVIEW");
        assertThat(tasks.createTaskQuery().taskId(financeReview.getId()).count()).isOne();
        assertThat(decisions()).containsExactly("PREPARE:SUBMIT", "DEPARTMENT_REVIEW:APPROVE");
    }

    private Task openTask(String taskKey) {
        return tasks.createTaskQuery().processInstanceBusinessKey(targets.find(id).businessKey())
                .taskDefinitionKey(taskKey).singleResult();
    }

    private String status() {
        return get("unit-staff", "/api/targets/" + id).getBody().path("status").asText();
    }

    private List<String> decisions() {
        return StreamSupport.stream(get("unit-staff", "/api/targets/" + id + "/history").getBody().spliterator(), false)
                .map(d -> d.path("step").asText() + ":" + d.path("decision").asText()).toList();
    }

    /** The ids GET /api/targets?submitted=true lists to the user: their unit's tables under review. */
    private List<Long> submitted(String user) {
        return StreamSupport.stream(get(user, "/api/targets?submitted=true&size=200").getBody().path("content")
                .spliterator(), false).map(row -> row.path("id").asLong()).toList();
    }

    private List<String> taskSteps(String user) {
        return StreamSupport.stream(get(user, "/api/tasks?size=200").getBody().path("content").spliterator(), false)
                .filter(task -> task.path("targetId").asLong() == id).map(task -> task.path("step").asText()).toList();
    }


    private ResponseEntity<JsonNode> get(String user, String path) {
        return rest.withBasicAuth(user, "demo").getForEntity(path, JsonNode.class);
    }

    private ResponseEntity<JsonNode> post(String user, String path, Object body) {
        return rest.withBasicAuth(user, "demo").postForEntity(path, body, JsonNode.class);
    }
}
