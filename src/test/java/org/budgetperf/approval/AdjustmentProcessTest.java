package org.budgetperf.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import org.budgetperf.common.BadRequestException;
import org.budgetperf.common.ConflictException;
import org.budgetperf.common.ForbiddenException;
import org.budgetperf.declaration.PerformanceTarget;
import org.budgetperf.declaration.TargetDetails;
import org.budgetperf.declaration.TargetQueries;
import org.budgetperf.declaration.TargetRequest;
import org.budgetperf.declaration.TargetService;
import org.budgetperf.declaration.TargetStatus;
import org.budgetperf.declaration.TargetVersion;
import org.budgetperf.declaration.TargetVersions;
import org.budgetperf.notification.Notification;
import org.budgetperf.notification.NotificationService;
import org.budgetperf.notification.NotificationType;
import org.budgetperf.security.CurrentUser;
import org.budgetperf.support.IntegrationTest;
import org.budgetperf.support.TaskActor;
import org.budgetperf.support.TestTargets;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Target adjustment through bpmn/target-approval.bpmn: version 2 in a new instance, version 1 in force until then. */
@IntegrationTest
class AdjustmentProcessTest {

    private static final CurrentUser UNIT_STAFF = TestTargets.user("unit-staff");
    private static final String REASON = "服务对象增加，活动次数需上调";

    @Autowired
    ProcessEngine engine;
    @Autowired
    IdentityService identity;
    @Autowired
    TargetService targets;
    @Autowired
    TargetQueries targetQueries;
    @Autowired
    TargetVersions versions;
    @Autowired
    ApprovalService approval;
    @Autowired
    TargetAdjustments adjustments;
    @Autowired
    ApprovalHistory history;
    @Autowired
    NotificationService notifications;

