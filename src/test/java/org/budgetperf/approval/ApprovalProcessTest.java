package org.budgetperf.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.budgetperf.common.BadRequestException;
import org.budgetperf.common.ConflictException;
import org.budgetperf.common.ForbiddenException;
import org.budgetperf.notification.Notification;
import org.budgetperf.operation.OperationOnTask;
import org.budgetperf.operation.TaskOperationType;
import org.budgetperf.operation.TaskOperations;
import org.budgetperf.notification.NotificationService;
import org.budgetperf.notification.NotificationType;
import org.budgetperf.security.CurrentUser;
import org.budgetperf.support.IntegrationTest;
import org.budgetperf.support.TaskActor;
import org.budgetperf.support.TestTargets;
import org.budgetperf.declaration.PerformanceTarget;
import org.budgetperf.declaration.TargetQueries;
import org.budgetperf.declaration.TargetRequest;
import org.budgetperf.declaration.TargetService;
import org.budgetperf.declaration.TargetStatus;
import org.budgetperf.declaration.TargetVersion;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path of bpmn/target-approval.bpmn, driven the way the Tasklist drives it: task completion with form variables. */
@IntegrationTest
class ApprovalProcessTest {

    private static final CurrentUser UNIT_STAFF = TestTargets.user("unit-staff");

