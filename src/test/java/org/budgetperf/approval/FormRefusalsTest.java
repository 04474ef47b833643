package org.budgetperf.approval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.budgetperf.declaration.PerformanceTarget;
import org.budgetperf.declaration.TargetQueries;
import org.budgetperf.declaration.TargetService;
import org.budgetperf.declaration.TargetStatus;
import org.budgetperf.support.EngineRest;
import org.budgetperf.support.IntegrationTest;
import org.budgetperf.support.TestTargets;
import org.budgetperf.support.WebappSession;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A person's mistake on one of our forms, sent as the Tasklist sends it (its engine API's submit-form) and through
 * {@code /engine-rest}: a 400 whose message is exactly our Chinese refusal (no "Cannot submit task form", no
 * ENGINE-code), no ERROR or stack trace in the log, the task still open and nothing recorded.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class FormRefusalsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

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

    private PerformanceTarget target;

    @BeforeEach
    void tableAtFinanceReview() {
        target = targets.create(TestTargets.project(TestTargets.JS_UNIT), TestTargets.user("unit-staff"));
        approval.submit(target.getId(), "请审核", TestTargets.user("unit-staff"));
        approval.complete(openTask("departmentReview"), new DecisionInput("APPROVE", "同意", null, null, null, null),
                TestTargets.user("dept-reviewer"));
    }

    @Test
    void anApprovalWithTheConclusionFairIsAChineseRefusalThroughEveryDoor(CapturedOutput log) throws Exception {
        String task = openTask("financeReview");
        String approveFair = "{\"variables\":{\"decision\":{\"value\":\"APPROVE\",\"type\":\"String\"},"
                + "\"reviewConclusion\":{\"value\":\"FAIR\",\"type\":\"String\"},"
                + "\"comment\":{\"value\":\"\",\"type\":\"String\"},"
                + "\"resubmitToMe\":{\"value\":false,\"type\":\"Boolean\"}}}";
        String expected = "审核结论为“优”或“良”才能通过批复；“中”应退回修改，“差”应不予安排";

        assertRefused(WebappSession.login(rest, "finance-reviewer", "tasklist")
                .engine(HttpMethod.POST, "/task/" + task + "/submit-form", approveFair), expected);
        assertRefused(engineRest("finance-reviewer", "/task/" + task + "/submit-form", approveFair), expected);
        assertRefused(engineRest("finance-reviewer", "/task/" + task + "/complete", approveFair), expected);

        assertThat(tasks.createTaskQuery().taskId(task).count()).as("the task is still open").isEqualTo(1);
        assertThat(history.of(target.getId())).as("nothing recorded").hasSize(2);
        assertThat(targetQueries.find(target.getId()).getStatus()).isEqualTo(TargetStatus.FINANCE_REVIEW);
        assertThat(log.getOut()).as("a person's mistake is no engine error in the log")
                .doesNotContain("ENGINE-03051").doesNotContain("ENGINE-16004").doesNotContain(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "{\"decision\":{\"value\":\"REJECT\"},\"reviewConclusion\":{\"value\":\"GOOD\"}}|不予安排时审核结论应为“差”",
        "{\"decision\":{\"value\":\"RETURN\"},\"reviewConclusion\":{\"value\":\"POOR\"},\"returnReason\":{\"value\":\"指标不够具体\"}}|审核结论为“差”时应选择不予安排",
        "{\"decision\":{\"value\":\"APPROVE\"}}|审核结论不能为空",
        "{\"decision\":{\"value\":\"RETURN\"},\"reviewConclusion\":{\"value\":\"FAIR\"},\"returnReason\":{\"value\":\"太短\"}}|退回时必须填写退回原因（至少5个字）",
        "{\"decision\":{\"value\":\"SUBMIT\"}}|财政部门审核只能选择：APPROVE（通过）、RETURN（退回修改）、REJECT（不予安排）",
        "{\"decision\":{\"value\":7,\"type\":\"Integer\"}}|表单字段“decision”应为文字，收到的是 integer",
    })
    void everyRefusalOfTheFinanceReviewFormIsChinese(String variables, String expected, CapturedOutput log)
            throws Exception {
        String task = openTask("financeReview");
        assertRefused(WebappSession.login(rest, "finance-reviewer", "tasklist")
                .engine(HttpMethod.POST, "/task/" + task + "/submit-form", "{\"variables\":" + variables + "}"),
                expected);
        assertThat(tasks.createTaskQuery().taskId(task).count()).isEqualTo(1);
        assertThat(history.of(target.getId())).hasSize(2);
        assertThat(log.getOut()).doesNotContain("ENGINE-03051").doesNotContain("ENGINE-16004");
    }

    /** The Tasklist's 编制并提交 form and /engine-rest go through the same completeness check as the API's submit. */
    @Test
    void submittingAnIncompleteDraftFromTheTasklistIsRefusedWithItsGaps() throws Exception {
        PerformanceTarget draft = targets.create(TestTargets.withValues(TestTargets.project(TestTargets.JS_UNIT),
                "组织交流活动", "≥0次", null), TestTargets.user("unit-staff"));
        approval.open(draft);
        String prepare = tasks.createTaskQuery().processInstanceBusinessKey(draft.businessKey())
                .taskDefinitionKey("prepare").singleResult().getId();
        String submit = "{\"variables\":{\"decision\":{\"value\":\"SUBMIT\"}}}";
        String gaps = "绩效目标表尚未填写完整，不能提交（共 1 处）：第1条指标（组织交流活动）未填写全年指标值";
        assertRefused(WebappSession.login(rest, "unit-staff", "tasklist").engine(HttpMethod.POST,
                "/task/" + prepare + "/submit-form", submit), gaps);
        assertRefused(engineRest("unit-staff", "/task/" + prepare + "/complete", submit), gaps);
        assertThat(tasks.createTaskQuery().taskId(prepare).count()).as("the task is still open").isEqualTo(1);
        assertThat(history.of(draft.getId())).as("nothing recorded").isEmpty();
        assertThat(targetQueries.find(draft.getId()).getStatus()).isEqualTo(TargetStatus.DRAFT);
    }

    private static void assertRefused(ResponseEntity<String> response, String message) throws Exception {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode body = JSON.readTree(response.getBody());
        assertThat(body.path("message").asText()).isEqualTo(message);
    }

    private ResponseEntity<String> engineRest(String user, String path, String json) {
        return EngineRest.call(rest, user, HttpMethod.POST, path, json);
    }

    private String openTask(String taskKey) {
        return tasks.createTaskQuery().processInstanceBusinessKey(target.businessKey()).taskDefinitionKey(taskKey)
                .singleResult().getId();
    }
}
