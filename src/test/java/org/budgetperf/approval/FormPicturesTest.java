package org.budgetperf.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.budgetperf.declaration.PerformanceTarget;
import org.budgetperf.declaration.TargetService;
import org.budgetperf.support.BasicAuthApi;
import org.budgetperf.support.IntegrationTest;
import org.budgetperf.support.TestTargets;
import org.budgetperf.support.WebappSession;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/** The approval forms read the table when they are opened, through every door, and store no copy of it. */
@IntegrationTest
class FormPicturesTest {

    private static final List<String> PICTURE = List.of("targetSummary", "fundRows", "indicatorRows", "decisionRows");

    @Autowired
    TargetService targets;
    @Autowired
    ApprovalService approval;
    @Autowired
    TaskService tasks;
    @Autowired
    FormService forms;
    @Autowired
    HistoryService history;
    @Autowired
    RepositoryService repository;
    @Autowired
    TestRestTemplate rest;
    @LocalServerPort
    int port;

    @Test
    void theReviewFormShowsTheTableWithoutAVariableOrItsHistory() {
        Task review = submittedReview();

        assertThat(forms.getTaskFormVariables(review.getId()).keySet()).containsAll(PICTURE);
        assertThat(forms.getTaskFormVariables(review.getId()).getValue("targetSummary", Object.class).toString())
                .contains("\"unitName\":\"江苏省红十字会联络与合作中心\"").contains("\"statusLabel\":\"主管部门审核中\"");
        assertThat(tasks.getVariablesLocal(review.getId()).keySet()).as("nothing stored on the task")
                .doesNotContainAnyElementsOf(PICTURE);
        assertThat(tasks.getVariables(review.getId()).keySet()).as("nor on its process")
                .doesNotContainAnyElementsOf(PICTURE);
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(review.getProcessInstanceId())
                .variableNameIn(PICTURE.toArray(String[]::new)).count()).as("nor in the variables' history").isZero();
        assertThat(history.createHistoricDetailQuery().processInstanceId(review.getProcessInstanceId())
                .variableUpdates().list()).as("nor in the detail history")
                .map(detail -> ((HistoricVariableUpdate) detail).getVariableName())
                .doesNotContainAnyElementsOf(PICTURE);
    }

    @Test
    void theEngineDoorsAnswerThePictureToTheReviewerAndNobodyElse() {
        Task review = submittedReview();
        BasicAuthApi api = new BasicAuthApi("http://localhost:" + port);
        String path = "/engine-rest/task/" + review.getId() + "/form-variables?deserializeValues=false";

        BasicAuthApi.Answer reviewer = api.get("dept-reviewer", path);
        assertThat(reviewer.status()).as(reviewer.body().toString()).isEqualTo(200);
        JsonNode summary = reviewer.body().path("targetSummary");
        assertThat(summary.path("type").asText()).isEqualTo("Json");
        assertThat(summary.path("value").asText()).contains("\"unitName\"");

        BasicAuthApi.Answer otherUnit = api.get("unit-staff-2", path);
        assertThat(otherUnit.status()).as("another unit's staff reads no other table").isIn(403, 404);
        assertThat(otherUnit.body().toString()).doesNotContain("unitName");

        String tasklistPath = "/task/" + review.getId() + "/form-variables?deserializeValues=false";
        ResponseEntity<String> inTasklist = WebappSession.login(rest, "dept-reviewer", "tasklist")
                .engine(HttpMethod.GET, tasklistPath, null);
        assertThat(inTasklist.getStatusCode().value()).as(inTasklist.getBody()).isEqualTo(200);
        assertThat(inTasklist.getBody()).contains("\"targetSummary\"").contains("unitName");
        ResponseEntity<String> otherInTasklist = WebappSession.login(rest, "unit-staff-2", "tasklist")
                .engine(HttpMethod.GET, tasklistPath, null);
        assertThat(otherInTasklist.getStatusCode().value()).as("the Tasklist's door too").isIn(403, 404);
        assertThat(otherInTasklist.getBody()).doesNotContain("unitName");
    }

    @Test
    void aModelNamingNoPictureIsNotDeployed() {
        String model = """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="http://budgetperf.org/test">
                  <bpmn:process id="picture-missing" isExecutable="true" camunda:historyTimeToLive="P1D">
                    <bpmn:startEvent id="start"/>
                    <bpmn:sequenceFlow id="toTask" sourceRef="start" targetRef="task"/>
                    <bpmn:userTask id="task">
                      <bpmn:extensionElements>
                        <camunda:properties><camunda:property name="formPicture" value="noSuchPicture"/></camunda:properties>
                      </bpmn:extensionElements>
                    </bpmn:userTask>
                  </bpmn:process>
                </bpmn:definitions>
                """;
        assertThatThrownBy(() -> repository.createDeployment().addString("picture-missing.bpmn", model).deploy())
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("noSuchPicture");
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("picture-missing").count()).isZero();
    }

    private Task submittedReview() {
        PerformanceTarget target = targets.create(TestTargets.project(TestTargets.JS_UNIT),
                TestTargets.user("unit-staff"));
        approval.submit(target.getId(), "请审核", TestTargets.user("unit-staff"));
        return tasks.createTaskQuery().processInstanceBusinessKey(target.businessKey())
                .taskDefinitionKey("departmentReview").singleResult();
    }
}
