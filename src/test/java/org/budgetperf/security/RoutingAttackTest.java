package org.budgetperf.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.budgetperf.approval.ApprovalHistory;
import org.budgetperf.approval.ApprovalService;
import org.budgetperf.declaration.PerformanceTarget;
import org.budgetperf.declaration.TargetQueries;
import org.budgetperf.declaration.TargetService;
import org.budgetperf.declaration.TargetStatus;
import org.budgetperf.support.EngineRest;
import org.budgetperf.support.IntegrationTest;
import org.budgetperf.support.TestTargets;
import org.budgetperf.support.WebappSession;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
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
 * The attacks that once let a unit approve its own table: variables written by a task's candidates, through
 * {@code /engine-rest} and the Tasklist's own engine API. Routing, access and the table a task is about come
 * from the database; a completion carries the form's fields and nothing else; only the step's organization
 * decides; no refusal is a 500 or names another unit's ids.
 */
@IntegrationTest
class RoutingAttackTest {

    private static final String SUBMIT = "\"decision\":{\"value\":\"SUBMIT\",\"type\":\"String\"}";
    private static final String APPROVE = "\"decision\":{\"value\":\"APPROVE\",\"type\":\"String\"}";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    TargetService targets;
    @Autowired
    TargetQueries targetQueries;
    @Autowired
    ApprovalService approval;
    @Autowired
    ApprovalHistory history;
    @Autowired
    TaskService tasks;
    @Autowired
    RuntimeService runtime;

    private PerformanceTarget mine;
    private PerformanceTarget theirs;
    private String myTask;

    @BeforeEach
    void twoUnitsEachWithADraft() {
        mine = targets.create(TestTargets.project(TestTargets.JS_UNIT), TestTargets.user("unit-staff"));
        theirs = targets.create(TestTargets.project(TestTargets.JS_UNIT_2), TestTargets.user("unit-staff-2"));
        myTask = openTask(mine, "prepare").getId();
        openTask(theirs, "prepare");
    }