    @Autowired
    ProcessEngine engine;
    @Autowired
    IdentityService identity;
    @Autowired
    TaskService taskService;
    @Autowired
    FormService formService;
    @Autowired
    TargetService targets;
    @Autowired
    TargetQueries targetQueries;
    @Autowired
    ApprovalService approval;
    @Autowired
    ApprovalHistory history;
    @Autowired
    NotificationService notifications;
    @Autowired
    org.budgetperf.declaration.TargetLifecycle lifecycle;
    @Autowired
    org.budgetperf.declaration.TargetVersionRepository versions;
    @Autowired
    TaskOperations operations;
    @Autowired
    ReviewActivity reviewActivity;

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
    void approvedTableIsFrozenAndPublished() {
        open(TestTargets.project(TestTargets.JS_UNIT));
        assertThat(instance).isWaitingAt("prepare");
        assertThat(task()).hasCandidateGroup("org-JS-HSZH-LLHZ");
        assertThat(status()).isEqualTo(TargetStatus.DRAFT);

        act("unit-staff", "SUBMIT");
        assertThat(instance).isWaitingAt("departmentReview");
        assertThat(task()).hasCandidateGroup("org-JS-HSZH");
        assertThat(task().getDueDate().toInstant())
                .isCloseTo(java.time.Instant.now().plus(Duration.ofDays(5)), within(1, ChronoUnit.MINUTES));
        assertThat(status()).isEqualTo(TargetStatus.DEPARTMENT_REVIEW);

        act("dept-reviewer", "APPROVE", "comment", "同意");
        assertThat(instance).isWaitingAt("financeReview");
        assertThat(task()).hasCandidateGroup("org-JS-CZT");
        assertThat(status()).isEqualTo(TargetStatus.FINANCE_REVIEW);

        act("finance-reviewer", "APPROVE", "reviewConclusion", "GOOD", "comment", "予以批复");
        assertThat(instance).isEnded().hasPassedInOrder("approveTarget", "publishTarget", "targetPublished");
        assertThat(status()).isEqualTo(TargetStatus.PUBLISHED);

        List<TargetVersion> frozen = versions.findByTargetIdOrderByVersionNoAsc(target.getId());
        assertThat(frozen).singleElement().satisfies(version -> {
            assertThat(version.getVersionNo()).isEqualTo(1);
            assertThat(version.getApprovedBy()).isEqualTo("finance-reviewer");
            assertThat(version.getConclusion()).isEqualTo("良");
            assertThat(version.getSnapshot()).contains(target.getCode()).contains("组织交流活动").contains("≥2次");
        });
        assertThat(history.of(target.getId())).extracting(ApprovalDecision::getUserId, ApprovalDecision::getStep,
                        ApprovalDecision::getDecision)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("unit-staff", ApprovalStep.PREPARE, Decision.SUBMIT),
                        org.assertj.core.groups.Tuple.tuple("dept-reviewer", ApprovalStep.DEPARTMENT_REVIEW, Decision.APPROVE),
                        org.assertj.core.groups.Tuple.tuple("finance-reviewer", ApprovalStep.FINANCE_REVIEW, Decision.APPROVE));
        assertThatThrownBy(() -> targets.update(target.getId(), TestTargets.request(target.getCode(),
                target.getType(), TestTargets.JS_DEPARTMENT, TestTargets.JS_UNIT), UNIT_STAFF))
                .isInstanceOf(ConflictException.class).hasMessageContaining("不能修改");
    }

    @Test
    void reviewFormShowsTheTableReadOnly() {
        open(TestTargets.project(TestTargets.JS_UNIT));
        act("unit-staff", "SUBMIT", "comment", "请审核");
        TypedValue rows = formService.getTaskFormVariables(task().getId()).getValueTyped("indicatorRows");
        assertThat(rows.getValue().toString()).contains("组织交流活动").contains("≥2次").contains("参与人员满意度");
        TypedValue decisions = formService.getTaskFormVariables(task().getId()).getValueTyped("decisionRows");
        assertThat(decisions.getValue().toString()).contains("王晓").contains("请审核");
        TypedValue summary = formService.getTaskFormVariables(task().getId()).getValueTyped("targetSummary");
        assertThat(summary.getValue().toString()).contains("\"totalBudget\":\"10\\\\.00\"").contains("年度目标");
    }

    @Test
    void editingADraftRefreshesTheOpenForm() {
        open(TestTargets.project(TestTargets.JS_UNIT));
        TargetRequest original = TestTargets.project(TestTargets.JS_UNIT);
        TargetRequest edited = new TargetRequest(target.getCode(), original.budgetYear(), original.type(),
                "改名后的项目", original.departmentCode(), original.unitCode(), original.category(),
                original.projectLevel(), original.startYear(), original.endYear(), original.responsiblePerson(),
                original.contactPhone(), original.rationale(), original.feasibility(), original.content(),
                original.midLongTermGoal(), original.annualGoal(), original.fundUnit(), original.funds(),
                original.expenditures(), null, null, null, null, null, null, null,
                List.of(new TargetRequest.IndicatorLine("产出指标", "数量指标", "新增培训场次", null, null, "≥5场",
                        null, null, null, null, null)));
        targets.update(target.getId(), edited, UNIT_STAFF);
        assertThat(formService.getTaskFormVariables(task().getId()).getValueTyped("indicatorRows").getValue().toString())
                .contains("新增培训场次").doesNotContain("组织交流活动");
        assertThat(formService.getTaskFormVariables(task().getId()).getValueTyped("targetSummary").getValue().toString())
                .contains("改名后的项目");
    }

    @Test
    void theProcessCarriesNoVariablesAndNoStaleDecisionPrefillsTheNextForm() {
        open(TestTargets.project(TestTargets.JS_UNIT));
        assertThat(engine.getRuntimeService().getVariables(instance.getId())).isEmpty();
        act("unit-staff", "SUBMIT", "comment", "请审核");
        act("dept-reviewer", "RETURN", "returnReason", "请补充满意度指标的调查方式");
        assertThat(engine.getRuntimeService().getVariables(instance.getId())).isEmpty();
        assertThat(taskService.getVariables(task().getId())).containsOnlyKeys("returnNotice");
        assertThat(formService.getTaskFormVariables(task().getId())).containsOnlyKeys("targetSummary", "fundRows",
                "indicatorRows", "decisionRows", "returnNotice");
    }

    @Test
    void departmentReturnGoesBackToTheUnitWithItsReason() {
        open(TestTargets.project(TestTargets.JS_UNIT));
        act("unit-staff", "SUBMIT");
        act("dept-reviewer", "RETURN", "returnReason", "指标值缺少单位，请补充");
        assertThat(instance).isWaitingAt("prepare");
        assertThat(status()).isEqualTo(TargetStatus.RETURNED);
        assertThat(notifications.aboutTarget(target.getId())).extracting(Notification::getType,
                        Notification::getRecipientGroup)
                .contains(org.assertj.core.groups.Tuple.tuple(NotificationType.RETURNED, "org-JS-HSZH-LLHZ"));
        assertThat(history.of(target.getId())).last().satisfies(decision -> {
            assertThat(decision.getDecision()).isEqualTo(Decision.RETURN);
            assertThat(decision.getRemark()).isEqualTo("指标值缺少单位，请补充");
        });

        act("unit-staff", "SUBMIT", "comment", "已补充");
        assertThat(instance).isWaitingAt("departmentReview");
    }

    @Test
    void returnWithoutReasonIsRefusedAndTheTaskStays() {
        open(TestTargets.project(TestTargets.JS_UNIT));
        act("unit-staff", "SUBMIT");
        assertThatThrownBy(() -> act("dept-reviewer", "RETURN"))
                .hasRootCauseInstanceOf(BadRequestException.class).hasMessageContaining("退回原因");
        assertThat(instance).isWaitingAt("departmentReview");
        assertThat(history.of(target.getId())).hasSize(1);
    }

    @Test
    void financeReturnToUnitCanComeStraightBackToFinance() {
        open(TestTargets.project(TestTargets.JS_UNIT));
        act("unit-staff", "SUBMIT");
        act("dept-reviewer", "APPROVE");
        act("finance-reviewer", "RETURN", "reviewConclusion", "FAIR", "returnTo", "UNIT",
                "returnReason", "成本指标偏高，请调整", "resubmitToMe", true);
        assertThat(instance).isWaitingAt("prepare");
        assertThat(status()).isEqualTo(TargetStatus.RETURNED);

        act("unit-staff", "SUBMIT");
        assertThat(instance).isWaitingAt("financeReview");
        assertThat(status()).isEqualTo(TargetStatus.FINANCE_REVIEW);

        act("finance-reviewer", "RETURN", "reviewConclusion", "FAIR", "returnReason", "仍需调整，重新走审核");
        act("unit-staff", "SUBMIT");
        assertThat(instance).isWaitingAt("departmentReview");
    }

    @Test
    void financeReturnToDepartmentReopensItsReview() {
        open(TestTargets.project(TestTargets.JS_UNIT));
        act("unit-staff", "SUBMIT");
        act("dept-reviewer", "APPROVE");
        act("finance-reviewer", "RETURN", "reviewConclusion", "FAIR", "returnTo", "DEPARTMENT",
                "returnReason", "主管部门请复核资金安排");
        assertThat(instance).isWaitingAt("departmentReview");
        assertThat(status()).isEqualTo(TargetStatus.DEPARTMENT_REVIEW);
        assertThat(notifications.aboutTarget(target.getId())).extracting(Notification::getRecipientGroup)
                .contains("org-JS-HSZH");
    }

    @Test
    void financeRejectsAPoorTable() {
        open(TestTargets.project(TestTargets.JS_UNIT));
        act("unit-staff", "SUBMIT");
        act("dept-reviewer", "APPROVE");
        assertThatThrownBy(() -> act("finance-reviewer", "APPROVE", "reviewConclusion", "POOR"))
                .hasRootCauseInstanceOf(BadRequestException.class).hasMessageContaining("优");
        act("finance-reviewer", "REJECT", "reviewConclusion", "POOR", "comment", "绩效目标不明确");
        assertThat(instance).isEnded().hasPassed("rejectTarget");
        assertThat(status()).isEqualTo(TargetStatus.REJECTED);
        assertThat(versions.findByTargetIdOrderByVersionNoAsc(target.getId())).isEmpty();
    }

    @Test
    void unitWithdrawsAnUnclaimedSubmission() {
        open(TestTargets.project(TestTargets.JS_UNIT));
        act("unit-staff", "SUBMIT");
        approval.withdraw(target.getId(), UNIT_STAFF);
        assertThat(instance).isWaitingAt("prepare");
        assertThat(status()).isEqualTo(TargetStatus.DRAFT);
        assertThat(history.of(target.getId())).extracting(ApprovalDecision::getDecision)
                .containsExactly(Decision.SUBMIT, Decision.WITHDRAW);

        act("unit-staff", "SUBMIT");
        taskService.claim(task().getId(), "dept-reviewer");
        assertThatThrownBy(() -> approval.withdraw(target.getId(), UNIT_STAFF))
                .isInstanceOf(ConflictException.class).hasMessageContaining("已签收");
        assertThat(instance).isWaitingAt("departmentReview");
    }

    @Test
    void unitWithdrawsFromAnUnclaimedFinanceReviewOfItsResubmission() {
        open(TestTargets.project(TestTargets.JS_UNIT));
        act("unit-staff", "SUBMIT");
        act("dept-reviewer", "APPROVE");
        act("finance-reviewer", "RETURN", "reviewConclusion", "FAIR", "returnReason", "成本指标偏高，请调整",
                "resubmitToMe", true);
        act("unit-staff", "SUBMIT", "comment", "已调整");
        assertThat(instance).isWaitingAt("financeReview");

        approval.withdraw(target.getId(), UNIT_STAFF);
        assertThat(instance).isWaitingAt("prepare");
        assertThat(status()).isEqualTo(TargetStatus.DRAFT);
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).count())
                .as("the finance review's timers end with it").isZero();
        act("unit-staff", "SUBMIT", "comment", "再次提交");
        assertThat(instance).as("finance asked for the resubmission straight back").isWaitingAt("financeReview");
    }

    @Test
    void overdueFinanceReviewRemindsFinanceThenEscalatesToManagers() {
        open(TestTargets.project(TestTargets.JS_UNIT));
        act("unit-staff", "SUBMIT");
        act("dept-reviewer", "APPROVE");

        execute(job("financeReviewReminderDue"));
        assertThat(instance).isWaitingAt("financeReview");
        assertThat(notificationsOf(NotificationType.REMINDER)).containsExactly("org-JS-CZT");
        execute(job("financeReviewEscalationDue"));
        assertThat(task().getPriority()).isEqualTo(EscalateOverdueReview.ESCALATED_PRIORITY);
        assertThat(notificationsOf(NotificationType.ESCALATION)).containsExactly("manager");
        act("finance-reviewer", "APPROVE", "reviewConclusion", "GOOD");
        assertThat(status()).isEqualTo(TargetStatus.PUBLISHED);
    }

    @Test
    void theLifecycleRefusesAMoveTheProcessDoesNotMake() {
        open(TestTargets.project(TestTargets.JS_UNIT));
        assertThatThrownBy(() -> lifecycle.enter(target.getId(), TargetStatus.PUBLISHED))
                .isInstanceOf(ConflictException.class).hasMessageContaining("不能变为“已公开”");
        assertThatThrownBy(() -> lifecycle.approve(target.getId(), "finance-reviewer", "优"))
                .isInstanceOf(ConflictException.class);
        assertThat(status()).isEqualTo(TargetStatus.DRAFT);
        assertThat(versions.findByTargetIdOrderByVersionNoAsc(target.getId())).isEmpty();
    }

    @Test
    void unitWithdrawsFromAnUnclaimedFinanceReviewAfterTheDepartmentApproved() {
        open(TestTargets.project(TestTargets.JS_UNIT));
        act("unit-staff", "SUBMIT");
        act("dept-reviewer", "APPROVE", "comment", "同意");
        assertThat(instance).isWaitingAt("financeReview");

        approval.withdraw(target.getId(), UNIT_STAFF);
        assertThat(instance).isWaitingAt("prepare").hasPassed("financeReviewWithdrawal");
        assertThat(task()).hasCandidateGroup("org-JS-HSZH-LLHZ");
        assertThat(status()).isEqualTo(TargetStatus.DRAFT);
        assertThat(history.of(target.getId())).extracting(ApprovalDecision::getStep, ApprovalDecision::getDecision)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ApprovalStep.PREPARE, Decision.SUBMIT),
                        org.assertj.core.groups.Tuple.tuple(ApprovalStep.DEPARTMENT_REVIEW, Decision.APPROVE),
                        org.assertj.core.groups.Tuple.tuple(ApprovalStep.FINANCE_REVIEW, Decision.WITHDRAW));
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).count())
                .as("the finance review's timers end with it").isZero();

        act("unit-staff", "SUBMIT", "comment", "修改后重新提交");
        assertThat(instance).as("the resubmission goes through the department again").isWaitingAt("departmentReview");
        assertThat(status()).isEqualTo(TargetStatus.DEPARTMENT_REVIEW);
    }

    @Test
    void noWithdrawOnceTheFinanceReviewStarted() {
        open(TestTargets.project(TestTargets.JS_UNIT));
        act("unit-staff", "SUBMIT");
        act("dept-reviewer", "APPROVE");
        Task review = task();
        OperationOnTask onReview = new OperationOnTask(target.getId(), target.getVersionNo(), instance.getId(),
                review.getId(), review.getName());
        operations.record(onReview, TaskOperationType.URGE, "unit-staff", null, "请尽快审核");
        assertThat(reviewActivity.startedOn(review.getId())).as("the unit's own urge starts no review").isFalse();
        operations.record(onReview, TaskOperationType.COMMENT, "finance-reviewer", null, "资金测算依据待补充");

        assertThatThrownBy(() -> approval.withdraw(target.getId(), UNIT_STAFF))
                .isInstanceOf(ConflictException.class).hasMessageContaining("审核已经开始");
        assertThat(instance).isWaitingAt("financeReview");
        assertThat(status()).isEqualTo(TargetStatus.FINANCE_REVIEW);
        assertThat(history.of(target.getId())).extracting(ApprovalDecision::getDecision)
                .containsExactly(Decision.SUBMIT, Decision.APPROVE);
    }

    @Test
    void theWithdrawalMessageAloneTakesNothingBack() {
        open(TestTargets.project(TestTargets.JS_UNIT));
        act("unit-staff", "SUBMIT");
        act("dept-reviewer", "APPROVE");
        assertThatThrownBy(() -> engine.getRuntimeService().createMessageCorrelation(ApprovalVariables.WITHDRAW_MESSAGE)
                .processInstanceId(instance.getId()).correlate())
                .hasRootCauseInstanceOf(ForbiddenException.class)
                .hasMessageContaining("撤回只能由实施单位");
        assertThat(instance).isWaitingAt("financeReview");
        assertThat(status()).isEqualTo(TargetStatus.FINANCE_REVIEW);
    }

    @Test
    void departmentsOwnTableSkipsTheSupervisingReview() {
        open(TestTargets.departmentsOwn());
        assertThat(task()).hasCandidateGroup("org-JS-HSZH");
        act("dept-reviewer", "SUBMIT");
        assertThat(instance).isWaitingAt("financeReview").hasNotPassed("departmentReview");
        assertThatThrownBy(() -> act("finance-reviewer", "RETURN", "reviewConclusion", "FAIR",
                "returnTo", "DEPARTMENT", "returnReason", "请主管部门复核"))
                .hasRootCauseInstanceOf(BadRequestException.class).hasMessageContaining("只能退回实施单位");
        act("finance-reviewer", "APPROVE", "reviewConclusion", "EXCELLENT");
        assertThat(instance).isEnded();
        assertThat(status()).isEqualTo(TargetStatus.PUBLISHED);
    }

    @Test
    void overdueReviewIsRemindedThenEscalated() {
        open(TestTargets.project(TestTargets.JS_UNIT));
        act("unit-staff", "SUBMIT");

        Job reminder = job("departmentReviewReminderDue");
        assertThat(reminder.getDuedate().toInstant())
                .isCloseTo(java.time.Instant.now().plus(Duration.ofDays(5)), within(1, ChronoUnit.MINUTES));
        execute(reminder);
        assertThat(instance).isWaitingAt("departmentReview");
        assertThat(notificationsOf(NotificationType.REMINDER)).containsExactly("org-JS-HSZH");

        Job escalation = job("departmentReviewEscalationDue");
        assertThat(escalation.getDuedate().toInstant())
                .isCloseTo(java.time.Instant.now().plus(Duration.ofDays(8)), within(1, ChronoUnit.MINUTES));
        execute(escalation);
        assertThat(instance).isWaitingAt("departmentReview");
        assertThat(task().getPriority()).isEqualTo(EscalateOverdueReview.ESCALATED_PRIORITY);
        assertThat(notificationsOf(NotificationType.ESCALATION)).containsExactlyInAnyOrder("org-JS-CZT", "manager");

        act("dept-reviewer", "APPROVE");
        execute(job("financeReviewEscalationDue"));
        assertThat(notificationsOf(NotificationType.ESCALATION)).containsExactlyInAnyOrder("org-JS-CZT", "manager",
                "manager");
        assertThat(instance).isWaitingAt("financeReview");
    }

    @Test
    void timersEndWithTheirReview() {
        open(TestTargets.project(TestTargets.JS_UNIT));
        act("unit-staff", "SUBMIT");
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).count())
                .isEqualTo(2);
        act("dept-reviewer", "APPROVE");
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).list())
                .extracting(Job::getJobDefinitionId).hasSize(2);
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .activityId("departmentReviewReminderDue").count()).isZero();
    }

    private void open(TargetRequest request) {
        target = targets.create(request, CurrentUser.system());
        instance = approval.open(target);
        assertThat(instance).isStarted().hasBusinessKey(target.businessKey());
    }

    private void act(String user, String decision, Object... more) {
        TaskActor.act(identity, instance, user, decision, more);
    }

    private TargetStatus status() {
        return targetQueries.find(target.getId()).getStatus();
    }

    private List<String> notificationsOf(NotificationType type) {
        return notifications.aboutTarget(target.getId()).stream().filter(n -> n.getType() == type)
                .map(Notification::getRecipientGroup).toList();
    }
}
