package org.budgetperf.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.List;
import org.budgetperf.declaration.PerformanceTarget;
import org.budgetperf.notification.Notification;
import org.budgetperf.notification.NotificationService;
import org.budgetperf.notification.NotificationType;
import org.budgetperf.support.IntegrationTest;
import org.budgetperf.security.Roles;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The half-year report's reminder and escalation (shared with the reviews') after a transfer and a delegation. */
@IntegrationTest
class ReportRemindersAfterOperationsProcessTest {

    private static final String SECOND_PREPARER = "unit-staff-3";

    @Autowired
    ProcessEngine engine;
    @Autowired
    TaskService taskService;
    @Autowired
    YearFixtures year;
    @Autowired
    NotificationService notifications;
    @Autowired
    IdentityService identity;

    @Test
    void anOverdueReportRemindsWhoeverHoldsItAndStillEscalates() {
        BpmnAwareTests.init(engine);
        PerformanceTarget target = year.published();
        ProcessInstance instance = year.open(target, CyclePhase.MONITORING);
        assertThat(instance).isWaitingAt("reportMonitoring");
        taskService.setAssignee(task(instance).getId(), "unit-staff");
        secondPreparerOf("org-JS-HSZH-LLHZ");
        try {
            taskService.delegateTask(task(instance).getId(), SECOND_PREPARER);
        } finally {
            identity.deleteUser(SECOND_PREPARER);
        }

        // the delegate has left the unit since: the reminder and the escalation still reach the task
        execute(job("reportReminderDue"));
        assertThat(recipients(target, NotificationType.REMINDER))
                .containsExactlyInAnyOrder("org-JS-HSZH-LLHZ", "user:" + SECOND_PREPARER, "user:unit-staff");
        execute(job("reportEscalationDue"));
        assertThat(task(instance).getPriority()).isEqualTo(100);
        assertThat(recipients(target, NotificationType.ESCALATION)).containsExactlyInAnyOrder("org-JS-HSZH", "manager");
        assertThat(instance).isWaitingAt("reportMonitoring");
    }

    /** A report is delegated only within the unit's preparers, and the demo has one a unit. */
    private void secondPreparerOf(String unitGroup) {
        User user = identity.newUser(SECOND_PREPARER);
        user.setFirstName("周燕");
        user.setLastName("");
        identity.saveUser(user);
        identity.createMembership(SECOND_PREPARER, unitGroup);
        identity.createMembership(SECOND_PREPARER, Roles.PREPARER);
    }

    private List<String> recipients(PerformanceTarget target, NotificationType type) {
        return notifications.aboutTarget(target.getId()).stream().filter(n -> n.getType() == type)
                .map(Notification::getRecipientGroup).toList();
    }
}