    @Test
    void candidatesCannotRewriteTheirTaskVariablesThroughAnyDoor() {
        String ownGroup = "{\"value\":\"org-JS-HSZH-LLHZ\",\"type\":\"String\"}";
        assertThat(EngineRest.call(rest, "unit-staff", HttpMethod.PUT, "/task/" + myTask + "/variables/departmentGroup", ownGroup)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(EngineRest.call(rest, "unit-staff", HttpMethod.PUT, "/task/" + myTask + "/localVariables/financeGroup",
                ownGroup).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(EngineRest.call(rest, "unit-staff", HttpMethod.POST, "/task/" + myTask + "/variables",
                "{\"modifications\":{\"financeGroup\":" + ownGroup + "}}").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        WebappSession tasklist = WebappSession.login(rest, "unit-staff", "tasklist");
        assertThat(tasklist.engine(HttpMethod.GET, "/task/" + myTask, null).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(tasklist.engine(HttpMethod.PUT, "/task/" + myTask + "/variables/departmentGroup", ownGroup)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(runtime.getVariables(processOf(mine))).isEmpty();

        assertThat(EngineRest.call(rest, "unit-staff", HttpMethod.POST, "/task/" + myTask + "/complete",
                "{\"variables\":{" + SUBMIT + "}}").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        Task review = openTask(mine, "departmentReview");
        assertThat(candidateGroups(review)).containsExactly("org-JS-HSZH");
        assertThat(EngineRest.call(rest, "unit-staff", HttpMethod.POST, "/task/" + review.getId() + "/complete",
                "{\"variables\":{" + APPROVE + "}}").getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
        assertThat(status(mine)).isEqualTo(TargetStatus.DEPARTMENT_REVIEW);
    }

    @Test
    void aCompletionCarryingRoutingVariablesIsRefusedThroughEngineRestAndTheTasklist() {
        String routing = "{\"variables\":{" + SUBMIT
                + ",\"departmentGroup\":{\"value\":\"org-JS-HSZH-LLHZ\",\"type\":\"String\"}"
                + ",\"financeGroup\":{\"value\":\"org-JS-HSZH-LLHZ\",\"type\":\"String\"}}}";
        ResponseEntity<String> viaRest = EngineRest.call(rest, "unit-staff", HttpMethod.POST, "/task/" + myTask + "/complete",
                routing);
        assertThat(viaRest.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(viaRest.getBody()).contains("不接受").contains("departmentGroup").doesNotContain("ENGINE-");

        ResponseEntity<String> viaTasklist = WebappSession.login(rest, "unit-staff", "tasklist")
                .engine(HttpMethod.POST, "/task/" + myTask + "/submit-form", routing);
        assertThat(viaTasklist.getStatusCode()).as(viaTasklist.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(viaTasklist.getBody()).contains("不接受");

        assertThat(tasks.createTaskQuery().taskId(myTask).count()).isEqualTo(1);
        assertThat(history.of(mine.getId())).isEmpty();
        assertThat(status(mine)).isEqualTo(TargetStatus.DRAFT);
        assertThat(runtime.getVariables(processOf(mine))).isEmpty();
    }

    @Test
    void ownTaskCannotSubmitAnotherUnitsDraft() {
        ResponseEntity<String> response = EngineRest.call(rest, "unit-staff", HttpMethod.POST, "/task/" + myTask + "/complete",
                "{\"variables\":{" + SUBMIT + ",\"targetId\":{\"value\":" + theirs.getId() + ",\"type\":\"Long\"}}}");
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(status(theirs)).isEqualTo(TargetStatus.DRAFT);
        assertThat(history.of(theirs.getId())).isEmpty();
        assertThat(status(mine)).isEqualTo(TargetStatus.DRAFT);

        assertThat(EngineRest.call(rest, "unit-staff", HttpMethod.POST, "/task/" + myTask + "/complete",
                "{\"variables\":{" + SUBMIT + "}}").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(status(mine)).isEqualTo(TargetStatus.DEPARTMENT_REVIEW);
        assertThat(status(theirs)).isEqualTo(TargetStatus.DRAFT);
        assertThat(history.of(mine.getId())).singleElement()
                .satisfies(decision -> assertThat(decision.getUserId()).isEqualTo("unit-staff"));
    }

    @Test
    void aMistypedOrObjectVariableIsRefusedAndTheTaskListKeepsWorking() {
        assertThat(EngineRest.call(rest, "unit-staff", HttpMethod.POST, "/task/" + myTask + "/complete",
                "{\"variables\":{" + SUBMIT + ",\"budgetYear\":{\"value\":\"二〇二五\",\"type\":\"String\"}}}")
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        ResponseEntity<String> file = EngineRest.call(rest, "unit-staff", HttpMethod.POST, "/task/" + myTask + "/complete",
                "{\"variables\":{" + SUBMIT + ",\"comment\":{\"value\":\"\\\"/etc/passwd\\\"\",\"type\":\"Object\","
                        + "\"valueInfo\":{\"objectTypeName\":\"java.io.File\","
                        + "\"serializationDataFormat\":\"application/json\"}}}}");
        assertThat(file.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(file.getBody()).contains("comment");
        ResponseEntity<String> number = EngineRest.call(rest, "unit-staff", HttpMethod.POST, "/task/" + myTask + "/complete",
                "{\"variables\":{\"decision\":{\"value\":7,\"type\":\"Integer\"}}}");
        assertThat(number.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(status(mine)).isEqualTo(TargetStatus.DRAFT);

        approval.submit(mine.getId(), "请审核", TestTargets.user("unit-staff"));
        ResponseEntity<JsonNode> reviews = rest.withBasicAuth("dept-reviewer", "demo")
                .getForEntity("/api/tasks?size=100", JsonNode.class);
        assertThat(reviews.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(reviews.getBody().path("content").findValuesAsText("targetCode")).contains(mine.getCode());
    }

    @Test
    void onlyTheStepsOrganizationDecidesEvenWithTheEnginesAllPermission() {
        approval.submit(mine.getId(), "请审核", TestTargets.user("unit-staff"));
        String review = openTask(mine, "departmentReview").getId();
        ResponseEntity<String> admin = EngineRest.call(rest, "admin", HttpMethod.POST, "/task/" + review + "/complete",
                "{\"variables\":{" + APPROVE + "}}");
        assertThat(admin.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(admin.getBody()).contains("江苏省红十字会").doesNotContain("ENGINE-");
        assertThat(status(mine)).isEqualTo(TargetStatus.DEPARTMENT_REVIEW);
        assertThat(history.of(mine.getId())).hasSize(1);
    }

    @Test
    void aClaimedReviewIsDecidedOnlyByWhoClaimedItThroughEveryDoor() {
        approval.submit(mine.getId(), "请审核", TestTargets.user("unit-staff"));
        String review = openTask(mine, "departmentReview").getId();
        tasks.claim(review, "dept-reviewer");
        ResponseEntity<String> colleague = EngineRest.call(rest, "dept-reviewer-2", HttpMethod.POST, "/task/" + review
                + "/complete", "{\"variables\":{" + APPROVE + "}}");
        assertThat(colleague.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(colleague.getBody()).contains("已由").contains("签收办理");
        assertThat(rest.withBasicAuth("dept-reviewer-2", "demo").postForEntity("/api/tasks/" + review + "/complete",
                Map.of("decision", "APPROVE"), String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(status(mine)).isEqualTo(TargetStatus.DEPARTMENT_REVIEW);
        assertThat(history.of(mine.getId())).hasSize(1);
        assertThat(EngineRest.call(rest, "dept-reviewer", HttpMethod.POST, "/task/" + review + "/complete",
                "{\"variables\":{" + APPROVE + "}}").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    @Test
    void departmentReviewerCannotRouteItsApprovalToItselfAsFinance() {
        approval.submit(mine.getId(), "请审核", TestTargets.user("unit-staff"));
        String review = openTask(mine, "departmentReview").getId();
        String ownGroup = "{\"value\":\"org-JS-HSZH\",\"type\":\"String\"}";
        assertThat(EngineRest.call(rest, "dept-reviewer", HttpMethod.PUT, "/task/" + review + "/variables/financeGroup", ownGroup)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(EngineRest.call(rest, "dept-reviewer", HttpMethod.POST, "/task/" + review + "/complete",
                "{\"variables\":{" + APPROVE + ",\"financeGroup\":" + ownGroup + "}}").getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);

        assertThat(EngineRest.call(rest, "dept-reviewer", HttpMethod.POST, "/task/" + review + "/complete",
                "{\"variables\":{" + APPROVE + "}}").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        Task financeReview = openTask(mine, "financeReview");
        assertThat(candidateGroups(financeReview)).containsExactly("org-JS-CZT");
        assertThat(EngineRest.call(rest, "dept-reviewer", HttpMethod.POST, "/task/" + financeReview.getId() + "/complete",
                "{\"variables\":{" + APPROVE + ",\"reviewConclusion\":{\"value\":\"EXCELLENT\"}}}").getStatusCode())
                .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
        assertThat(status(mine)).isEqualTo(TargetStatus.FINANCE_REVIEW);
    }

    @Test
    void noBpmnErrorEscalationOrMessageEndsOrMovesAWaitingReview() {
        approval.submit(mine.getId(), "请审核", TestTargets.user("unit-staff"));
        String review = openTask(mine, "departmentReview").getId();
        ResponseEntity<String> error = EngineRest.call(rest, "dept-reviewer", HttpMethod.POST, "/task/" + review + "/bpmnError",
                "{\"errorCode\":\"stop\"}");
        assertThat(error.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(error.getBody()).contains("只能通过表单办理");
        assertThat(EngineRest.call(rest, "dept-reviewer", HttpMethod.POST, "/task/" + review + "/bpmnEscalation",
                "{\"escalationCode\":\"up\"}").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(WebappSession.login(rest, "dept-reviewer", "tasklist")
                .engine(HttpMethod.POST, "/task/" + review + "/bpmnError", "{\"errorCode\":\"stop\"}")
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(EngineRest.call(rest, "unit-staff", HttpMethod.POST, "/message",
                "{\"messageName\":\"TargetWithdrawn\",\"businessKey\":\"" + mine.businessKey() + "\"}")
                .getStatusCode().is2xxSuccessful()).isFalse();

        assertThat(tasks.createTaskQuery().taskId(review).count()).isEqualTo(1);
        assertThat(status(mine)).isEqualTo(TargetStatus.DEPARTMENT_REVIEW);
        assertThat(history.of(mine.getId())).hasSize(1);
    }

    @Test
    void aReturnReasonMustBeVisibleAndStorableThroughEveryDoor() {
        approval.submit(mine.getId(), "请审核", TestTargets.user("unit-staff"));
        String review = openTask(mine, "departmentReview").getId();
        String invisible = "\u200b\u200b\u200b\u200b\u200b\u200b\u200b";
        ResponseEntity<String> viaRest = EngineRest.call(rest, "dept-reviewer", HttpMethod.POST, "/task/" + review + "/complete",
                "{\"variables\":{\"decision\":{\"value\":\"RETURN\"},\"returnReason\":{\"value\":\"" + invisible
                        + "\"}}}");
        assertThat(viaRest.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(viaRest.getBody()).contains("退回原因");
        ResponseEntity<String> nul = EngineRest.call(rest, "dept-reviewer", HttpMethod.POST, "/task/" + review + "/complete",
                "{\"variables\":{" + APPROVE + ",\"comment\":{\"value\":\"同意\\u0000\"}}}");
        assertThat(nul.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(nul.getBody()).contains("U+0000");
        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> viaApi = rest.withBasicAuth("dept-reviewer", "demo").exchange("/api/tasks/" + review
                + "/complete", HttpMethod.POST, new HttpEntity<>("{\"decision\":\"RETURN\",\"returnReason\":\""
                + invisible + "\"}", json), String.class);
        assertThat(viaApi.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(viaApi.getBody()).contains("returnReason");
        assertThat(status(mine)).isEqualTo(TargetStatus.DEPARTMENT_REVIEW);
        assertThat(history.of(mine.getId())).hasSize(1);
    }

    @Test
    void engineRefusalsNameNoOtherUnitsIds() {
        String instance = processOf(mine);
        for (String path : List.of("/task/" + myTask + "/variables", "/process-instance/" + instance + "/variables",
                "/task/" + myTask + "/form-variables")) {
            ResponseEntity<String> refused = EngineRest.call(rest, "unit-staff-2", HttpMethod.GET, path, null);
            assertThat(refused.getStatusCode()).as(path).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
            assertThat(refused.getBody()).as(path).doesNotContain(instance).doesNotContain("target-approval")
                    .doesNotContain("ENGINE-");
        }
        ResponseEntity<String> complete = EngineRest.call(rest, "unit-staff-2", HttpMethod.POST, "/task/" + myTask + "/complete",
                "{\"variables\":{" + SUBMIT + "}}");
        assertThat(complete.getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
        assertThat(complete.getBody()).doesNotContain(instance);
        assertThat(status(mine)).isEqualTo(TargetStatus.DRAFT);
    }


    private Task openTask(PerformanceTarget target, String taskKey) {
        if (runtime.createProcessInstanceQuery().processInstanceBusinessKey(target.businessKey()).count() == 0) {
            approval.open(target);
        }
        return tasks.createTaskQuery().processInstanceBusinessKey(target.businessKey()).taskDefinitionKey(taskKey)
                .singleResult();
    }

    private String processOf(PerformanceTarget target) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(target.businessKey()).singleResult()
                .getId();
    }

    private List<String> candidateGroups(Task task) {
        return tasks.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId)
                .filter(group -> group != null).toList();
    }

    private TargetStatus status(PerformanceTarget target) {
        return targetQueries.find(target.getId()).getStatus();
    }
}
