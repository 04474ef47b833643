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
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The half-year report's reminder and escalation (shared with the reviews') after a transfer and a delegation. */
@IntegrationTest
class ReportRemindersAfterOperationsProcessTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    TaskService taskService;
    @Autowired
    YearFixtures year;
    @Autowired
    NotificationService notifications;

    @Test
    void anOverdueReportRemindsWhoeverHoldsItAndStillEscalates() {
        BpmnAwareTests.init(engine);
        PerformanceTarget target = year.published();
        ProcessInstance instance = year.open(target, CyclePhase.MONITORING);
        assertThat(instance).isWaitingAt("reportMonitoring");
        taskService.setAssignee(task(instance).getId(), "unit-staff");
        taskService.delegateTask(task(instance).getId(), "unit-staff-3");

        execute(job("reportReminderDue"));
        assertThat(recipients(target, NotificationType.REMINDER))
                .containsExactlyInAnyOrder("org-JS-HSZH-LLHZ", "user:unit-staff-3", "user:unit-staff");
        execute(job("reportEscalationDue"));
        assertThat(task(instance).getPriority()).isEqualTo(100);
        assertThat(recipients(target, NotificationType.ESCALATION)).containsExactlyInAnyOrder("org-JS-HSZH", "manager");
        assertThat(instance).isWaitingAt("reportMonitoring");
    }

    private List<String> recipients(PerformanceTarget target, NotificationType type) {
        return notifications.aboutTarget(target.getId()).stream().filter(n -> n.getType() == type)
                .map(Notification::getRecipientGroup).toList();
    }
}
