package org.budgetperf.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.StreamSupport;
import org.budgetperf.support.ApplicationProcess;
import org.budgetperf.support.BasicAuthApi;
import org.budgetperf.support.BasicAuthApi.Answer;
import org.budgetperf.support.TestTargets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The walk through the budget year on the running application (embedded default: H2 file database, job
 * executor on), with this year's monitoring and self-evaluation dates moved to today by configuration: a table
 * approved today gets its monitoring at once, a missed indicator goes red and opens the corrective loop, finance
 * orders an adjustment and version 2 goes through approval, and the self-evaluation is scored, reviewed and
 * published. Everything over {@code /api} as the demo users.
 */
@Timeout(value = 6, unit = java.util.concurrent.TimeUnit.MINUTES)
class BudgetYearThroughTheApiTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    private ApplicationProcess application;
    private BasicAuthApi api;

    @Test
    void aTableApprovedTodayGoesThroughItsYear(@TempDir Path workDir) {
        int year = LocalDate.now(CycleCalendar.ZONE).getYear();
        String today = LocalDate.now(CycleCalendar.ZONE).toString();
        try (ApplicationProcess started = ApplicationProcess.start(workDir, List.of("--spring.profiles.active=demo",
                "--budgetperf.cycle.years." + year + ".monitoring.opens=" + today,
                "--budgetperf.cycle.years." + year + ".self-evaluation.opens=" + today))) {
            application = started;
            api = new BasicAuthApi(started.baseUrl());
            long id = publishedToday(year);
            redMonitoringAndAnAdjustment(id);
            selfEvaluationScoredAndPublished(id);
        }
    }

    private long publishedToday(int year) {
        Answer created = api.post("unit-staff", "/api/targets",
                TestTargets.inYear(TestTargets.project(TestTargets.JS_UNIT), year));
        expect(created, 201);
        long id = created.body().path("id").asLong();
        expect(api.post("unit-staff", "/api/targets/" + id + "/submit", Map.of("comment", "请审核")), 200);
        approve(id);
        assertThat(table(id).path("status").asText()).as(log()).isEqualTo("PUBLISHED");
        return id;
    }

    private void redMonitoringAndAnAdjustment(long id) {
        String report = awaitTask("unit-staff", id, "MONITORING_REPORT");
        JsonNode blank = expect(api.get("unit-staff", "/api/targets/" + id + "/monitoring"), 200).body();
        JsonNode reported = expect(api.put("unit-staff", "/api/targets/" + id + "/monitoring",
                missedSatisfaction(blank)), 200).body();
        assertThat(reported.path("tableLightLabel").asText()).isEqualTo("红灯");
        complete("unit-staff", report, Map.of("decision", "SUBMIT"));

        JsonNode red = rows("/api/targets?light=RED&year=" + table(id).path("budgetYear").asInt()).stream()
                .filter(row -> row.path("id").asLong() == id).findFirst()
                .orElseThrow(() -> new AssertionError("the table is not listed red\n" + log()));
        assertThat(red.path("lightLabel").asText()).isEqualTo("红灯");

        String proposal = awaitTask("unit-staff", id, "CORRECTION_PROPOSAL");
        complete("unit-staff", proposal, Map.of("decision", "SUBMIT", "comment", "9月底前完成问卷发放和回收"));
        complete("dept-reviewer", awaitTask("dept-reviewer", id, "CORRECTION_REVIEW"),
                Map.of("decision", "APPROVE", "comment", "措施可行"));
        complete("finance-reviewer", awaitTask("finance-reviewer", id, "CORRECTION_DECISION"),
                Map.of("decision", "ADJUST", "comment", "满意度目标偏高，调整绩效目标"));
        assertThat(table(id).path("statusLabel").asText()).as(log()).isEqualTo("调整中");
        assertThat(expect(api.get("unit-staff", "/api/targets/" + id + "/versions"), 200).body())
                .as("version 1 in force while version 2 is reviewed")
                .extracting(v -> v.path("versionNo").asInt() + ":" + v.path("inForce").asBoolean())
                .containsExactly("1:true");

        expect(api.post("unit-staff", "/api/targets/" + id + "/submit", Map.of("comment", "调整后的目标请审核")), 200);
        approve(id);
        JsonNode versions = expect(api.get("unit-staff", "/api/targets/" + id + "/versions"), 200).body();
        assertThat(versions).as(log()).extracting(v -> v.path("versionNo").asInt() + ":" + v.path("inForce").asBoolean())
                .containsExactly("1:false", "2:true");
        assertThat(expect(api.get("unit-staff", "/api/targets/" + id + "/versions/1"), 200).body()
                .path("indicators")).hasSize(2);
    }

    private void selfEvaluationScoredAndPublished(long id) {
        String report = awaitTask("unit-staff", id, "EVALUATION_REPORT");
        expect(api.put("unit-staff", "/api/targets/" + id + "/evaluation", actuals()), 200);
        complete("unit-staff", report, Map.of("decision", "SUBMIT"));
        JsonNode evaluation = expect(api.get("unit-staff", "/api/targets/" + id + "/evaluation"), 200).body();
        assertThat(evaluation.path("totalScore").isNumber()).as("%s\n%s", evaluation, log()).isTrue();
        assertThat(evaluation.path("gradeLabel").asText()).isNotBlank();

        complete("dept-reviewer", awaitTask("dept-reviewer", id, "EVALUATION_REVIEW"),
                Map.of("decision", "APPROVE", "comment", "自评属实"));
        if (evaluation.path("spotCheck").asBoolean()) {
            complete("finance-reviewer", awaitTask("finance-reviewer", id, "SPOT_CHECK"),
                    Map.of("decision", "APPROVE", "comment", "抽查无误"));
        }
        JsonNode published = await("the self-evaluation's results published", () -> rows(
                "/api/notifications?size=200", "unit-staff").stream()
                .filter(note -> note.path("targetId").asLong() == id && note.path("type").asText().equals("EVALUATION")
                        && note.path("message").asText().startsWith("【自评结果公开】"))
                .findFirst());
        assertThat(published.path("message").asText()).contains(evaluation.path("gradeLabel").asText());
        assertThat(openTasks(id)).as("nothing left open for the table\n%s", log()).isEmpty();
        assertThat(application.errorLines()).as("errors in the application's log").isEmpty();
    }

    /** The department and the finance bureau approve the table's submitted version. */
    private void approve(long id) {
        complete("dept-reviewer", awaitTask("dept-reviewer", id, "DEPARTMENT_REVIEW"),
                Map.of("decision", "APPROVE", "comment", "同意，报财政部门审核"));
        complete("finance-reviewer", awaitTask("finance-reviewer", id, "FINANCE_REVIEW"),
                Map.of("decision", "APPROVE", "comment", "同意", "reviewConclusion", "GOOD"));
    }

    /** The activities on plan; the satisfaction at 30% of its ≥90% (red), with cause and measures. */
    private static ObjectNode missedSatisfaction(JsonNode blank) {
        ObjectNode report = JSON.createObjectNode();
        for (JsonNode indicator : blank.path("indicators")) {
            boolean activities = "组织交流活动".equals(indicator.path("level3").asText());
            report.withArray("indicators").addObject().put("indicatorId", indicator.path("indicatorId").asLong())
                    .put("halfYearActual", activities ? "1次" : "30%")
                    .put("expectedFullYear", activities ? "2次" : "60%")
                    .put("cause", "问卷回收率低").put("measures", "增加问卷发放渠道");
        }
        blank.path("funds").forEach(fund -> report.withArray("funds").addObject()
                .put("source", fund.path("source").asText()).put("executed", 4.5));
        return report;
    }

    private static Map<String, Object> actuals() {
        return Map.of(
                "budget", List.of(Map.of("name", "预算总金额", "initialBudget", 10, "adjustedBudget", 10,
                        "actualSpending", 9.5)),
                "results", List.of(
                        Map.of("level1", "产出指标", "level2", "数量指标", "level3", "组织交流活动",
                                "actualValue", "2次", "source", "工作台账"),
                        Map.of("level1", "满意度指标", "level2", "服务对象满意度", "level3", "参与人员满意度",
                                "actualValue", "85%", "source", "问卷调查", "cause", "下半年问卷回收率仍偏低")));
    }

    private void complete(String user, String taskId, Map<String, Object> decision) {
        expect(api.post(user, "/api/tasks/" + taskId + "/complete", decision), 200);
    }

    /** Waits for the user's task of that step on the table (the job executor opens the year's phases). */
    private String awaitTask(String user, long id, String step) {
        return await(user + "'s task " + step + " on table " + id, () -> rows("/api/tasks?size=200", user).stream()
                .filter(task -> task.path("targetId").asLong() == id && task.path("step").asText().equals(step))
                .findFirst()).path("id").asText();
    }

    private List<String> openTasks(long id) {
        return List.of("unit-staff", "dept-reviewer", "finance-reviewer").stream()
                .flatMap(user -> rows("/api/tasks?size=200", user).stream())
                .filter(task -> task.path("targetId").asLong() == id)
                .map(task -> task.path("step").asText()).toList();
    }

    private JsonNode table(long id) {
        return expect(api.get("unit-staff", "/api/targets/" + id), 200).body();
    }

    private List<JsonNode> rows(String path) {
        return rows(path, "manager");
    }

    private List<JsonNode> rows(String path, String user) {
        return StreamSupport.stream(expect(api.get(user, path), 200).body().path("content").spliterator(), false)
                .toList();
    }

    private JsonNode await(String what, Supplier<Optional<JsonNode>> probe) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<JsonNode> found = probe.get();
            if (found.isPresent()) {
                return found.get();
            }
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("waited " + WAIT + " for " + what + "\n" + log());
    }

    private Answer expect(Answer answer, int status) {
        assertThat(answer.status()).as("%s\n%s", answer.body(), log()).isEqualTo(status);
        return answer;
    }

    private String log() {
        return application.logTail();
    }
}
