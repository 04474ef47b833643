package org.budgetperf.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.budgetperf.approval.ApprovalService;
import org.budgetperf.declaration.PerformanceTarget;
import org.budgetperf.declaration.TargetService;
import org.budgetperf.support.BasicAuthApi;
import org.budgetperf.support.IntegrationTest;
import org.budgetperf.support.TestTargets;
import org.budgetperf.support.WebappSession;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The shared filters list no variables for the cards: the task names say what each task is. The managers' filter
 * 「全部待办（只读）」 shows them every open task of the tables' processes through the Tasklist's own engine API, where
 * (as through /engine-rest) they can neither claim nor complete one; the preparers and reviewers do not get that
 * filter.
 */
@IntegrationTest
class TasklistFiltersTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    TasklistFilters tasklistFilters;
    @Autowired
    FilterService filters;
    @Autowired
    TargetService targets;
    @Autowired
    ApprovalService approval;
    @Autowired
    TaskService tasks;
    @Autowired
    TestRestTemplate rest;
    @LocalServerPort
    int port;

    @Test
    void aFilterOfAnEarlierVersionLosesTheVariablesNobodyCouldRead() {
        Filter mine = filters.createFilterQuery().filterName("我的待办（本单位）").singleResult();
        assertThat(mine.getProperties()).doesNotContainKey("variables").containsEntry("priority", -10);
        Map<String, Object> earlier = new HashMap<>(mine.getProperties());
        earlier.put("variables", List.of(Map.of("name", "targetName", "label", "绩效目标表")));
        filters.saveFilter(mine.setProperties(earlier));

        tasklistFilters.ensure();

        assertThat(filters.getFilter(mine.getId()).getProperties()).doesNotContainKey("variables")
                .containsEntry("priority", -10).containsEntry("description", "本单位（所在组）可办理的任务，含已签收的");
    }

    @Test
    void managersListEveryOpenTaskInTheirFilterButCanClaimAndCompleteNone() throws Exception {
        PerformanceTarget first = submitted(TestTargets.JS_UNIT, "unit-staff");
        PerformanceTarget second = submitted(TestTargets.JS_UNIT_2, "unit-staff-2");
        Task review = openTask(first);
        WebappSession manager = WebappSession.login(rest, "manager", "tasklist");
        assertThat(manager.loginStatus()).isEqualTo(HttpStatus.OK);

        String filterId = filterIdSeenBy(manager, TasklistFilters.ALL_OPEN_TASKS);
        assertThat(filterId).as("the managers see their filter").isNotNull();
        JsonNode listed = JSON.readTree(manager.engine(HttpMethod.POST, "/filter/" + filterId + "/list?maxResults=1000",
                "{}").getBody());
        List<String> ids = StreamSupport.stream(listed.spliterator(), false).map(t -> t.path("id").asText()).toList();
        assertThat(ids).contains(review.getId(), openTask(second).getId());
        assertThat((long) ids.size()).as("every open task of the tables' processes, and nothing else")
                .isEqualTo(tasks.createTaskQuery().processDefinitionKeyIn("target-approval", "target-monitoring",
                        "target-self-evaluation").count());

        ResponseEntity<String> claim = manager.engine(HttpMethod.POST, "/task/" + review.getId() + "/claim",
                "{\"userId\":\"manager\"}");
        assertThat(claim.getStatusCode()).as(claim.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> complete = manager.engine(HttpMethod.POST, "/task/" + review.getId() + "/complete",
                "{\"variables\":{}}");
        assertThat(complete.getStatusCode()).as(complete.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> submit = manager.engine(HttpMethod.POST, "/task/" + review.getId() + "/submit-form",
                "{\"variables\":{}}");
        assertThat(submit.getStatusCode()).as(submit.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
        BasicAuthApi engineRest = new BasicAuthApi("http://localhost:" + port);
        assertThat(engineRest.post("manager", "/engine-rest/task/" + review.getId() + "/claim",
                Map.of("userId", "manager")).status()).as("the same through /engine-rest").isEqualTo(403);
        assertThat(engineRest.post("manager", "/engine-rest/task/" + review.getId() + "/complete",
                Map.of("variables", Map.of())).status()).isEqualTo(403);
        Task after = tasks.createTaskQuery().taskId(review.getId()).singleResult();
        assertThat(after).as("still open").isNotNull();
        assertThat(after.getAssignee()).as("nobody claimed it").isNull();
    }

    @Test
    void preparersAndReviewersDoNotGetTheManagersFilter() {
        for (String user : List.of("unit-staff", "dept-reviewer", "finance-reviewer")) {
            WebappSession session = WebappSession.login(rest, user, "tasklist");
            assertThat(filterIdSeenBy(session, "我的待办（本单位）")).as(user + " sees the shared filters").isNotNull();
            assertThat(filterIdSeenBy(session, TasklistFilters.ALL_OPEN_TASKS)).as(user).isNull();
        }
    }

    private PerformanceTarget submitted(String unit, String preparer) {
        PerformanceTarget target = targets.create(TestTargets.project(unit), TestTargets.user(preparer));
        approval.submit(target.getId(), "请审核", TestTargets.user(preparer));
        return target;
    }

    private Task openTask(PerformanceTarget target) {
        return tasks.createTaskQuery().processInstanceBusinessKey(target.businessKey()).singleResult();
    }

    private static String filterIdSeenBy(WebappSession session, String name) {
        try {
            JsonNode list = JSON.readTree(session.engine(HttpMethod.GET, "/filter?resourceType=Task", null).getBody());
            return StreamSupport.stream(list.spliterator(), false).filter(f -> f.path("name").asText().equals(name))
                    .map(f -> f.path("id").asText()).findFirst().orElse(null);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
