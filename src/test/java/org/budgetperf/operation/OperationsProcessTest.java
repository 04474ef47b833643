package org.budgetperf.operation;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.List;
import org.budgetperf.approval.ApprovalService;
import org.budgetperf.declaration.PerformanceTarget;
import org.budgetperf.declaration.TargetService;
import org.budgetperf.support.IntegrationTest;
import org.budgetperf.support.TaskActor;
import org.budgetperf.support.TestTargets;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The operations on the approval process itself: where the process waits and who holds the task. */
@IntegrationTest
class OperationsProcessTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    IdentityService identity;
    @Autowired
    TaskService tasks;
    @Autowired
    TargetService targets;
    @Autowired
    ApprovalService approval;
    @Autowired
    HandOver handOver;
    @Autowired
    Cosigning cosigning;

    private ProcessInstance instance;
    private String review;

    @BeforeEach
    void aTableInDepartmentReview() {
        BpmnAwareTests.init(engine);
        PerformanceTarget target = targets.create(TestTargets.project(TestTargets.JS_UNIT),
                TestTargets.user("unit-staff"));
        instance = approval.open(target);
        approval.submit(target.getId(), "请审核", TestTargets.user("unit-staff"));
        assertThat(instance).isWaitingAt("departmentReview");
        review = task(instance).getId();
    }

    @Test
    void theHolderApprovesOnlyAfterTheCosigner() {
        tasks.claim(review, "dept-reviewer");
        cosigning.add(review, List.of("dept-reviewer-2"), "请一并把关", TestTargets.user("dept-reviewer"));
        assertThatThrownBy(() -> TaskActor.act(identity, instance, "dept-reviewer", "APPROVE"))
                .hasMessageContaining("赵敏");
        assertThat(instance).isWaitingAt("departmentReview");
        assertThat(task(instance)).isAssignedTo("dept-reviewer");

        cosigning.vote(review, "APPROVE", null, TestTargets.user("dept-reviewer-2"));
        TaskActor.act(identity, instance, "dept-reviewer", "APPROVE");
        assertThat(instance).isWaitingAt("financeReview");
    }

    @Test
    void aTransferredTaskIsTheColleaguesAndADelegatedOneGoesBackToItsOwner() {
        handOver.transfer(review, "dept-reviewer-2", "本人出差", TestTargets.user("dept-reviewer"));
        assertThat(task(instance)).isAssignedTo("dept-reviewer-2");

        handOver.delegate(review, "dept-reviewer", "请核实资金", TestTargets.user("dept-reviewer-2"));
        assertThat(task(instance)).isAssignedTo("dept-reviewer");
        assertThatThrownBy(() -> TaskActor.act(identity, instance, "dept-reviewer", "APPROVE"))
                .hasMessageContaining("委派");
        handOver.resolve(review, "已核实", TestTargets.user("dept-reviewer"));
        assertThat(task(instance)).isAssignedTo("dept-reviewer-2");
        TaskActor.act(identity, instance, "dept-reviewer-2", "APPROVE");
        assertThat(instance).isWaitingAt("financeReview");
    }
}
