package org.budgetperf.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.budgetperf.approval.ApprovalDecision;
import org.budgetperf.approval.ApprovalHistory;
import org.budgetperf.approval.ApprovalStep;
import org.budgetperf.approval.Decision;
import org.budgetperf.approval.TargetAdjustments;
import org.budgetperf.declaration.PerformanceTarget;
import org.budgetperf.declaration.TargetQueries;
import org.budgetperf.declaration.TargetService;
import org.budgetperf.declaration.TargetStatus;
import org.budgetperf.declaration.TargetVersions;
import org.budgetperf.calculation.Light;
import org.budgetperf.common.BadRequestException;
import org.budgetperf.common.ForbiddenException;
import org.budgetperf.monitoring.JudgementRequest;
import org.budgetperf.monitoring.MonitoringService;
import org.budgetperf.monitoring.MonitoringView;
import org.budgetperf.notification.Notification;
import org.budgetperf.security.CurrentUser;
import org.budgetperf.support.TestTargets;
import org.budgetperf.notification.NotificationService;
import org.budgetperf.notification.NotificationType;
import org.budgetperf.support.IntegrationTest;
import org.budgetperf.support.TaskActor;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The half-year monitoring of bpmn/target-monitoring.bpmn, opened by its dated job after publication: each light
 * and each of finance's decisions after a red one, overdue reports, and a model redeployed while tables wait.
 */
