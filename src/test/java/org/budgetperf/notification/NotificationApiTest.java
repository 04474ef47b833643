package org.budgetperf.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.budgetperf.approval.ApprovalService;
import org.budgetperf.approval.DecisionInput;
import org.budgetperf.declaration.PerformanceTarget;
import org.budgetperf.declaration.TargetService;
import org.budgetperf.support.Inbox;
import org.budgetperf.support.IntegrationTest;
import org.budgetperf.support.TestTargets;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Notifications through {@code /api}: unread per person, read one by one or all at once, only one's own. */
@IntegrationTest
class NotificationApiTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    TargetService targets;
    @Autowired
    ApprovalService approval;
    @Autowired
    TaskService tasks;
    @Autowired
    NotificationService notifications;

    @Test
    void aReturnIsUnreadForTheUnitUntilItsStaffReadsIt() {
        long before = unread("unit-staff");
        PerformanceTarget target = targets.create(TestTargets.project(TestTargets.JS_UNIT),
                TestTargets.user("unit-staff"));
        approval.submit(target.getId(), "请审核", TestTargets.user("unit-staff"));
        decide(target, "dept-reviewer", new DecisionInput("RETURN", null, "请补充满意度指标的调查方式", null, null, null));

        assertThat(unread("unit-staff")).isEqualTo(before + 1);
        JsonNode returned = notificationsOf("unit-staff").stream()
                .filter(n -> n.path("targetId").asLong() == target.getId()).findFirst().orElseThrow();
        assertThat(returned.path("typeLabel").asText()).isEqualTo("退回通知");
        assertThat(returned.path("message").asText()).contains(target.getName()).contains("请补充满意度指标的调查方式");
        assertThat(returned.path("read").asBoolean()).isFalse();

        String read = "/api/notifications/" + returned.path("id").asLong() + "/read";
        assertThat(post("unit-staff-2", read).getStatusCode()).as("another unit's notification")
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(post("unit-staff", read).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(post("unit-staff", read).getStatusCode()).as("read twice").isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(unread("unit-staff")).isEqualTo(before);
        assertThat(notificationsOf("unit-staff")).filteredOn(n -> n.path("id").equals(returned.path("id")))
                .singleElement().satisfies(n -> assertThat(n.path("read").asBoolean()).isTrue());
    }

    @Test
    void aPublishedTableIsAnnouncedToItsUnitAndDepartment() {
        PerformanceTarget target = targets.create(TestTargets.project(TestTargets.JS_UNIT),
                TestTargets.user("unit-staff"));
        approval.submit(target.getId(), "请审核", TestTargets.user("unit-staff"));
        decide(target, "dept-reviewer", new DecisionInput("APPROVE", null, null, null, null, null));
        decide(target, "finance-reviewer", new DecisionInput("APPROVE", null, null, null, null, "GOOD"));

        for (String user : List.of("unit-staff", "dept-reviewer")) {
            assertThat(notificationsOf(user)).as(user).filteredOn(n -> n.path("targetId").asLong() == target.getId())
                    .singleElement().satisfies(n -> {
                        assertThat(n.path("typeLabel").asText()).isEqualTo("批复通知");
                        assertThat(n.path("message").asText())
                                .isEqualTo("绩效目标表“" + target.getName() + "”（第1版）已批复并公开");
                    });
        }
    }

    @Test
    void whatOnePersonReadsStaysUnreadForTheOthersInTheGroup() {
        notifications.notify("preparer", NotificationType.REMINDER, null, null, "请于月底前提交绩效目标表");
        long others = unread("unit-staff-2");

        assertThat(post("unit-staff", "/api/notifications/read-all").getStatusCode()).isEqualTo(HttpStatus.OK);

        assertThat(unread("unit-staff")).isZero();
        assertThat(unread("unit-staff-2")).isEqualTo(others).isPositive();
    }

    private void decide(PerformanceTarget target, String user, DecisionInput decision) {
        String task = tasks.createTaskQuery().processInstanceBusinessKey(target.businessKey()).singleResult().getId();
        approval.complete(task, decision, TestTargets.user(user));
    }



    private ResponseEntity<String> post(String user, String path) {
        return rest.withBasicAuth(user, "demo").exchange(path, HttpMethod.POST, HttpEntity.EMPTY, String.class);
    }

    private long unread(String user) {
        return Inbox.unread(rest, user);
    }

    private List<JsonNode> notificationsOf(String user) {
        return Inbox.notificationsOf(rest, user);
    }
}
