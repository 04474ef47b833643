package org.budgetperf.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.budgetperf.approval.ApprovalService;
import org.budgetperf.approval.DecisionInput;
import org.budgetperf.declaration.PerformanceTarget;
import org.budgetperf.declaration.TargetService;
import org.budgetperf.support.IntegrationTest;
import org.budgetperf.support.TestTargets;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Decisions travel as variables that the tables record; only other processes' variables go into history. */
@IntegrationTest
class TableVariablesOutOfHistoryTest {

    @Autowired
    TargetService targets;
    @Autowired
    ApprovalService approval;
    @Autowired
    TaskService tasks;
    @Autowired
    HistoryService history;
    @Autowired
    RuntimeService runtime;
    @Autowired
    RepositoryService repository;

    @Test
    void aTablesDecisionsLeaveNoVariableHistory() {
        PerformanceTarget target = targets.create(TestTargets.project(TestTargets.JS_UNIT),
                TestTargets.user("unit-staff"));
        approval.submit(target.getId(), "请审核", TestTargets.user("unit-staff"));
        Task review = tasks.createTaskQuery().processInstanceBusinessKey(target.businessKey()).singleResult();
        approval.complete(review.getId(), new DecisionInput("RETURN", null, "请补充指标", null, null, null),
                TestTargets.user("dept-reviewer"));

        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(review.getProcessInstanceId())
                .count()).isZero();
        assertThat(history.createHistoricDetailQuery().processInstanceId(review.getProcessInstanceId()).count())
                .isZero();
        assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(review.getProcessInstanceId())
                .finished().count()).as("the rest of the history is kept").isEqualTo(2);
    }

    @Test
    void anotherProcesssVariablesStayInHistory() {
        repository.createDeployment().addString("keeps-history.bpmn", """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="http://budgetperf.org/test">
                  <bpmn:process id="keeps-history" isExecutable="true" camunda:historyTimeToLive="P1D">
                    <bpmn:startEvent id="start"/>
                    <bpmn:sequenceFlow id="toTask" sourceRef="start" targetRef="task"/>
                    <bpmn:userTask id="task"/>
                  </bpmn:process>
                </bpmn:definitions>
                """).deploy();
        String instance = runtime.startProcessInstanceByKey("keeps-history", Map.of("note", "留痕")).getId();

        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance).variableName("note")
                .count()).isEqualTo(1);
        assertThat(history.createHistoricDetailQuery().processInstanceId(instance).count()).isPositive();
    }
}