@IntegrationTest
class MonitoringProcessTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    IdentityService identity;
    @Autowired
    YearFixtures year;
    @Autowired
    CycleStepRepository steps;
    @Autowired
    TargetQueries targets;
    @Autowired
    TargetVersions versions;
    @Autowired
    ApprovalHistory history;
    @Autowired
    NotificationService notifications;
    @Autowired
    MonitoringService monitoring;
    @Autowired
    TargetAdjustments adjustments;
    @Autowired
    TargetService tables;

    private PerformanceTarget target;

    @BeforeEach
    void publishedTable() {
        BpmnAwareTests.init(engine);
        target = year.published();
    }

    @Test
    void publicationLaysOutTheYearAndAPastDateOpensTheMonitoringAtOnce() {
        CycleStep monitoring = step(CyclePhase.MONITORING);
        assertThat(monitoring.getOpensAt()).isEqualTo(shanghai(2025, 7, 1, 0, 0, 0));
        assertThat(monitoring.getDueAt()).isEqualTo(shanghai(2025, 7, 31, 23, 59, 59));
        assertThat(step(CyclePhase.SELF_EVALUATION).getOpensAt()).isEqualTo(shanghai(2026, 1, 10, 0, 0, 0));
        assertThat(step(CyclePhase.SELF_EVALUATION).getDueAt()).isEqualTo(shanghai(2026, 3, 31, 23, 59, 59));
        assertThat(year.jobOf(monitoring).getDuedate().toInstant()).isEqualTo(monitoring.getOpensAt());

        ProcessInstance instance = year.open(target, CyclePhase.MONITORING);
        assertThat(instance).isWaitingAt("reportMonitoring");
        assertThat(task(instance)).hasCandidateGroup("org-JS-HSZH-LLHZ");
        assertThat(step(CyclePhase.MONITORING).getState()).isEqualTo(CycleStepState.OPEN);
        assertThat(task(instance).getDueDate().toInstant()).as("opened after its due date: as long as July lasts")
                .isCloseTo(Instant.now().plus(Duration.between(monitoring.getOpensAt(), monitoring.getDueAt())),
                        within());
        assertThat(engine.getRuntimeService().getVariables(instance.getId())).isEmpty();
    }

    @Test
    void aGreenReportEndsTheMonitoring() {
        ProcessInstance instance = year.open(target, CyclePhase.MONITORING);
        year.report(instance, "≥90%", "4.5");
        assertThat(instance).isEnded().hasPassed("computeDeviation", "monitoringNormal");
        assertThat(step(CyclePhase.MONITORING).getState()).isEqualTo(CycleStepState.DONE);
        assertThat(history.of(target.getId())).last().satisfies(decision -> {
            assertThat(decision.getStep()).isEqualTo(ApprovalStep.MONITORING_REPORT);
            assertThat(decision.getUserId()).isEqualTo("unit-staff");
        });
        assertThat(notes(NotificationType.WARNING)).singleElement().satisfies(note ->
                assertThat(note.getMessage()).contains("绿灯"));
    }

    @Test
    void aYellowReportTellsTheDepartmentWithoutATask() {
        ProcessInstance instance = year.open(target, CyclePhase.MONITORING);
        year.report(instance, "63%", "4.5");
        assertThat(instance).isEnded().hasPassed("notifyDepartment");
        assertThat(notes(NotificationType.WARNING)).extracting(Notification::getRecipientGroup)
                .contains("org-JS-HSZH");
    }

    @Test
    void aBlueReportAsksTheUnitWhyItIsAhead() {
        ProcessInstance instance = year.open(target, CyclePhase.MONITORING);
        year.report(instance, "110%", "4.5");
        assertThat(instance).isWaitingAt("explainOverAchievement");
        TaskActor.act(identity, instance, "unit-staff", "SUBMIT", "comment", "上半年集中开展了满意度调查");
        assertThat(instance).isEnded().hasPassed("overAchievementExplained");
    }

    @ParameterizedTest
    @EnumSource(value = Decision.class, names = {"CONTINUE", "SUSPEND", "STOP", "ADJUST"})
    void aRedReportRunsTheCorrectiveLoopToFinancesDecision(Decision decision) {
        ProcessInstance instance = year.open(target, CyclePhase.MONITORING);
        year.report(instance, "30%", "4.5");
        assertThat(instance).isWaitingAt("proposeCorrection");
        assertThat(task(instance)).hasCandidateGroup("org-JS-HSZH-LLHZ");
        TaskActor.act(identity, instance, "unit-staff", "SUBMIT", "comment", "增加问卷发放渠道");
        TaskActor.act(identity, instance, "dept-reviewer", "RETURN", "returnReason", "措施不具体，请补充时限");
        assertThat(instance).isWaitingAt("proposeCorrection");
        TaskActor.act(identity, instance, "unit-staff", "SUBMIT", "comment", "9月底前完成问卷发放和回收");
        TaskActor.act(identity, instance, "dept-reviewer", "APPROVE");
        assertThat(task(instance)).hasCandidateGroup("org-JS-CZT");
        TaskActor.act(identity, instance, "finance-reviewer", decision.name(), "comment", "根据偏差情况作出决定");
        assertThat(instance).isEnded().hasPassed("correctionClosed");

        TargetStatus status = targets.find(target.getId()).getStatus();
        switch (decision) {
            case CONTINUE -> assertThat(status).isEqualTo(TargetStatus.PUBLISHED);
            case SUSPEND -> {
                assertThat(status).isEqualTo(TargetStatus.PUBLISHED);
                assertThat(notes(NotificationType.FUNDS_DECISION)).extracting(Notification::getRecipientGroup)
                        .containsExactlyInAnyOrder("org-JS-HSZH-LLHZ", "org-JS-HSZH");
            }
            case STOP -> {
                assertThat(status).isEqualTo(TargetStatus.STOPPED);
                assertThat(step(CyclePhase.SELF_EVALUATION).getState()).isEqualTo(CycleStepState.CANCELLED);
                year.execute(step(CyclePhase.SELF_EVALUATION));
                assertThat(year.instances(target, CyclePhase.SELF_EVALUATION)).as("the year ended").isZero();
            }
            default -> {
                assertThat(status).isEqualTo(TargetStatus.ADJUSTING);
                assertThat(versions.inForce(target.getId()).orElseThrow().versionNo()).isEqualTo(1);
                ProcessInstance adjustment = year.approvalOf(target);
                assertThat(adjustment).isWaitingAt("prepare");
                TaskActor.act(identity, adjustment, "unit-staff", "SUBMIT");
                TaskActor.act(identity, adjustment, "dept-reviewer", "APPROVE");
                TaskActor.act(identity, adjustment, "finance-reviewer", "APPROVE", "reviewConclusion", "GOOD");
                assertThat(targets.find(target.getId()).getStatus()).isEqualTo(TargetStatus.PUBLISHED);
                assertThat(versions.inForce(target.getId()).orElseThrow().versionNo()).isEqualTo(2);
            }
        }
        assertThat(history.of(target.getId())).extracting(ApprovalDecision::getStep).contains(
                ApprovalStep.CORRECTION_PROPOSAL, ApprovalStep.CORRECTION_REVIEW, ApprovalStep.CORRECTION_DECISION);
    }

    @Test
    void aLineNoRuleCanLightWaitsForTheDepartmentWhoseRedOpensTheCorrectiveLoop() {
        target = year.publishedWithTextIndicator();
        ProcessInstance instance = year.open(target, CyclePhase.MONITORING);
        year.report(instance, "≥90%", "4.5");
        assertThat(instance).isWaitingAt("judgeMonitoring");
        assertThat(task(instance)).hasCandidateGroup("org-JS-HSZH");
        MonitoringView waiting = monitoring.of(target.getId(), CurrentUser.system()).orElseThrow();
        assertThat(waiting.indicators()).filteredOn(MonitoringView.IndicatorView::awaitsJudgement)
                .extracting(MonitoringView.IndicatorView::level3).containsExactly("交流合作成效");
        Long textLine = waiting.indicators().get(2).indicatorId();
        assertThatThrownBy(() -> monitoring.judge(target.getId(), judgement(textLine, Light.GREEN),
                TestTargets.user("unit-staff"))).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> monitoring.judge(target.getId(), judgement(textLine, Light.BLUE),
                TestTargets.user("dept-reviewer"))).isInstanceOf(BadRequestException.class).hasMessageContaining("绿灯、黄灯或红灯");
        assertThatThrownBy(() -> monitoring.judge(target.getId(), judgement(waiting.indicators().get(0).indicatorId(),
                Light.RED), TestTargets.user("dept-reviewer"))).as("a line its figures lit")
                .isInstanceOf(BadRequestException.class).hasMessageContaining("不需评定");

        year.judge(instance, "RED", "交流活动未实质开展");
        assertThat(instance).isWaitingAt("proposeCorrection");
        assertThat(monitoring.tableLight(target.getId())).isEqualTo(Light.RED);
        assertThat(monitoring.of(target.getId(), CurrentUser.system()).orElseThrow().indicators())
                .filteredOn(line -> line.level3().equals("交流合作成效")).singleElement().satisfies(line -> {
                    assertThat(line.judgedBy()).isEqualTo("dept-reviewer");
                    assertThat(line.judgement()).isEqualTo("交流活动未实质开展");
                    assertThat(line.awaitsJudgement()).isFalse();
                });
        assertThat(history.of(target.getId())).extracting(ApprovalDecision::getStep)
                .contains(ApprovalStep.MONITORING_JUDGEMENT);
    }

    /**
     * The unit asks for an adjustment and lowers its satisfaction target to ≥20% in the draft; its half-year 30% is
     * still measured against version 1's ≥90% (red, where the draft would make it blue), and stays so after version
     * 2 is approved.
     */
    @Test
    void aReportMadeWhileAnAdjustmentIsPendingIsMeasuredAgainstTheVersionInForce() {
        ProcessInstance instance = year.open(target, CyclePhase.MONITORING);
        adjustments.request(target.getId(), "服务对象增加，满意度目标需调整", TestTargets.user("unit-staff"));
        tables.update(target.getId(), TestTargets.withValues(TestTargets.request(target.getCode(), target.getType(),
                TestTargets.JS_DEPARTMENT, TestTargets.JS_UNIT), "参与人员满意度", "≥20%", "≥20%"),
                TestTargets.user("unit-staff"));

        year.report(instance, "30%", "4.5");

        assertThat(instance).isWaitingAt("proposeCorrection");
        assertMeasuredAgainstVersionOne();
        ProcessInstance adjustment = year.approvalOf(target);
        TaskActor.act(identity, adjustment, "unit-staff", "SUBMIT");
        TaskActor.act(identity, adjustment, "dept-reviewer", "APPROVE");
        TaskActor.act(identity, adjustment, "finance-reviewer", "APPROVE", "reviewConclusion", "GOOD");
        assertThat(versions.inForce(target.getId()).orElseThrow().versionNo()).isEqualTo(2);
        assertMeasuredAgainstVersionOne();
    }

    private void assertMeasuredAgainstVersionOne() {
        MonitoringView report = monitoring.of(target.getId(), CurrentUser.system()).orElseThrow();
        assertThat(report.versionNo()).isEqualTo(1);
        assertThat(report.tableLight()).isEqualTo(Light.RED);
        assertThat(report.indicators()).filteredOn(line -> line.level3().equals("参与人员满意度")).singleElement()
                .satisfies(line -> {
                    assertThat(line.halfYearValue()).isEqualTo("≥90%");
                    assertThat(line.light()).isEqualTo(Light.RED);
                });
    }

    @Test
    void anOverdueReportRemindsTheUnitThenEscalatesToItsDepartmentAndTheManagers() {
        ProcessInstance instance = year.open(target, CyclePhase.MONITORING);
        assertThat(instance).isWaitingAt("reportMonitoring");
        assertThat(job("reportReminderDue").getDuedate()).isEqualTo(task(instance).getDueDate());
        execute(job("reportReminderDue"));
        assertThat(notes(NotificationType.REMINDER)).extracting(Notification::getRecipientGroup)
                .containsExactly("org-JS-HSZH-LLHZ");
        execute(job("reportEscalationDue"));
        assertThat(notes(NotificationType.ESCALATION)).extracting(Notification::getRecipientGroup)
                .containsExactlyInAnyOrder("org-JS-HSZH", "manager");
        assertThat(instance).isWaitingAt("reportMonitoring");
        assertThat(task(instance).getPriority()).isEqualTo(100);
    }

    @Test
    void aModelDeployedWhileTablesWaitIsTheOneThatOpens() {
        String deployment = year.deployRenamedMonitoring("填报半年绩效监控（新版）");
        try {
            ProcessInstance instance = year.open(target, CyclePhase.MONITORING);
            assertThat(task(instance).getName()).startsWith("填报半年绩效监控（新版）｜" + target.getName());
            assertThat(instance).isWaitingAt("reportMonitoring");
        } finally {
            engine.getRepositoryService().deleteDeployment(deployment, true);
        }
    }

    private static JudgementRequest judgement(Long indicatorId, Light light) {
        return new JudgementRequest(List.of(new JudgementRequest.Line(indicatorId, light, null)));
    }

    private CycleStep step(CyclePhase phase) {
        return steps.findByTargetIdAndPhase(target.getId(), phase).orElseThrow();
    }

    private List<Notification> notes(NotificationType type) {
        return notifications.aboutTarget(target.getId()).stream().filter(note -> note.getType() == type).toList();
    }

    private static Instant shanghai(int year, int month, int day, int hour, int minute, int second) {
        return LocalDateTime.of(year, month, day, hour, minute, second).atZone(CycleCalendar.ZONE).toInstant();
    }

    private static org.assertj.core.data.TemporalUnitOffset within() {
        return org.assertj.core.api.Assertions.within(2, ChronoUnit.MINUTES);
    }
}
