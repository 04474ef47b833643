package org.budgetperf.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import org.budgetperf.declaration.PerformanceTarget;
import org.budgetperf.declaration.TargetService;
import org.budgetperf.notification.Notification;
import org.budgetperf.notification.NotificationService;
import org.budgetperf.notification.NotificationType;
import org.budgetperf.security.CurrentUser;
import org.budgetperf.support.IntegrationTest;
import org.budgetperf.support.TaskActor;
import org.budgetperf.support.TestTargets;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Reminders (到期提醒) and escalations (超时升级) of bpmn/target-approval.bpmn after a return and resubmission, a
 * transfer (转办: the engine's assignee changed) and a delegation (委派): the timers belong to the open task, and
 * whoever holds it personally hears of it besides its candidate groups.
 */
@IntegrationTest
class RemindersAfterOperationsProcessTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    IdentityService identity;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService management;
    @Autowired
    TargetService targets;
    @Autowired
    ApprovalService approval;
    @Autowired
    NotificationService notifications;

    private PerformanceTarget target;
    private ProcessInstance instance;

    @BeforeEach
    void submitted() {
        BpmnAwareTests.init(engine);
        target = targets.create(TestTargets.project(TestTargets.JS_UNIT), CurrentUser.system());
        instance = approval.open(target);
        TaskActor.act(identity, instance, "unit-staff", "SUBMIT");
    }

    @AfterEach
    void realClock() {
        ClockUtil.reset();
        identity.clearAuthentication();
    }

    @Test
    void aResubmittedReviewGetsNewTimersAndTheReturnedOnesNeverFire() {
        Task returned = task();
        Job firstReminder = job("departmentReviewReminderDue");
        TaskActor.act(identity, instance, "dept-reviewer", "RETURN", "returnReason", "请补充满意度指标的调查方式");
        assertThat(timers()).as("the returned review's timers end with it").isEmpty();

        Instant resubmittedAt = Instant.now().plus(Duration.ofDays(2));
        ClockUtil.setCurrentTime(Date.from(resubmittedAt));
        TaskActor.act(identity, instance, "unit-staff", "SUBMIT", "comment", "已补充");
        assertThat(instance).isWaitingAt("departmentReview");
        Task review = task();
        assertThat(review.getId()).isNotEqualTo(returned.getId());
        assertThat(timers()).extracting(Job::getId).doesNotContain(firstReminder.getId()).hasSize(2);
        assertThat(job("departmentReviewReminderDue").getDuedate().toInstant()).as("due five days after resubmission")
                .isCloseTo(resubmittedAt.plus(Duration.ofDays(5)), within(1, ChronoUnit.MINUTES));

        execute(job("departmentReviewReminderDue"));
        assertThat(notes(NotificationType.REMINDER)).extracting(Notification::getTaskId).containsExactly(review.getId());
        execute(job("departmentReviewEscalationDue"));
        assertThat(task().getPriority()).isEqualTo(EscalateOverdueReview.ESCALATED_PRIORITY);
        assertThat(notes(NotificationType.ESCALATION)).extracting(Notification::getRecipientGroup)
                .containsExactlyInAnyOrder("org-JS-CZT", "manager");
        assertThat(notes(NotificationType.ESCALATION)).extracting(Notification::getTaskId).containsOnly(review.getId());
    }

    @Test
    void aTransferredReviewRemindsItsNewAssigneePersonallyAndStillEscalates() {
        TaskActor.act(identity, instance, "dept-reviewer", "APPROVE");
        taskService.claim(task().getId(), "finance-reviewer");
        taskService.setAssignee(task().getId(), "finance-reviewer-2");

        execute(job("financeReviewReminderDue"));
        assertThat(notes(NotificationType.REMINDER)).extracting(Notification::getRecipientGroup)
                .containsExactlyInAnyOrder("org-JS-CZT", "user:finance-reviewer-2");
        execute(job("financeReviewEscalationDue"));
        assertThat(task().getPriority()).isEqualTo(EscalateOverdueReview.ESCALATED_PRIORITY);
        assertThat(task().getAssignee()).isEqualTo("finance-reviewer-2");
        assertThat(notes(NotificationType.ESCALATION)).extracting(Notification::getRecipientGroup)
                .containsExactly("manager");
    }

    @Test
    void aDelegatedReviewRemindsTheDelegateAndTheOwner() {
        taskService.claim(task().getId(), "dept-reviewer");
        taskService.delegateTask(task().getId(), "dept-reviewer-2");

        execute(job("departmentReviewReminderDue"));
        assertThat(notes(NotificationType.REMINDER)).extracting(Notification::getRecipientGroup)
                .containsExactlyInAnyOrder("org-JS-HSZH", "user:dept-reviewer-2", "user:dept-reviewer");
        execute(job("departmentReviewEscalationDue"));
        assertThat(task().getPriority()).isEqualTo(EscalateOverdueReview.ESCALATED_PRIORITY);
        assertThat(notes(NotificationType.ESCALATION)).extracting(Notification::getRecipientGroup)
                .containsExactlyInAnyOrder("org-JS-CZT", "manager");

        taskService.resolveTask(task().getId());
        assertThat(task()).isAssignedTo("dept-reviewer");
    }

    private List<Job> timers() {
        return management.createJobQuery().processInstanceId(instance.getId()).timers().list();
    }

    private List<Notification> notes(NotificationType type) {
        return notifications.aboutTarget(target.getId()).stream().filter(n -> n.getType() == type).toList();
    }
}
