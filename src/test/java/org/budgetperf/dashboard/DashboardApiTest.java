package org.budgetperf.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import jakarta.persistence.EntityManager;
import org.budgetperf.declaration.TargetLifecycle;
import org.budgetperf.declaration.TargetStatus;
import org.budgetperf.support.IntegrationTest;
import org.budgetperf.support.TestTargets;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The dashboard over HTTP: tables moved through the approval process each in a budget year of their own test, so
 * that counts are exact on the shared test database.
 */
@IntegrationTest
class DashboardApiTest {

    @Autowired
    TestRestTemplate rest;

    @Autowired
    ManagementService management;

    @Autowired
    TaskService tasks;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    TargetLifecycle lifecycle;

    @Autowired
    EntityManager entityManager;

    @AfterEach
    void realTime() {
        ClockUtil.reset();
    }

    @Test
    void stagesCountTheTablesWhereTheProcessLeftThemWithinEachCallersScope() {
        int year = 2061;
        long drafting = create("unit-staff", TestTargets.JS_UNIT, year, "看板-甲");
        long departmentReview = submitted(create("unit-staff", TestTargets.JS_UNIT, year, "看板-乙"));
        long financeReview = departmentApproved(submitted(create("unit-staff-2", TestTargets.JS_UNIT_2, year,
                "看板-丙"), "unit-staff-2"));
        long published = financeDecided(departmentApproved(submitted(create("unit-staff", TestTargets.JS_UNIT,
                year, "看板-丁"))), Map.of("decision", "APPROVE", "reviewConclusion", "GOOD", "comment", "予以批复"));
        long returned = submitted(create("unit-staff", TestTargets.JS_UNIT, year, "看板-戊"));
        decide("dept-reviewer", returned, "DEPARTMENT_REVIEW",
                Map.of("decision", "RETURN", "returnReason", "请补充绩效指标"));
        long rejected = financeDecided(departmentApproved(submitted(create("unit-staff", TestTargets.JS_UNIT,
                year, "看板-己"))), Map.of("decision", "REJECT", "reviewConclusion", "POOR", "comment", "不予安排"));

        assertThat(stages("manager", year, null)).containsExactlyEntriesOf(counts(2, 1, 1, 1, 0, 0, 0, 0, 1, 0));
        assertThat(stages("dept-reviewer", year, null)).isEqualTo(stages("manager", year, null));
        assertThat(stages("unit-staff", year, null)).isEqualTo(counts(2, 1, 0, 1, 0, 0, 0, 0, 1, 0));
        assertThat(stages("unit-staff-2", year, null)).isEqualTo(counts(0, 0, 1, 0, 0, 0, 0, 0, 0, 0));
        assertThat(stages("dept-reviewer", year, TestTargets.JS_UNIT_2)).isEqualTo(counts(0, 0, 1, 0, 0, 0, 0, 0,
                0, 0));
        assertThat(stages("manager", year, TestTargets.JS_DEPARTMENT)).isEqualTo(stages("manager", year, null));
        JsonNode summary = get("manager", "/api/dashboard?year=" + year + "&organization=" + TestTargets.JS_UNIT)
                .getBody();
        assertThat(summary.path("total").asLong()).isEqualTo(5);
        assertThat(summary.path("scope").path("code").asText()).isEqualTo(TestTargets.JS_UNIT);
        assertThat(summary.path("stages").get(0).path("label").asText()).isEqualTo("编制中");

        for (String user : List.of("unit-staff", "unit-staff-2", "dept-reviewer", "manager")) {
            assertThat(ids(user, "/api/dashboard/tables?size=200&year=" + year))
                    .as("the same tables as /api/targets for " + user)
                    .containsExactlyInAnyOrderElementsOf(ids(user, "/api/targets?size=200&year=" + year));
        }
        assertThat(ids("unit-staff-2", "/api/dashboard/tables?year=" + year)).containsExactly(financeReview);
        assertThat(ids("unit-staff", "/api/dashboard/tables?year=" + year))
                .containsExactlyInAnyOrder(drafting, departmentReview, published, returned, rejected);

        ResponseEntity<JsonNode> outside = get("unit-staff", "/api/dashboard?year=" + year + "&organization="
                + TestTargets.JS_DEPARTMENT);
        assertThat(outside.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(outside.getBody().path("message").asText()).contains("无权查看");
        assertThat(get("unit-staff-2", "/api/dashboard/tables?year=" + year + "&organization="
                + TestTargets.JS_UNIT).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("unit-staff-2", "/api/dashboard/tables.xlsx?year=" + year + "&organization="
                + TestTargets.JS_UNIT).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("manager", "/api/dashboard?organization=NO-SUCH-ORG").getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);

        management.executeJob(jdbc.queryForObject("select j.id_ from act_ru_job j join pt_cycle_step c"
                + " on j.handler_cfg_ = cast(c.id as varchar(64)) where c.target_id = ? and c.phase = 'MONITORING'",
                String.class, published));
        assertThat(stages("manager", year, null)).as("the published table's monitoring opened on its date")
                .isEqualTo(counts(2, 1, 1, 0, 1, 0, 0, 0, 1, 0));
        JsonNode diagram = get("unit-staff", "/api/targets/" + published + "/diagram").getBody();
        assertThat(diagram.path("processDefinitionKey").asText()).isEqualTo("target-monitoring");
        assertThat(values(diagram.path("activeActivityIds"))).contains("reportMonitoring");
    }

    @Test
    void aRolledBackChangeLeavesTheRowAsItWasAndTheNextCommitWritesIt() {
        int year = 2065;
        long id = create("unit-staff", TestTargets.JS_UNIT, year, "回滚-甲");
        transaction.executeWithoutResult(status -> {
            lifecycle.enter(id, TargetStatus.DEPARTMENT_REVIEW);
            entityManager.flush();
            status.setRollbackOnly();
        });
        assertThat(stages("manager", year, null)).isEqualTo(counts(1, 0, 0, 0, 0, 0, 0, 0, 0, 0));
        submitted(id);
        assertThat(stages("manager", year, null)).isEqualTo(counts(0, 1, 0, 0, 0, 0, 0, 0, 0, 0));
    }

    @Test
    void theListSearchesSortsPagesAndExportsWhatItShows() throws Exception {
        int year = 2064;
        List<Long> ids = new ArrayList<>();
        for (String name : List.of("清单-乙", "清单-甲", "清单-丙", "其他-丁")) {
            ids.add(create("unit-staff", TestTargets.JS_UNIT, year, name));
        }
        submitted(ids.get(2));

        JsonNode page = get("manager", "/api/dashboard/tables?year=" + year + "&q=清单&sort=name,desc&size=2")
                .getBody();
        assertThat(page.path("totalElements").asLong()).isEqualTo(3);
        assertThat(page.path("totalPages").asInt()).isEqualTo(2);
        assertThat(names(page)).as("by code point, as the database's collation orders Chinese")
                .containsExactly("清单-甲", "清单-乙");
        JsonNode second = get("manager", "/api/dashboard/tables?year=" + year + "&q=清单&sort=name,desc&size=2&page=1")
                .getBody();
        assertThat(names(second)).containsExactly("清单-丙");
        JsonNode row = second.path("content").get(0);
        assertThat(row.path("stage").asText()).isEqualTo("DEPARTMENT_REVIEW");
        assertThat(row.path("stageLabel").asText()).isEqualTo("主管部门审核");
        assertThat(row.path("waitingAt").asText()).isEqualTo("主管部门审核");
        assertThat(row.path("holderName").asText()).isEqualTo("江苏省红十字会");
        assertThat(row.path("unitName").asText()).isNotBlank();
        assertThat(row.path("totalBudget").decimalValue()).isPositive();
        assertThat(names(get("manager", "/api/dashboard/tables?year=" + year + "&stage=DRAFTING&sort=name")
                .getBody())).containsExactly("其他-丁", "清单-乙", "清单-甲");
        assertThat(names(get("manager", "/api/dashboard/tables?year=" + year + "&q=%25").getBody())).isEmpty();
        assertThat(get("manager", "/api/dashboard/tables?sort=amount").getBody().path("message").asText())
                .contains("排序方式");
        assertThat(get("manager", "/api/dashboard/tables?stage=NOPE").getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(get("manager", "/api/dashboard/tables?q=" + "长".repeat(101)).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);

        ResponseEntity<byte[]> export = rest.withBasicAuth("manager", "demo").getForEntity(
                "/api/dashboard/tables.xlsx?year=" + year + "&stage=DRAFTING&sort=name,desc", byte[].class);
        assertThat(export.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(export.getHeaders().getContentDisposition().toString()).contains("xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export.getBody()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(cells(sheet.getRow(0))).startsWith("项目编码", "项目名称", "实施单位", "主管部门", "所处阶段");
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("清单-甲");
            assertThat(sheet.getRow(3).getCell(4).getStringCellValue()).isEqualTo("编制中");
        }
    }

    @Test
    void throughputIsTheMedianOfEachOrganizationsStepDurations() {
        int year = 2062;
        Date start = new Date();
        for (int days : List.of(4, 2, 3)) {
            ClockUtil.setCurrentTime(start);
            long id = submitted(create("unit-staff", TestTargets.JS_UNIT, year, "时长-" + days));
            ClockUtil.setCurrentTime(new Date(start.getTime() + Duration.ofDays(days).toMillis()));
            departmentApproved(id);
        }
        JsonNode review = departmentReview("/api/dashboard?year=" + year);
        assertThat(review.path("organizationCode").asText()).isEqualTo(TestTargets.JS_DEPARTMENT);
        assertThat(review.path("organizationName").asText()).isEqualTo("江苏省红十字会");
        assertThat(review.path("stepLabel").asText()).isEqualTo("主管部门审核");
        assertThat(review.path("completed").asLong()).isEqualTo(3);
        assertThat(review.path("medianDays").decimalValue()).isEqualByComparingTo("3.0");

        ClockUtil.setCurrentTime(start);
        long late = submitted(create("unit-staff", TestTargets.JS_UNIT, year, "时长-10"));
        ClockUtil.setCurrentTime(new Date(start.getTime() + Duration.ofDays(10).toMillis()));
        departmentApproved(late);
        JsonNode kept = departmentReview("/api/dashboard?year=" + year);
        assertThat(kept.path("completed").asLong()).as("the year's kept median, at once").isEqualTo(4);
        assertThat(kept.path("medianDays").decimalValue()).isEqualByComparingTo("3.5");
        JsonNode computed = departmentReview("/api/dashboard?year=" + year + "&organization="
                + TestTargets.JS_DEPARTMENT);
        assertThat(computed.path("completed").asLong()).as("a department's, computed").isEqualTo(4);
        assertThat(computed.path("medianDays").decimalValue()).isEqualByComparingTo("3.5");
    }

    private JsonNode departmentReview(String url) {
        for (JsonNode row : get("manager", url).getBody().path("throughput")) {
            if (row.path("step").asText().equals("DEPARTMENT_REVIEW")) {
                return row;
            }
        }
        throw new AssertionError("no department review in " + url);
    }

    @Test
    void theListSortsByTheUnitsName() {
        int year = 2066;
        long other = create("unit-staff-2", TestTargets.JS_UNIT_2, year, "单位-乙");
        long own = create("unit-staff", TestTargets.JS_UNIT, year, "单位-甲");
        JsonNode asc = get("manager", "/api/dashboard/tables?year=" + year + "&sort=unitName").getBody();
        List<String> units = new ArrayList<>();
        asc.path("content").forEach(row -> units.add(row.path("unitName").asText()));
        assertThat(units).hasSize(2).isSorted().doesNotHaveDuplicates();
        assertThat(asc.path("content").get(0).path("departmentName").asText()).isEqualTo("江苏省红十字会");
        JsonNode desc = get("manager", "/api/dashboard/tables?year=" + year + "&sort=unitName,desc").getBody();
        assertThat(desc.path("content").get(0).path("id").asLong())
                .isEqualTo(asc.path("content").get(1).path("id").asLong());
        assertThat(List.of(asc.path("content").get(0).path("id").asLong(),
                asc.path("content").get(1).path("id").asLong())).containsExactlyInAnyOrder(own, other);
    }

    @Test
    void overdueTasksShowTheirHolderAndWhatTheTimersRaised() {
        int year = 2063;
        long id = submitted(create("unit-staff", TestTargets.JS_UNIT, year, "超期-甲"));
        JsonNode diagram = get("dept-reviewer", "/api/targets/" + id + "/diagram").getBody();
        String instance = diagram.path("processInstanceId").asText();
        assertThat(diagram.path("processDefinitionKey").asText()).isEqualTo("target-approval");
        assertThat(diagram.path("bpmnXml").asText()).contains("<bpmn:definitions").contains("departmentReview");
        assertThat(values(diagram.path("activeActivityIds"))).contains("departmentReview");
        assertThat(values(diagram.path("completedActivityIds"))).contains("prepare").doesNotContain("departmentReview");
        assertThat(get("unit-staff-2", "/api/targets/" + id + "/diagram").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get("manager", "/api/dashboard/overdue?year=" + year).getBody().path("totalElements").asLong())
                .as("not due yet").isZero();

        executeTimer(instance, "departmentReviewReminderDue");
        executeTimer(instance, "departmentReviewEscalationDue");
        ClockUtil.setCurrentTime(new Date(System.currentTimeMillis() + Duration.ofDays(8).toMillis()));

        JsonNode overdue = get("manager", "/api/dashboard/overdue?year=" + year).getBody();
        assertThat(overdue.path("totalElements").asLong()).isEqualTo(1);
        JsonNode task = overdue.path("content").get(0);
        assertThat(task.path("targetId").asLong()).isEqualTo(id);
        assertThat(task.path("name").asText()).isEqualTo("超期-甲");
        assertThat(task.path("step").asText()).isEqualTo("DEPARTMENT_REVIEW");
        assertThat(task.path("stepLabel").asText()).isEqualTo("主管部门审核");
        assertThat(task.path("candidateOrganization").asText()).isEqualTo("江苏省红十字会");
        assertThat(task.path("holder").isNull()).isTrue();
        assertThat(task.path("overdueDays").asLong()).isEqualTo(3);
        assertThat(task.path("reminders").asLong()).isEqualTo(1);
        assertThat(task.path("escalations").asLong()).isEqualTo(1);
        JsonNode summary = get("dept-reviewer", "/api/dashboard?year=" + year).getBody();
        assertThat(summary.path("overdue").path("count").asLong()).isEqualTo(1);
        assertThat(summary.path("overdue").path("items").get(0).path("targetId").asLong()).isEqualTo(id);
        assertThat(get("unit-staff-2", "/api/dashboard/overdue?year=" + year).getBody().path("totalElements")
                .asLong()).isZero();

        String review = taskId("dept-reviewer", id);
        assertThat(post("manager", "/engine-rest/task/" + review + "/claim", Map.of("userId", "manager"))
                .getStatusCode()).as("a manager reads, changes nothing").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post("manager", "/api/tasks/" + review + "/complete", Map.of("decision", "APPROVE"))
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post("manager", "/api/dashboard", Map.of()).getStatusCode().is4xxClientError()).isTrue();
        assertThat(get("manager", "/api/dashboard/overdue?year=" + year).getBody().path("content").get(0)
                .path("holder").isNull()).isTrue();
        tasks.claim(review, "dept-reviewer");
        assertThat(get("manager", "/api/dashboard/overdue?year=" + year).getBody().path("content").get(0)
                .path("holderName").asText()).as("the claimed task's holder, by name").isNotBlank()
                .isNotEqualTo("dept-reviewer");
    }

    private void executeTimer(String instance, String activityId) {
        Job job = management.createJobQuery().processInstanceId(instance).activityId(activityId).singleResult();
        management.executeJob(job.getId());
    }

    private Map<String, Long> stages(String user, int year, String organization) {
        JsonNode summary = get(user, "/api/dashboard?year=" + year
                + (organization == null ? "" : "&organization=" + organization)).getBody();
        Map<String, Long> stages = new java.util.LinkedHashMap<>();
        summary.path("stages").forEach(stage -> stages.put(stage.path("stage").asText(), stage.path("count").asLong()));
        assertThat(summary.path("total").asLong()).isEqualTo(stages.values().stream().mapToLong(Long::longValue).sum());
        return stages;
    }

    private static Map<String, Long> counts(long... counts) {
        Map<String, Long> expected = new java.util.LinkedHashMap<>();
        DashboardStage[] stages = DashboardStage.values();
        for (int i = 0; i < stages.length; i++) {
            expected.put(stages[i].name(), counts[i]);
        }
        return expected;
    }

    private long create(String user, String unit, int year, String name) {
        ResponseEntity<JsonNode> created = post(user, "/api/targets",
                TestTargets.inYear(TestTargets.named(TestTargets.project(unit), name, "年度目标"), year));
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return created.getBody().path("id").asLong();
    }

    private long submitted(long id) {
        return submitted(id, "unit-staff");
    }

    private long submitted(long id, String user) {
        assertThat(post(user, "/api/targets/" + id + "/submit", Map.of("comment", "请审核")).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        return id;
    }

    private long departmentApproved(long id) {
        decide("dept-reviewer", id, "DEPARTMENT_REVIEW", Map.of("decision", "APPROVE", "comment", "同意"));
        return id;
    }

    private long financeDecided(long id, Map<String, Object> decision) {
        decide("finance-reviewer", id, "FINANCE_REVIEW", decision);
        return id;
    }

    private void decide(String user, long id, String step, Map<String, Object> decision) {
        String task = null;
        for (JsonNode open : get(user, "/api/tasks?size=200").getBody().path("content")) {
            if (open.path("targetId").asLong() == id && open.path("step").asText().equals(step)) {
                task = open.path("id").asText();
            }
        }
        assertThat(task).as(user + " has the " + step + " of " + id).isNotNull();
        ResponseEntity<JsonNode> done = post(user, "/api/tasks/" + task + "/complete", decision);
        assertThat(done.getStatusCode()).as(String.valueOf(done.getBody())).isEqualTo(HttpStatus.OK);
    }

    private String taskId(String user, long id) {
        for (JsonNode open : get(user, "/api/tasks?size=200").getBody().path("content")) {
            if (open.path("targetId").asLong() == id) {
                return open.path("id").asText();
            }
        }
        throw new AssertionError(user + " has no task of " + id);
    }

    private List<Long> ids(String user, String path) {
        List<Long> ids = new ArrayList<>();
        get(user, path).getBody().path("content").forEach(row -> ids.add(row.path("id").asLong()));
        return ids;
    }

    private static List<String> names(JsonNode page) {
        List<String> names = new ArrayList<>();
        page.path("content").forEach(row -> names.add(row.path("name").asText()));
        return names;
    }

    private static List<String> values(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>();
        row.forEach(cell -> cells.add(cell.getStringCellValue()));
        return cells;
    }

    private ResponseEntity<JsonNode> get(String user, String path) {
        return rest.withBasicAuth(user, "demo").getForEntity(path, JsonNode.class);
    }

    private ResponseEntity<JsonNode> post(String user, String path, Object body) {
        return rest.withBasicAuth(user, "demo").postForEntity(path, body, JsonNode.class);
    }
}