    private PerformanceTarget target;
    private ProcessInstance instance;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(engine);
    }

    @AfterEach
    void forgetUser() {
        identity.clearAuthentication();
    }

    @Test
    void adjustmentIsApprovedAsVersionTwoWhileVersionOneStaysInForceUntilThen() {
        publishVersionOne();
        ProcessInstance first = instance;

        follow(adjustments.request(target.getId(), REASON, UNIT_STAFF));
        assertThat(instance.getId()).isNotEqualTo(first.getId());
        assertThat(first).isEnded();
        assertThat(instance).isWaitingAt("prepare").hasBusinessKey(target.businessKey());
        assertThat(task()).hasCandidateGroup("org-JS-HSZH-LLHZ");
        assertThat(table().getStatus()).isEqualTo(TargetStatus.ADJUSTING);
        assertThat(table().getVersionNo()).isEqualTo(2);
        assertThat(engine.getFormService().getTaskFormVariables(task().getId()).get("decisionRows").toString())
                .contains(REASON);

        targets.update(target.getId(), edited("≥5次"), UNIT_STAFF);
        assertThat(inForceActivityValue()).as("the draft of version 2 is not in force").isEqualTo("≥2次");

        act("unit-staff", "SUBMIT", "comment", "请审核调整");
        assertThat(instance).isWaitingAt("departmentReview");
        act("dept-reviewer", "APPROVE");
        assertThat(instance).isWaitingAt("financeReview");
        assertThat(inForceActivityValue()).as("under review, version 1 is in force").isEqualTo("≥2次");

        act("finance-reviewer", "APPROVE", "reviewConclusion", "EXCELLENT");
        assertThat(instance).isEnded().hasPassedInOrder("approveTarget", "publishTarget", "targetPublished");
        assertThat(table().getStatus()).isEqualTo(TargetStatus.PUBLISHED);
        assertThat(table().getVersionNo()).isEqualTo(2);
        assertThat(inForceActivityValue()).isEqualTo("≥5次");
        assertThat(versions.of(target.getId(), UNIT_STAFF)).extracting(TargetVersion::getVersionNo,
                TargetVersion::getApprovedBy, TargetVersion::getConclusion)
                .containsExactly(tuple(1, "finance-reviewer", "良"), tuple(2, "finance-reviewer", "优"));
        assertThat(activityValue(versions.snapshot(target.getId(), 1, UNIT_STAFF))).isEqualTo("≥2次");

        assertThat(history.of(target.getId())).extracting(ApprovalDecision::getProcessInstanceId,
                        ApprovalDecision::getVersionNo, ApprovalDecision::getUserId, ApprovalDecision::getDecision)
                .containsExactly(
                        tuple(first.getId(), 1, "unit-staff", Decision.SUBMIT),
                        tuple(first.getId(), 1, "dept-reviewer", Decision.APPROVE),
                        tuple(first.getId(), 1, "finance-reviewer", Decision.APPROVE),
                        tuple(instance.getId(), 2, "unit-staff", Decision.ADJUST),
                        tuple(instance.getId(), 2, "unit-staff", Decision.SUBMIT),
                        tuple(instance.getId(), 2, "dept-reviewer", Decision.APPROVE),
                        tuple(instance.getId(), 2, "finance-reviewer", Decision.APPROVE));
        assertThat(history.of(target.getId()).get(3).getRemark()).isEqualTo(REASON);
    }

    @Test
    void refusedAdjustmentLeavesVersionOneInForceAndTheTablePublished() {
        publishVersionOne();
        follow(adjustments.request(target.getId(), REASON, UNIT_STAFF));
        targets.update(target.getId(), edited("≥5次"), UNIT_STAFF);
        act("unit-staff", "SUBMIT");
        act("dept-reviewer", "APPROVE");
        act("finance-reviewer", "REJECT", "reviewConclusion", "POOR", "comment", "调整理由不充分");

        assertThat(instance).isEnded().hasPassed("rejectTarget");
        PerformanceTarget refused = table();
        assertThat(refused.getStatus()).isEqualTo(TargetStatus.PUBLISHED);
        assertThat(refused.getVersionNo()).isEqualTo(1);
        assertThat(activityValue(targetQueries.details(target.getId()))).as("the table shows version 1 again")
                .isEqualTo("≥2次");
        assertThat(inForceActivityValue()).isEqualTo("≥2次");
        assertThat(versions.of(target.getId(), UNIT_STAFF)).extracting(TargetVersion::getVersionNo).containsExactly(1);

        follow(adjustments.request(target.getId(), "再次申请调整活动次数", UNIT_STAFF));
        assertThat(table().getVersionNo()).as("the refused draft took no number").isEqualTo(2);
    }

    @Test
    void firstSubmissionRejectedIsStillNotFunded() {
        submitToFinance();
        act("finance-reviewer", "REJECT", "reviewConclusion", "POOR");
        assertThat(table().getStatus()).isEqualTo(TargetStatus.REJECTED);
        assertThat(versions.inForce(target.getId())).isEmpty();
        assertThatThrownBy(() -> adjustments.request(target.getId(), REASON, UNIT_STAFF))
                .isInstanceOf(ConflictException.class).hasMessageContaining("不予安排");
    }

    @Test
    void withdrawnAdjustmentIsItsDraftAgainAndAReturnedOneIsReturned() {
        publishVersionOne();
        follow(adjustments.request(target.getId(), REASON, UNIT_STAFF));
        act("unit-staff", "SUBMIT");
        approval.withdraw(target.getId(), UNIT_STAFF);
        assertThat(instance).isWaitingAt("prepare");
        assertThat(table().getStatus()).isEqualTo(TargetStatus.ADJUSTING);

        act("unit-staff", "SUBMIT");
        act("dept-reviewer", "RETURN", "returnReason", "调整后的指标值缺少依据");
        assertThat(table().getStatus()).isEqualTo(TargetStatus.RETURNED);
        assertThat(table().getVersionNo()).isEqualTo(2);
        assertThat(inForceActivityValue()).isEqualTo("≥2次");
    }

    @Test
    void financeOrdersAnAdjustmentInItsOwnNameOnly() {
        publishVersionOne();
        assertThatThrownBy(() -> adjustments.orderByFinance(target.getId(), "dept-reviewer", REASON))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> adjustments.orderByFinance(target.getId(), "unit-staff", REASON))
                .isInstanceOf(ForbiddenException.class);
        assertThat(table().getStatus()).isEqualTo(TargetStatus.PUBLISHED);

        instance = adjustments.orderByFinance(target.getId(), "finance-reviewer", "监控发现偏差较大，请调整目标");
        assertThat(instance).isWaitingAt("prepare");
        assertThat(instance).isWaitingAt("prepare");
        assertThat(table().getStatus()).isEqualTo(TargetStatus.ADJUSTING);
        assertThat(history.of(target.getId())).last().satisfies(request -> {
            assertThat(request.getUserId()).isEqualTo("finance-reviewer");
            assertThat(request.getStep()).isEqualTo(ApprovalStep.FINANCE_REVIEW);
            assertThat(request.getDecision()).isEqualTo(Decision.ADJUST);
            assertThat(request.getRemark()).isEqualTo("监控发现偏差较大，请调整目标");
            assertThat(request.getProcessInstanceId()).isEqualTo(instance.getId());
        });
        assertThat(notifications.aboutTarget(target.getId())).extracting(Notification::getType,
                Notification::getRecipientGroup).contains(tuple(NotificationType.ADJUSTMENT, "org-JS-HSZH-LLHZ"));
    }

    @Test
    void noFormDecidesAnAdjustment() {
        publishVersionOne();
        follow(adjustments.request(target.getId(), REASON, UNIT_STAFF));
        assertThatThrownBy(() -> act("unit-staff", "ADJUST"))
                .hasRootCauseInstanceOf(BadRequestException.class);
        assertThat(instance).isWaitingAt("prepare");
    }

    private void submitToFinance() {
        target = targets.create(TestTargets.project(TestTargets.JS_UNIT), CurrentUser.system());
        instance = approval.open(target);
        act("unit-staff", "SUBMIT");
        act("dept-reviewer", "APPROVE");
    }

    private void publishVersionOne() {
        submitToFinance();
        act("finance-reviewer", "APPROVE", "reviewConclusion", "GOOD");
        assertThat(table().getStatus()).isEqualTo(TargetStatus.PUBLISHED);
    }

    private void follow(TaskView prepare) {
        assertThat(prepare.step()).isEqualTo(ApprovalStep.PREPARE);
        instance = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(prepare.processInstanceId()).singleResult();
    }

    private TargetRequest edited(String activityValue) {
        return TestTargets.withValues(TestTargets.request(target.getCode(), target.getType(),
                TestTargets.JS_DEPARTMENT, TestTargets.JS_UNIT), "组织交流活动", "≥0次", activityValue);
    }

    private String inForceActivityValue() {
        return activityValue(versions.inForce(target.getId()).orElseThrow());
    }

    private static String activityValue(TargetDetails details) {
        return details.indicators().stream().filter(i -> i.level3().equals("组织交流活动")).findFirst().orElseThrow()
                .fullYearValue().raw();
    }

    private PerformanceTarget table() {
        return targetQueries.find(target.getId());
    }

    private void act(String user, String decision, Object... more) {
        TaskActor.act(identity, instance, user, decision, more);
    }
}
