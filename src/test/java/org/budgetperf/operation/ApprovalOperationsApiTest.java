package org.budgetperf.operation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.budgetperf.support.EngineRest;
import org.budgetperf.support.IntegrationTest;
import org.budgetperf.support.TestTargets;
import org.budgetperf.support.WebappSession;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Transfer, delegation, co-signing and copies through {@code /api}, and their refusals through every door. */
@IntegrationTest
class ApprovalOperationsApiTest {

    private static final String APPROVE = "{\"variables\":{\"decision\":{\"value\":\"APPROVE\",\"type\":\"String\"}}}";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    TaskService tasks;

    @Test
    void departmentReviewerTransfersToAColleagueWhoApproves() {
        long id = submitted();
        String review = taskFor("dept-reviewer", id, "DEPARTMENT_REVIEW");
        JsonNode colleagues = get("dept-reviewer", "/api/tasks/" + review + "/colleagues").getBody();
        assertThat(colleagues.findValuesAsText("userId")).containsExactly("dept-reviewer-2");
        assertThat(colleagues.findValuesAsText("name")).containsExactly("赵敏");

        ResponseEntity<JsonNode> transferred = post("dept-reviewer", "/api/tasks/" + review + "/transfer",
                Map.of("userId", "dept-reviewer-2", "reason", "本人出差，请赵敏审核"));
        assertThat(transferred.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(transferred.getBody().path("assignee").asText()).isEqualTo("dept-reviewer-2");
        assertThat(post("dept-reviewer", "/api/tasks/" + review + "/complete", Map.of("decision", "APPROVE"))
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post("dept-reviewer-2", "/api/tasks/" + review + "/complete",
                Map.of("decision", "APPROVE", "comment", "同意")).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(status(id)).isEqualTo("FINANCE_REVIEW");

        JsonNode transfer = operation(id, "TRANSFER");
        assertThat(transfer.path("userName").asText()).isEqualTo("张华");
        assertThat(transfer.path("otherUserName").asText()).isEqualTo("赵敏");
        assertThat(transfer.path("reason").asText()).isEqualTo("本人出差，请赵敏审核");
        assertThat(get("dept-reviewer-2", "/api/notifications?size=100").getBody().path("content")
                .findValuesAsText("message")).anyMatch(m -> m.contains("张华") && m.contains("转办给您"));
    }

    @Test
    void transferIsRefusedOutsideTheStepsStaffWithoutReasonOrTaskThroughEveryDoor() {
        long id = submitted();
        String review = taskFor("dept-reviewer", id, "DEPARTMENT_REVIEW");
        for (String outsider : List.of("unit-staff-2", "finance-reviewer", "nobody")) {
            ResponseEntity<JsonNode> refused = post("dept-reviewer", "/api/tasks/" + review + "/transfer",
                    Map.of("userId", outsider, "reason", "请代为审核"));
            assertThat(refused.getStatusCode()).as(outsider).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(refused.getBody().path("message").asText()).contains("江苏省红十字会");
            assertThat(refused.getBody().path("errors").get(0).path("field").asText()).isEqualTo("userId");
        }
        ResponseEntity<JsonNode> noReason = post("dept-reviewer", "/api/tasks/" + review + "/transfer",
                Map.of("userId", "dept-reviewer-2", "reason", " "));
        assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noReason.getBody().path("errors").get(0).path("field").asText()).isEqualTo("reason");
        assertThat(noReason.getBody().path("message").asText()).contains("转办原因");
        assertThat(post("unit-staff-2", "/api/tasks/" + review + "/transfer",
                Map.of("userId", "unit-staff-2", "reason", "另一单位的任务")).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(post("finance-reviewer", "/api/tasks/" + review + "/transfer",
                Map.of("userId", "finance-reviewer-2", "reason", "另一单位的任务")).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);

        assertThat(post("dept-reviewer", "/api/tasks/" + review + "/complete",
                Map.of("decision", "RETURN", "returnReason", "先签收再说")).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(post("unit-staff", "/api/targets/" + id + "/submit", Map.of()).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        String again = taskFor("dept-reviewer", id, "DEPARTMENT_REVIEW");
        tasks.claim(again, "dept-reviewer");
        ResponseEntity<String> viaRest = EngineRest.call(rest, "dept-reviewer", HttpMethod.POST, "/task/" + again + "/assignee",
                "{\"userId\":\"finance-reviewer\"}");
        assertThat(viaRest.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> viaAdmin = EngineRest.call(rest, "admin", HttpMethod.POST, "/task/" + again + "/assignee",
                "{\"userId\":\"unit-staff-2\"}");
        assertThat(viaAdmin.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(viaAdmin.getBody()).contains("江苏省红十字会").contains("李明");
        assertThat(EngineRest.call(rest, "admin", HttpMethod.POST, "/task/" + again + "/delegate",
                "{\"userId\":\"finance-reviewer\"}").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        WebappSession tasklist = WebappSession.login(rest, "dept-reviewer", "tasklist");
        assertThat(tasklist.engine(HttpMethod.POST, "/task/" + again + "/assignee", "{\"userId\":\"unit-staff\"}")
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(tasklist.engine(HttpMethod.POST, "/task/" + again + "/delegate", "{\"userId\":\"unit-staff\"}")
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(EngineRest.call(rest, "admin", HttpMethod.POST, "/task/" + again + "/identity-links",
                "{\"userId\":\"admin\",\"type\":\"cosigner\"}").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(EngineRest.call(rest, "admin", HttpMethod.POST, "/task/" + again + "/identity-links",
                "{\"userId\":\"admin\",\"type\":\"candidate\"}").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        Task unchanged = tasks.createTaskQuery().taskId(again).singleResult();
        assertThat(unchanged.getAssignee()).isEqualTo("dept-reviewer");
        assertThat(unchanged.getDelegationState()).isNull();
        assertThat(tasks.getIdentityLinksForTask(again)).noneMatch(link -> "admin".equals(link.getUserId()));
        assertThat(timeline(id)).noneMatch(entry -> entry.path("kind").asText().equals("OPERATION"));

        ResponseEntity<String> toColleague = EngineRest.call(rest, "admin", HttpMethod.POST, "/task/" + again + "/assignee",
                "{\"userId\":\"dept-reviewer-2\"}");
        assertThat(toColleague.getStatusCode()).as(toColleague.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        JsonNode recorded = operation(id, "TRANSFER");
        assertThat(recorded.path("user").asText()).isEqualTo("admin");
        assertThat(recorded.path("otherUser").asText()).isEqualTo("dept-reviewer-2");
    }

    @Test
    void aDelegateWorksButOnlyTheOwnerDecidesAfterTheTaskComesBack() {
        long id = submitted();
        String review = taskFor("dept-reviewer", id, "DEPARTMENT_REVIEW");
        assertThat(post("dept-reviewer", "/api/tasks/" + review + "/delegate",
                Map.of("userId", "unit-staff", "reason", "请核实")).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(post("dept-reviewer", "/api/tasks/" + review + "/delegate",
                Map.of("userId", "dept-reviewer-2", "reason", "请先核实资金测算")).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        Task delegated = tasks.createTaskQuery().taskId(review).singleResult();
        assertThat(delegated.getOwner()).isEqualTo("dept-reviewer");
        assertThat(delegated.getAssignee()).isEqualTo("dept-reviewer-2");
        assertThat(delegated.getDelegationState()).isEqualTo(DelegationState.PENDING);

        ResponseEntity<JsonNode> viaApi = post("dept-reviewer-2", "/api/tasks/" + review + "/complete",
                Map.of("decision", "APPROVE"));
        assertThat(viaApi.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(viaApi.getBody().path("message").asText()).contains("委派");
        ResponseEntity<String> viaRest = EngineRest.call(rest, "dept-reviewer-2", HttpMethod.POST, "/task/" + review
                + "/complete", APPROVE);
        assertThat(viaRest.getStatusCode().is2xxSuccessful()).as(viaRest.getBody()).isFalse();
        assertThat(EngineRest.call(rest, "dept-reviewer", HttpMethod.POST, "/task/" + review + "/complete", APPROVE)
                .getStatusCode().is2xxSuccessful()).isFalse();
        assertThat(status(id)).isEqualTo("DEPARTMENT_REVIEW");
        assertThat(post("dept-reviewer", "/api/tasks/" + review + "/resolve", Map.of("comment", "我来交回"))
                .getStatusCode()).isIn(HttpStatus.CONFLICT, HttpStatus.FORBIDDEN);

        assertThat(post("dept-reviewer-2", "/api/tasks/" + review + "/resolve", Map.of("comment", ""))
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(post("dept-reviewer-2", "/api/tasks/" + review + "/resolve",
                Map.of("comment", "资金测算已核实无误")).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(tasks.createTaskQuery().taskId(review).singleResult().getAssignee()).isEqualTo("dept-reviewer");
        assertThat(post("dept-reviewer", "/api/tasks/" + review + "/complete",
                Map.of("decision", "APPROVE", "comment", "同意")).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(status(id)).isEqualTo("FINANCE_REVIEW");
        assertThat(operation(id, "DELEGATE").path("otherUser").asText()).isEqualTo("dept-reviewer-2");
        JsonNode resolve = operation(id, "RESOLVE");
        assertThat(resolve.path("user").asText()).isEqualTo("dept-reviewer-2");
        assertThat(resolve.path("reason").asText()).isEqualTo("资金测算已核实无误");
        assertThat(get("dept-reviewer", "/api/notifications?size=100").getBody().path("content")
                .findValuesAsText("message")).anyMatch(m -> m.contains("交回您办理"));
    }

    @Test
    void theDelegatesTasklistFormHandsTheTaskBackWithoutDecidingIt() {
        long id = submitted();
        String review = taskFor("dept-reviewer", id, "DEPARTMENT_REVIEW");
        assertThat(post("dept-reviewer", "/api/tasks/" + review + "/delegate",
                Map.of("userId", "dept-reviewer-2", "reason", "请先核实资金测算")).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        ResponseEntity<String> form = WebappSession.login(rest, "dept-reviewer-2", "tasklist")
                .engine(HttpMethod.POST, "/task/" + review + "/submit-form", APPROVE);
        assertThat(form.getStatusCode()).as(form.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        Task back = tasks.createTaskQuery().taskId(review).singleResult();
        assertThat(back.getAssignee()).isEqualTo("dept-reviewer");
        assertThat(back.getDelegationState()).isEqualTo(DelegationState.RESOLVED);
        assertThat(status(id)).isEqualTo("DEPARTMENT_REVIEW");
        assertThat(operation(id, "RESOLVE").path("user").asText()).isEqualTo("dept-reviewer-2");
        ResponseEntity<String> noDecision = EngineRest.call(rest, "dept-reviewer", HttpMethod.POST, "/task/" + review
                + "/complete", "{}");
        assertThat(noDecision.getStatusCode()).as("the delegate's fields are not the owner's decision")
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(status(id)).isEqualTo("DEPARTMENT_REVIEW");
    }

    @Test
    void aCosignedFinanceReviewCompletesOnlyAfterBothApprove() {
        long id = atFinanceReview();
        String review = taskFor("finance-reviewer", id, "FINANCE_REVIEW");
        assertThat(post("finance-reviewer", "/api/tasks/" + review + "/cosigners",
                Map.of("userIds", List.of("dept-reviewer"), "reason", "请会签")).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(tasks.createTaskQuery().taskId(review).singleResult().getAssignee())
                .as("a refused co-sign claims nothing").isNull();
        assertThat(post("finance-reviewer", "/api/tasks/" + review + "/cosigners",
                Map.of("userIds", List.of("finance-reviewer-2"), "reason", "金额较大，请会签")).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(tasks.createTaskQuery().taskId(review).singleResult().getAssignee())
                .as("claimed on the way").isEqualTo("finance-reviewer");
        assertThat(cosignTasks("finance-reviewer-2")).contains(review);
        assertThat(cosignTasks("dept-reviewer")).doesNotContain(review);
        assertThat(post("dept-reviewer", "/api/tasks/" + review + "/cosign", Map.of("decision", "APPROVE"))
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        Map<String, String> approve = Map.of("decision", "APPROVE", "reviewConclusion", "GOOD", "comment", "予以批复");
        ResponseEntity<JsonNode> early = post("finance-reviewer", "/api/tasks/" + review + "/complete", approve);
        assertThat(early.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(early.getBody().path("message").asText()).contains("孙丽").contains("会签");
        ResponseEntity<String> earlyRest = EngineRest.call(rest, "finance-reviewer", HttpMethod.POST, "/task/" + review
                + "/complete", "{\"variables\":{\"decision\":{\"value\":\"APPROVE\"},"
                + "\"reviewConclusion\":{\"value\":\"GOOD\"}}}");
        assertThat(earlyRest.getStatusCode().is2xxSuccessful()).as(earlyRest.getBody()).isFalse();
        assertThat(earlyRest.getBody()).contains("孙丽");
        assertThat(status(id)).isEqualTo("FINANCE_REVIEW");

        assertThat(post("finance-reviewer-2", "/api/tasks/" + review + "/cosign",
                Map.of("decision", "APPROVE", "comment", "同意")).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(cosignTasks("finance-reviewer-2")).doesNotContain(review);
        assertThat(post("finance-reviewer", "/api/tasks/" + review + "/complete", approve).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(status(id)).isEqualTo("PUBLISHED");
        assertThat(operation(id, "COSIGN").path("otherUserName").asText()).isEqualTo("孙丽");
        assertThat(operation(id, "COSIGN_APPROVE").path("user").asText()).isEqualTo("finance-reviewer-2");
    }

    @Test
    void aCosignersReturnReturnsTheTableToTheUnit() {
        long id = submitted();
        String review = taskFor("dept-reviewer", id, "DEPARTMENT_REVIEW");
        tasks.claim(review, "dept-reviewer");
        assertThat(post("dept-reviewer", "/api/tasks/" + review + "/cosigners",
                Map.of("userIds", List.of("dept-reviewer-2"), "reason", "请一并把关")).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(post("dept-reviewer-2", "/api/tasks/" + review + "/cosign", Map.of("decision", "RETURN"))
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(post("dept-reviewer-2", "/api/tasks/" + review + "/cosign",
                Map.of("decision", "RETURN", "comment", "绩效指标不够细化，请修改")).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(status(id)).isEqualTo("RETURNED");
        JsonNode history = get("unit-staff", "/api/targets/" + id + "/history").getBody();
        JsonNode last = history.get(history.size() - 1);
        assertThat(last.path("user").asText()).isEqualTo("dept-reviewer-2");
        assertThat(last.path("decision").asText()).isEqualTo("RETURN");
        assertThat(last.path("comment").asText()).isEqualTo("绩效指标不够细化，请修改");
        assertThat(operation(id, "COSIGN_RETURN").path("reason").asText()).isEqualTo("绩效指标不够细化，请修改");

        assertThat(post("unit-staff", "/api/targets/" + id + "/submit", Map.of()).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        String again = taskFor("dept-reviewer", id, "DEPARTMENT_REVIEW");
        assertThat(cosignTasks("dept-reviewer-2")).doesNotContain(again);
        tasks.claim(again, "dept-reviewer");
        assertThat(post("dept-reviewer", "/api/tasks/" + again + "/cosigners",
                Map.of("userIds", List.of("dept-reviewer-2"), "reason", "新一轮会签")).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(cosignTasks("dept-reviewer-2")).contains(again);
    }

    @Test
    void aCopyLetsItsRecipientReadTheTable() {
        long id = submitted();
        assertThat(get("unit-staff-2", "/api/targets/" + id).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        ResponseEntity<JsonNode> unknown = post("unit-staff", "/api/targets/" + id + "/copies",
                Map.of("userIds", List.of("nobody")));
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unknown.getBody().path("errors").get(0).path("field").asText()).isEqualTo("userIds");
        assertThat(post("unit-staff-2", "/api/targets/" + id + "/copies", Map.of("userIds", List.of("manager")))
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get("unit-staff-2", "/api/targets/" + id).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        assertThat(post("unit-staff", "/api/targets/" + id + "/copies",
                Map.of("userIds", List.of("unit-staff-2"), "reason", "供参考")).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(get("unit-staff-2", "/api/targets/" + id).getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode copies = get("unit-staff-2", "/api/copies").getBody().path("content");
        assertThat(copies.findValuesAsText("targetId")).contains(String.valueOf(id));
        assertThat(copies.findValuesAsText("copiedByName")).contains("王晓");
        assertThat(operation(id, "COPY").path("otherUser").asText()).isEqualTo("unit-staff-2");
        assertThat(get("unit-staff-2", "/api/notifications?size=100").getBody().path("content")
                .findValuesAsText("message")).anyMatch(m -> m.contains("抄送给您"));
        assertThat(post("manager", "/api/targets/" + id + "/copies",
                Map.of("userIds", List.of("finance-reviewer-2"))).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(get("unit-staff-2", "/api/tasks?size=200").getBody().path("content").findValuesAsText("targetId"))
                .as("a copy makes no task").doesNotContain(String.valueOf(id));
    }

    private long submitted() {
        long id = post("unit-staff", "/api/targets", TestTargets.project(TestTargets.JS_UNIT)).getBody().path("id")
                .asLong();
        assertThat(post("unit-staff", "/api/targets/" + id + "/submit", Map.of()).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        return id;
    }

    private long atFinanceReview() {
        long id = submitted();
        assertThat(post("dept-reviewer", "/api/tasks/" + taskFor("dept-reviewer", id, "DEPARTMENT_REVIEW")
                + "/complete", Map.of("decision", "APPROVE")).getStatusCode()).isEqualTo(HttpStatus.OK);
        return id;
    }

    private String status(long id) {
        return get("manager", "/api/targets/" + id).getBody().path("status").asText();
    }

    private List<JsonNode> timeline(long id) {
        List<JsonNode> entries = new ArrayList<>();
        get("manager", "/api/targets/" + id + "/timeline").getBody().forEach(entries::add);
        return entries;
    }

    private JsonNode operation(long id, String action) {
        return timeline(id).stream().filter(entry -> entry.path("action").asText().equals(action)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + action + " in the timeline of " + id));
    }

    private List<String> cosignTasks(String user) {
        List<String> ids = new ArrayList<>();
        get(user, "/api/tasks?size=200").getBody().path("content").forEach(task -> {
            if (task.path("cosign").asBoolean()) {
                ids.add(task.path("id").asText());
            }
        });
        return ids;
    }

    private String taskFor(String user, long targetId, String step) {
        for (JsonNode task : get(user, "/api/tasks?size=200").getBody().path("content")) {
            if (task.path("targetId").asLong() == targetId && task.path("step").asText().equals(step)) {
                return task.path("id").asText();
            }
        }
        throw new AssertionError(user + " has no " + step + " task for target " + targetId);
    }


    private ResponseEntity<JsonNode> get(String user, String path) {
        return rest.withBasicAuth(user, "demo").getForEntity(path, JsonNode.class);
    }

    private ResponseEntity<JsonNode> post(String user, String path, Object body) {
        return rest.withBasicAuth(user, "demo").postForEntity(path, body, JsonNode.class);
    }
}
