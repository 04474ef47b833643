package org.budgetperf.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.List;
import org.budgetperf.approval.ApprovalDecision;
import org.budgetperf.approval.ApprovalStep;
import org.budgetperf.approval.ApprovalHistory;
import org.budgetperf.calculation.SpotCheckSample;
import org.budgetperf.approval.TargetAdjustments;
import org.budgetperf.declaration.PerformanceTarget;
import org.budgetperf.declaration.TargetService;
import org.budgetperf.evaluation.EvaluationService;
import org.budgetperf.evaluation.GradedTable;
import org.budgetperf.notification.Notification;
import org.budgetperf.notification.NotificationService;
import org.budgetperf.notification.NotificationType;
import org.budgetperf.security.CurrentUser;
import org.budgetperf.support.IntegrationTest;
import org.budgetperf.support.TaskActor;
import org.budgetperf.support.TestTargets;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The year-end self-evaluation of bpmn/target-self-evaluation.bpmn, opened by its dated job: scored, returned by
 * the department and resubmitted, drawn or not for finance's spot check (returned once when drawn), published.
 */
@IntegrationTest
class SelfEvaluationProcessTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    IdentityService identity;
    @Autowired
    YearFixtures year;
    @Autowired
    CycleStepRepository steps;
    @Autowired
    ApprovalHistory history;
    @Autowired
    NotificationService notifications;
    @Autowired
    EvaluationService evaluations;
    @Autowired
    SpotCheckSample sample;
    @Autowired
    TargetAdjustments adjustments;
    @Autowired
    TargetService tables;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(engine);
    }

    @Test
    void aSelfEvaluationReturnedByTheDepartmentIsResubmittedScoredAndPublished() {
        PerformanceTarget target = year.published(codeDrawn(false));
        ProcessInstance instance = year.open(target, CyclePhase.SELF_EVALUATION);
        assertThat(instance).isWaitingAt("reportSelfEvaluation");
        assertThat(task(instance)).hasCandidateGroup("org-JS-HSZH-LLHZ");

        year.evaluate(instance, "2次", "95%", "9.8");
        assertThat(instance).hasPassed("scoreEvaluation").isWaitingAt("reviewEvaluation");
        assertThat(task(instance)).hasCandidateGroup("org-JS-HSZH");
        TaskActor.act(identity, instance, "dept-reviewer", "RETURN", "returnReason", "完成值来源请附佐证材料");
        assertThat(instance).isWaitingAt("reportSelfEvaluation");
        year.evaluate(instance, "2次", "95%", "9.8");
        TaskActor.act(identity, instance, "dept-reviewer", "APPROVE");

        assertThat(instance).isEnded().hasPassed("evaluationPublished").hasNotPassed("spotCheckEvaluation");
        assertThat(steps.findByTargetIdAndPhase(target.getId(), CyclePhase.SELF_EVALUATION).orElseThrow().getState())
                .isEqualTo(CycleStepState.DONE);
        var scores = evaluations.get(target.getId(), CurrentUser.system()).scores();
        assertThat(scores.totalScore()).as("产出 50 and 满意度 10 met, budget 9.8 of 10 spent; the table has no 效益 line")
                .isEqualByComparingTo("69.80");
        assertThat(scores.gradeLabel()).isEqualTo("中");
        assertThat(notes(target, NotificationType.EVALUATION)).extracting(Notification::getRecipientGroup)
                .contains("org-JS-CZT");
        assertThat(history.of(target.getId())).extracting(ApprovalDecision::getStep)
                .containsSubsequence(ApprovalStep.EVALUATION_REPORT, ApprovalStep.EVALUATION_REVIEW,
                        ApprovalStep.EVALUATION_REPORT, ApprovalStep.EVALUATION_REVIEW);
    }

    /**
     * While the unit's adjustment raises 组织交流活动 to ≥5次 in a draft, its 2次 is scored against version 1's ≥2次
     * (met, 69.80 as above; against ≥5次 it would lose marks).
     */
    @Test
    void aSelfEvaluationMadeWhileAnAdjustmentIsPendingIsScoredAgainstTheVersionInForce() {
        PerformanceTarget target = year.published(codeDrawn(false));
        ProcessInstance instance = year.open(target, CyclePhase.SELF_EVALUATION);
        adjustments.request(target.getId(), "服务对象增加，活动次数需上调", TestTargets.user("unit-staff"));
        tables.update(target.getId(), TestTargets.withValues(TestTargets.request(target.getCode(), target.getType(),
                TestTargets.JS_DEPARTMENT, TestTargets.JS_UNIT), "组织交流活动", "≥0次", "≥5次"),
                TestTargets.user("unit-staff"));

        year.evaluate(instance, "2次", "95%", "9.8");

        assertThat(instance).isWaitingAt("reviewEvaluation");
        var evaluation = evaluations.get(target.getId(), CurrentUser.system());
        assertThat(evaluation.versionNo()).isEqualTo(1);
        assertThat(evaluation.results()).filteredOn(line -> line.level3().equals("组织交流活动")).singleElement()
                .satisfies(line -> {
                    assertThat(line.targetValue()).isEqualTo("≥2次");
                    assertThat(line.deviation()).isEqualTo("0.00%");
                });
        assertThat(evaluation.scores().totalScore()).isEqualByComparingTo("69.80");
    }

    @Test
    void aDrawnSelfEvaluationIsSpotCheckedReturnedOnceAndAPoorGradeIsListedForNextYear() {
        PerformanceTarget target = year.published(codeDrawn(true));
        ProcessInstance instance = year.open(target, CyclePhase.SELF_EVALUATION);
        year.evaluate(instance, "0次", "30%", "2");
        TaskActor.act(identity, instance, "dept-reviewer", "APPROVE");
        assertThat(instance).isWaitingAt("spotCheckEvaluation");
        assertThat(task(instance)).hasCandidateGroup("org-JS-CZT");
        TaskActor.act(identity, instance, "finance-reviewer", "RETURN", "returnReason", "满意度调查样本不足，请重新自评");
        assertThat(instance).isWaitingAt("reportSelfEvaluation");
        year.evaluate(instance, "0次", "30%", "2");
        TaskActor.act(identity, instance, "dept-reviewer", "APPROVE");
        TaskActor.act(identity, instance, "finance-reviewer", "APPROVE");
        assertThat(instance).isEnded().hasPassed("spotCheckEvaluation", "evaluationPublished");

        assertThat(evaluations.get(target.getId(), CurrentUser.system()).scores().gradeLabel()).isEqualTo("差");
        assertThat(evaluations.poor(2025, TestTargets.user("manager"))).extracting(GradedTable::code)
                .contains(target.getCode());
    }

    @Test
    void aDepartmentsOwnSelfEvaluationIsReviewedByTheFinanceBureauNotByItself() {
        PerformanceTarget target = year.publishedDepartmentsOwn();
        ProcessInstance instance = year.open(target, CyclePhase.SELF_EVALUATION);
        assertThat(task(instance)).hasCandidateGroup("org-JS-HSZH");
        year.evaluateAs("dept-reviewer", instance, "2次", "95%", "9.8");
        assertThat(instance).isWaitingAt("reviewEvaluation");
        assertThat(task(instance)).hasCandidateGroup("org-JS-CZT");
        String review = task(instance).getId();
        identity.setAuthentication("dept-reviewer", TestTargets.GROUPS.get("dept-reviewer"));
        try {
            assertThatThrownBy(() -> engine.getTaskService().complete(review, java.util.Map.of("decision", "APPROVE")))
                    .as("the department may not review its own self-evaluation").isInstanceOf(AuthorizationException.class);
        } finally {
            identity.clearAuthentication();
        }
        TaskActor.act(identity, instance, "finance-reviewer", "APPROVE");
        assertThat(history.of(target.getId())).last().satisfies(decision -> {
            assertThat(decision.getStep()).isEqualTo(ApprovalStep.EVALUATION_REVIEW);
            assertThat(decision.getUserId()).isEqualTo("finance-reviewer");
        });
    }

    @Test
    void anOverdueSelfEvaluationRemindsTheUnitThenEscalates() {
        PerformanceTarget target = year.published();
        ProcessInstance instance = year.open(target, CyclePhase.SELF_EVALUATION);
        assertThat(instance).isWaitingAt("reportSelfEvaluation");
        execute(job("evaluationReminderDue"));
        execute(job("evaluationEscalationDue"));
        assertThat(notes(target, NotificationType.REMINDER)).extracting(Notification::getRecipientGroup)
                .containsExactly("org-JS-HSZH-LLHZ");
        assertThat(notes(target, NotificationType.ESCALATION)).extracting(Notification::getRecipientGroup)
                .containsExactlyInAnyOrder("org-JS-HSZH", "manager");
    }

    /** A table code the finance bureau's reproducible sample draws for its spot check, or does not. */
    private String codeDrawn(boolean drawn) {
        String code;
        do {
            code = TestTargets.uniqueCode();
        } while (sample.includes(code, 2025) != drawn);
        return code;
    }

    private List<Notification> notes(PerformanceTarget target, NotificationType type) {
        return notifications.aboutTarget(target.getId()).stream().filter(note -> note.getType() == type).toList();
    }
}
