package org.budgetperf.operation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.StreamSupport;
import org.budgetperf.approval.ApprovalService;
import org.budgetperf.declaration.PerformanceTarget;
import org.budgetperf.declaration.TargetService;
import org.budgetperf.notification.Notification;
import org.budgetperf.notification.NotificationService;
import org.budgetperf.notification.NotificationType;
import org.budgetperf.support.Inbox;
import org.budgetperf.support.IntegrationTest;
import org.budgetperf.support.ReviewFixtures;
import org.budgetperf.support.TestTargets;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;

/** 催办 through {@code /api}: who may urge what, the holder's notification, the history line, once a day. */
@IntegrationTest
class UrgeApiTest {

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
    @Autowired
    ReviewFixtures tables;
    @Autowired
    UrgeTask urgeTask;
    @Autowired
    TransactionTemplate transaction;

    @AfterEach
    void realClock() {
        ClockUtil.reset();
    }

    @Test
    void unitStaffUrgesTheWaitingFinanceTaskAndFinanceHasTheNotification() {
        PerformanceTarget target = tables.atFinanceReview();
        long before = unread("finance-reviewer");
        long departmentBefore = unread("dept-reviewer");

        ResponseEntity<JsonNode> urged = urge("unit-staff", target, Map.of("reason", "项目资金急需下达，请尽快审核"));

        assertThat(urged.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode task = urged.getBody().path("urged").get(0);
        assertThat(urged.getBody().path("urged")).hasSize(1);
        assertThat(task.path("taskId").asText()).isEqualTo(tables.waitingTask(target).getId());
        assertThat(task.path("taskName").asText()).isEqualTo("财政部门审核");
        assertThat(task.path("holder").asText()).isEqualTo(target.financeBureau().getName());
        OffsetDateTime next = OffsetDateTime.parse(urged.getBody().path("nextAllowedAt").asText());
        assertThat(next.getOffset().getTotalSeconds()).as("Asia/Shanghai").isEqualTo(8 * 3600);
        assertThat(next.toLocalTime()).isEqualTo(java.time.LocalTime.MIDNIGHT);
        assertThat(Duration.between(Instant.now(), next.toInstant())).isPositive().isLessThanOrEqualTo(Duration.ofDays(1));

        assertThat(unread("finance-reviewer")).isEqualTo(before + 1);
        assertThat(unread("dept-reviewer")).as("the department does not hold the task").isEqualTo(departmentBefore);
        JsonNode note = notificationsOf("finance-reviewer").stream()
                .filter(n -> n.path("targetId").asLong() == target.getId()).findFirst().orElseThrow();
        assertThat(note.path("type").asText()).isEqualTo("URGE");
        assertThat(note.path("typeLabel").asText()).isEqualTo("催办");
        assertThat(note.path("message").asText()).contains("王晓").contains(target.getName()).contains("财政部门审核")
                .contains("项目资金急需下达，请尽快审核");

        JsonNode line = urgeLines(target).get(0);
        assertThat(urgeLines(target)).hasSize(1);
        assertThat(line.path("actionLabel").asText()).isEqualTo("催办");
        assertThat(line.path("user").asText()).isEqualTo("unit-staff");
        assertThat(line.path("userName").asText()).isEqualTo("王晓");
        assertThat(line.path("reason").asText()).isEqualTo("项目资金急需下达，请尽快审核");
        assertThat(line.path("step").asText()).isEqualTo("财政部门审核");
    }

    @Test
    void aTaskIsUrgedOnceADayAndAgainTheNextDay() {
        PerformanceTarget target = tables.atFinanceReview();
        assertThat(urge("dept-reviewer", target, Map.of()).getStatusCode()).as("the department for its unit's table")
                .isEqualTo(HttpStatus.OK);
        List<Notification> notified = notifications.aboutTarget(target.getId());

        ResponseEntity<JsonNode> again = urge("unit-staff", target, Map.of("reason", "再催一次"));
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getBody().path("message").asText()).contains("今天已催办过").contains("每天只能催办一次")
                .contains("北京时间");
        assertThat(urgeLines(target)).as("nothing recorded").hasSize(1);
        assertThat(notifications.aboutTarget(target.getId())).hasSameSizeAs(notified);

        ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofDays(1))));
        ResponseEntity<JsonNode> nextDay = urge("manager", target, Map.of("reason", "第二天"));
        assertThat(nextDay.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(urgeLines(target)).extracting(l -> l.path("user").asText())
                .containsExactly("dept-reviewer", "manager");
    }

    @Test
    void anUrgeArrivingWhileAnotherIsUncommittedIsRefusedAndOneIsRecorded() throws Exception {
        PerformanceTarget target = tables.atFinanceReview();
        List<CompletableFuture<ResponseEntity<JsonNode>>> second = new ArrayList<>();
        transaction.executeWithoutResult(status -> {
            urgeTask.urge(target.getId(), "先到", TestTargets.user("unit-staff"));
            second.add(CompletableFuture.supplyAsync(() -> urge("dept-reviewer", target, Map.of("reason", "同时"))));
            try {
                // the second urge reaches its day's key while this one is still uncommitted, and waits for it
                second.get(0).get(5, TimeUnit.SECONDS);
            } catch (TimeoutException waiting) {
                // as it should
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });

        ResponseEntity<JsonNode> refused = second.get(0).get(60, TimeUnit.SECONDS);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(refused.getBody().path("message").asText()).contains("每天只能催办一次");
        assertThat(urgeLines(target)).singleElement()
                .satisfies(line -> assertThat(line.path("user").asText()).isEqualTo("unit-staff"));
        assertThat(notifications.aboutTarget(target.getId()))
                .filteredOn(n -> n.getType() == NotificationType.URGE).hasSize(1);
    }

    @Test
    void onlyTheUnitItsDepartmentAndManagersUrgeAndOnlyWhatWaitsForOthers() {
        PerformanceTarget target = tables.atFinanceReview();

        ResponseEntity<JsonNode> otherUnit = urge("unit-staff-2", target, Map.of());
        assertThat(otherUnit.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        ResponseEntity<JsonNode> holder = urge("finance-reviewer", target, Map.of("reason", "催自己"));
        assertThat(holder.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(holder.getBody().path("message").asText()).contains("只有实施单位、主管部门和管理人员可以催办");
        ResponseEntity<JsonNode> tooLong = urge("unit-staff", target, Map.of("reason", "催".repeat(501)));
        assertThat(tooLong.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(tooLong.getBody().path("errors").get(0).path("field").asText()).isEqualTo("reason");
        assertThat(tooLong.getBody().path("message").asText()).contains("催办说明最长500字");
        assertThat(urgeLines(target)).as("nothing recorded on a refusal").isEmpty();
        assertThat(notifications.aboutTarget(target.getId()))
                .filteredOn(n -> n.getType() == NotificationType.URGE).isEmpty();

        PerformanceTarget draft = targets.create(TestTargets.project(TestTargets.JS_UNIT),
                TestTargets.user("unit-staff"));
        approval.open(draft);
        ResponseEntity<JsonNode> ownDraft = urge("unit-staff", draft, Map.of());
        assertThat(ownDraft.getStatusCode()).as("the unit's own preparation is not urged")
                .isEqualTo(HttpStatus.CONFLICT);
        assertThat(ownDraft.getBody().path("message").asText()).contains("没有等待他人办理的任务");

        PerformanceTarget atDepartment = tables.atDepartmentReview();
        assertThat(urge("dept-reviewer", atDepartment, Map.of()).getStatusCode()).as("its own review")
                .isEqualTo(HttpStatus.CONFLICT);
        assertThat(urgeLines(draft)).isEmpty();
        assertThat(urgeLines(atDepartment)).isEmpty();
    }

    @Test
    void aClaimedTaskIsUrgedToItsAssigneeAloneAndADelegatedOneToDelegateAndOwner() {
        PerformanceTarget target = tables.atFinanceReview();
        Task review = tables.waitingTask(target);
        tasks.claim(review.getId(), "finance-reviewer");

        JsonNode urged = urge("unit-staff", target, Map.of("reason", "请尽快")).getBody();
        assertThat(urged.path("urged").get(0).path("holder").asText()).isEqualTo("陈静");
        assertThat(urgeNotes(target)).containsExactly("user:finance-reviewer");
        assertThat(urgeLines(target).get(0).path("otherUser").asText()).isEqualTo("finance-reviewer");

        tasks.delegateTask(review.getId(), "finance-reviewer-2");
        ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofDays(1))));
        JsonNode delegated = urge("dept-reviewer", target, Map.of()).getBody();
        assertThat(delegated.path("urged").get(0).path("holder").asText()).isEqualTo("孙丽（委派人：陈静）");
        assertThat(urgeNotes(target)).containsExactly("user:finance-reviewer", "user:finance-reviewer-2",
                "user:finance-reviewer");
    }



    private ResponseEntity<JsonNode> urge(String user, PerformanceTarget target, Map<String, String> body) {
        return rest.withBasicAuth(user, "demo").postForEntity("/api/targets/" + target.getId() + "/urge", body,
                JsonNode.class);
    }

    private List<JsonNode> urgeLines(PerformanceTarget target) {
        JsonNode timeline = rest.withBasicAuth("unit-staff", "demo")
                .getForObject("/api/targets/" + target.getId() + "/timeline", JsonNode.class);
        return StreamSupport.stream(timeline.spliterator(), false)
                .filter(line -> "URGE".equals(line.path("action").asText())).toList();
    }

    private List<String> urgeNotes(PerformanceTarget target) {
        return notifications.aboutTarget(target.getId()).stream().filter(n -> n.getType() == NotificationType.URGE)
                .map(Notification::getRecipientGroup).toList();
    }

    private long unread(String user) {
        return Inbox.unread(rest, user);
    }

    private List<JsonNode> notificationsOf(String user) {
        return Inbox.notificationsOf(rest, user);
    }
}
