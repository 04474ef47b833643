package org.budgetperf.editor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.StreamSupport;
import org.budgetperf.approval.ApprovalService;
import org.budgetperf.approval.TaskView;
import org.budgetperf.declaration.TargetService;
import org.budgetperf.support.Browser;
import org.budgetperf.support.IntegrationTest;
import org.budgetperf.support.TaskActor;
import org.budgetperf.support.TasklistPage;
import org.budgetperf.support.TestTargets;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The table editor (/editor/edit.html) and 「我的绩效目标」 (/editor/index.html) in headless Chromium, as
 * {@code unit-staff}: a table returned by the department is fixed in the page (an indicator's value with the system's
 * reading, a row added and one removed), a bad save is refused next to its fields with nothing stored, the saved
 * table is in the database, and the unit resubmits it from the page. A published table adjusted in the same
 * editor, a department's own table created in it, a concurrent change, and the prepare form's link to the page.
 */
@IntegrationTest
class TableEditorPageTest {

    private static final int YEAR = 2034;
    private static final String RETURN_REASON = "组织交流活动次数偏少，请上调并补充满意度调查";

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessEngine engine;
    @Autowired
    IdentityService identity;
    @Autowired
    TargetService targets;
    @Autowired
    ApprovalService approval;

    private Browser browser;
    private TasklistPage tasklist;

    @BeforeEach
    void openBrowser() {
        Browser.assumeAvailable();
        BpmnAwareTests.init(engine);
        browser = new Browser();
        tasklist = new TasklistPage(browser, "http://localhost:" + port);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void unitFixesItsReturnedTableInTheEditorAndResubmitsIt() {
        long id = returnedTable();
        String name = table(id).path("name").asText();
        try {
            open("/editor/edit.html?id=" + id);
            browser.wait.until(driver -> indicatorRows().size() == 2);
            assertThat(browser.visible(By.id("return-reason")).getText()).contains(RETURN_REASON);
            assertThat(browser.visible(By.id("history-section")).getText()).as("审批记录 with people's names")
                    .contains("王晓").contains("张华").contains(RETURN_REASON);
            assertThat(reading(0, "fullYearValue")).isEqualTo("系统理解：≥ 2 次");

            WebElement activity = input("indicators[0].fullYearValue");
            activity.clear();
            activity.sendKeys("≥5次");
            browser.wait.until(driver -> reading(0, "fullYearValue").equals("系统理解：≥ 5 次"));

            browser.click(By.cssSelector("#indicators-section button[data-action=add]"));
            browser.wait.until(driver -> indicatorRows().size() == 3);
            input("indicators[2].level1").sendKeys("效益指标");
            input("indicators[2].level2").sendKeys("社会效益指标");
            input("indicators[2].level3").sendKeys("两岸交流活动参与人次");
            input("indicators[2].halfYearValue").sendKeys("≥20人次");
            browser.wait.until(driver -> reading(2, "halfYearValue").equals("系统理解：≥ 20 人次"));
            indicatorRows().get(1).findElement(By.cssSelector("button[data-action=remove]")).click();
            browser.wait.until(driver -> indicatorRows().size() == 2);
            assertThat(input("indicators[1].level3").getAttribute("value")).as("renumbered after the removal")
                    .isEqualTo("两岸交流活动参与人次");

            WebElement nameInput = input("name");
            nameInput.clear();
            browser.click(By.id("submit"));
            browser.visible(By.id("ask-text")).sendKeys("先提交");
            browser.click(By.id("ask-confirm"));
            String gap = "第2条指标（两岸交流活动参与人次）未填写全年指标值";
            assertThat(errorAt("name")).isEqualTo("未填写项目名称");
            assertThat(errorAt("indicators[1].fullYearValue")).isEqualTo(gap);
            assertThat(browser.visible(By.cssSelector("#problems .problems")).getText())
                    .contains("未提交：有 2 处需要修改").contains(gap).doesNotContain("绩效指标第2行");
            browser.screenshot("editor-submission-refused");
            JsonNode incomplete = table(id);
            assertThat(incomplete.path("status").asText()).as("saved as a draft, not submitted").isEqualTo("RETURNED");
            assertThat(incomplete.path("name").asText()).isEmpty();
            assertThat(fullYearValues(incomplete)).containsExactly("≥5次", "");

            nameInput = input("name");
            nameInput.sendKeys(name + "（修订）");
            input("indicators[1].fullYearValue").sendKeys("≥60人次");
            browser.click(By.id("save"));
            assertThat(browser.visible(By.cssSelector("#notice .notice")).getText()).startsWith("已保存（");
            assertThat(browser.driver.findElements(By.cssSelector("#fields .invalid"))).isEmpty();

            JsonNode saved = table(id);
            assertThat(saved.path("name").asText()).isEqualTo(name + "（修订）");
            assertThat(saved.path("status").asText()).isEqualTo("RETURNED");
            assertThat(StreamSupport.stream(saved.path("indicators").spliterator(), false)
                    .map(i -> i.path("level1").asText() + "/" + i.path("level2").asText() + "/"
                            + i.path("level3").asText() + "/" + i.path("halfYearValue").path("raw").asText()
                            + "/" + i.path("fullYearValue").path("raw").asText()).toList())
                    .containsExactly("产出指标/数量指标/组织交流活动/≥0次/≥5次",
                            "效益指标/社会效益指标/两岸交流活动参与人次/≥20人次/≥60人次");
            assertThat(saved.path("annualGoal").asText()).as("an untouched goal keeps its HTML").isEqualTo("<p>年度目标</p>");

            browser.click(By.id("submit"));
            browser.visible(By.id("ask-text")).sendKeys("已上调活动次数，补充交流人次指标");
            browser.click(By.id("ask-confirm"));
            browser.wait.until(driver -> driver.findElement(By.id("status")).getText().equals("主管部门审核中"));
            assertThat(browser.visible(By.id("readonly")).getText())
                    .contains("只能查看，不能修改：绩效目标表当前状态为“主管部门审核中”，不能修改");
            assertThat(input("name").isEnabled()).as("read-only").isFalse();
            assertThat(browser.driver.findElements(By.cssSelector("button[data-action=remove]")))
                    .allMatch(button -> !button.isDisplayed());
            assertThat(table(id).path("status").asText()).isEqualTo("DEPARTMENT_REVIEW");
            assertThat(tasksOf("dept-reviewer")).contains(id);

            open("/editor/index.html");
            browser.visible(By.id("year")).sendKeys(String.valueOf(YEAR));
            browser.click(By.cssSelector("#filters button[type=submit]"));
            By row = By.cssSelector("#targets tr[data-id='" + id + "']");
            String listed = browser.wait.until(driver -> {
                try {
                    String text = driver.findElement(row).getText();
                    return text.contains("主管部门审核中") ? text : null;
                } catch (NoSuchElementException | StaleElementReferenceException reloading) {
                    return null;
                }
            });
            assertThat(listed).contains(name + "（修订）").contains("主管部门审核中")
                    .contains("主管部门审核 · 江苏省红十字会（待签收，").contains("查看").contains("撤回")
                    .doesNotContain("提交审核");
            browser.screenshot("editor-my-tables");
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot("editor-returned-table-failure");
            throw e;
        }
    }

    @Test
    void aTableChangedMeanwhileIsNotOverwritten() {
        long id = returnedTable();
        try {
            open("/editor/edit.html?id=" + id);
            WebElement nameInput = browser.visible(By.cssSelector("[data-field='name']"));
            JsonNode current = table(id);
            ResponseEntity<JsonNode> elsewhere = rest.withBasicAuth("unit-staff", "demo").exchange(
                    "/api/targets/" + id, HttpMethod.PUT, new HttpEntity<>(asRequest(current, "他处修改的名称"),
                            ifMatch(current)), JsonNode.class);
            assertThat(elsewhere.getStatusCode()).isEqualTo(HttpStatus.OK);

            nameInput.clear();
            nameInput.sendKeys("页面中的名称");
            browser.click(By.id("save"));
            assertThat(browser.visible(By.cssSelector("#problems .problems")).getText())
                    .contains("未保存：绩效目标表已被他人修改").contains("请重新打开后再修改")
                    .contains("您的修改尚未保存");
            assertThat(table(id).path("name").asText()).isEqualTo("他处修改的名称");
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot("editor-concurrent-change");
            throw e;
        }
    }

    @Test
    void aPublishedTableIsAdjustedInTheSameEditorWhileItsVersionStaysInForce() {
        long id = publishedTable();
        try {
            open("/editor/edit.html?id=" + id);
            assertThat(browser.visible(By.id("readonly")).getText()).contains("绩效目标表当前状态为“已公开”，不能修改");
            assertThat(input("indicators[0].fullYearValue").isEnabled()).isFalse();
            browser.click(By.cssSelector("#readonly button[data-action=申请调整]"));
            browser.visible(By.id("ask-text")).sendKeys("服务对象增加，活动次数需上调");
            browser.click(By.id("ask-confirm"));
            browser.wait.until(driver -> driver.findElement(By.id("status")).getText().equals("调整中"));

            WebElement activity = input("indicators[0].fullYearValue");
            assertThat(activity.isEnabled()).isTrue();
            activity.clear();
            activity.sendKeys("≥3次");
            browser.wait.until(driver -> reading(0, "fullYearValue").equals("系统理解：≥ 3 次"));
            browser.click(By.id("save"));
            assertThat(browser.visible(By.cssSelector("#notice .notice")).getText()).startsWith("已保存（");

            JsonNode draft = table(id);
            assertThat(draft.path("status").asText()).isEqualTo("ADJUSTING");
            assertThat(draft.path("versionNo").asInt()).isEqualTo(2);
            assertThat(fullYearValues(draft)).containsExactly("≥3次", "≥90%");
            JsonNode inForce = rest.withBasicAuth("unit-staff", "demo")
                    .getForEntity("/api/targets/" + id + "/versions/1", JsonNode.class).getBody();
            assertThat(fullYearValues(inForce)).as("version 1 stays in force").containsExactly("≥2次", "≥90%");
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot("editor-adjustment");
            throw e;
        }
    }

    @Test
    void aDepartmentCreatesItsOwnTableInThePage() {
        String code = TestTargets.uniqueCode();
        try {
            tasklist.openAs("dept-reviewer", "/editor/edit.html");
            new Select(browser.visible(By.cssSelector("[data-field=type]"))).selectByValue("DEPARTMENT");
            browser.visible(By.id("dutyGoals-section"));
            input("code").sendKeys(code);
            input("budgetYear").clear();
            input("budgetYear").sendKeys(String.valueOf(YEAR));
            browser.wait.until(driver -> !new Select(input("departmentCode")).getOptions().stream()
                    .filter(option -> option.getDomAttribute("value").equals(TestTargets.JS_DEPARTMENT)).toList()
                    .isEmpty());
            new Select(input("departmentCode")).selectByValue(TestTargets.JS_DEPARTMENT);
            input("indicators[0].level1").sendKeys("产出指标");
            input("indicators[0].level2").sendKeys("数量指标");
            input("indicators[0].level3").sendKeys("应急救护培训人数");
            input("indicators[0].fullYearValue").sendKeys("不少于5万人");
            browser.click(By.id("create"));
            assertThat(errorAt("unitCode")).isEqualTo("实施单位不能为空");
            assertThat(rest.withBasicAuth("manager", "demo").getForEntity("/api/targets?size=200&year=" + YEAR,
                    JsonNode.class).getBody().path("content").findValuesAsText("code")).as("nothing created")
                    .doesNotContain(code);

            new Select(input("unitCode")).selectByValue(TestTargets.JS_DEPARTMENT);
            input("name").sendKeys("江苏省红十字会部门整体支出绩效目标");
            browser.click(By.cssSelector("#dutyGoals-section button[data-action=add]"));
            input("dutyGoals[0].duty").sendKeys("开展应急救护培训");
            input("dutyGoals[0].amount").sendKeys("12.5");
            browser.click(By.id("create"));
            browser.wait.until(driver -> driver.getCurrentUrl().contains("created=1"));
            assertThat(browser.visible(By.cssSelector("#notice .notice")).getText()).startsWith("已创建草稿");

            long id = Long.parseLong(browser.driver.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
            JsonNode created = rest.withBasicAuth("dept-reviewer", "demo")
                    .getForEntity("/api/targets/" + id, JsonNode.class).getBody();
            assertThat(created.path("code").asText()).isEqualTo(code);
            assertThat(created.path("type").asText()).isEqualTo("DEPARTMENT");
            assertThat(created.path("status").asText()).isEqualTo("DRAFT");
            assertThat(created.path("dutyGoals").get(0).path("duty").asText()).isEqualTo("开展应急救护培训");
            assertThat(created.path("dutyGoals").get(0).path("amount").decimalValue()).isEqualByComparingTo("12.5");
            assertThat(fullYearValues(created)).containsExactly("不少于5万人");
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot("editor-create");
            throw e;
        }
    }

    @Test
    void thePrepareTaskLinksToTheEditorInANewTab() {
        long id = returnedTable();
        String task = StreamSupport.stream(rest.withBasicAuth("unit-staff", "demo")
                        .getForEntity("/api/tasks?size=200", JsonNode.class).getBody().path("content").spliterator(), false)
                .filter(t -> t.path("targetId").asLong() == id).findFirst().orElseThrow().path("id").asText();
        try {
            tasklist.login("unit-staff");
            browser.driver.get("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + task);
            WebElement link = browser.visible(By.cssSelector(".fjs-container a[href='/editor/edit.html?id=" + id + "']"));
            assertThat(link.getText()).isEqualTo("在「绩效目标编辑」页面中打开本表");
            assertThat(link.getDomAttribute("target")).isEqualTo("_blank");
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot("editor-link-in-prepare-form");
            throw e;
        }
    }

    /** A project of 联络与合作中心, approved by the department and the finance bureau: published, version 1. */
    private long publishedTable() {
        long id = targets.create(TestTargets.inYear(TestTargets.project(TestTargets.JS_UNIT), YEAR),
                TestTargets.user("unit-staff")).getId();
        ProcessInstance instance = instanceOf(approval.submit(id, "请审核", TestTargets.user("unit-staff")));
        TaskActor.act(identity, instance, "dept-reviewer", "APPROVE");
        TaskActor.act(identity, instance, "finance-reviewer", "APPROVE", "reviewConclusion", "GOOD");
        assertThat(table(id).path("status").asText()).isEqualTo("PUBLISHED");
        return id;
    }

    private ProcessInstance instanceOf(TaskView task) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(task.processInstanceId())
                .singleResult();
    }

    /** A project of 联络与合作中心, submitted by the unit and returned by the department with a reason. */
    private long returnedTable() {
        long id = targets.create(TestTargets.inYear(TestTargets.project(TestTargets.JS_UNIT), YEAR),
                TestTargets.user("unit-staff")).getId();
        ProcessInstance instance = instanceOf(approval.submit(id, "请审核", TestTargets.user("unit-staff")));
        TaskActor.act(identity, instance, "dept-reviewer", "RETURN", "returnReason", RETURN_REASON);
        assertThat(table(id).path("status").asText()).isEqualTo("RETURNED");
        return id;
    }

    private void open(String path) {
        tasklist.openAs("unit-staff", path);
    }

    private List<WebElement> indicatorRows() {
        return browser.driver.findElements(By.cssSelector("#indicators-table tbody.line"));
    }

    private WebElement input(String field) {
        return browser.visible(By.cssSelector("#fields [data-field='" + field + "']"));
    }

    private String reading(int row, String key) {
        return indicatorRows().get(row).findElement(By.cssSelector("[data-reading=" + key + "]")).getText();
    }

    /** The message shown next to the input the API's error names. */
    private String errorAt(String field) {
        WebElement input = input(field);
        browser.wait.until(driver -> "true".equals(input.getDomAttribute("aria-invalid")));
        return input.findElement(By.xpath("following-sibling::div[contains(@class,'field-error')]")).getText();
    }

    private JsonNode table(long id) {
        ResponseEntity<JsonNode> response = rest.withBasicAuth("unit-staff", "demo")
                .getForEntity("/api/targets/" + id, JsonNode.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private static List<String> fullYearValues(JsonNode table) {
        return table.path("indicators").findValues("fullYearValue").stream()
                .map(value -> value.path("raw").asText()).toList();
    }

    private List<Long> tasksOf(String user) {
        JsonNode page = rest.withBasicAuth(user, "demo").getForEntity("/api/tasks?size=200", JsonNode.class).getBody();
        return StreamSupport.stream(page.path("content").spliterator(), false)
                .map(task -> task.path("targetId").asLong()).toList();
    }

    private static HttpHeaders ifMatch(JsonNode table) {
        HttpHeaders headers = new HttpHeaders();
        headers.setIfMatch("\"" + table.path("version").asLong() + "\"");
        return headers;
    }

    /** The table as a PUT takes it, renamed. */
    private JsonNode asRequest(JsonNode table, String name) {
        var request = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        request.put("code", table.path("code").asText()).put("budgetYear", table.path("budgetYear").asInt())
                .put("type", table.path("type").asText()).put("name", name)
                .put("departmentCode", table.path("department").path("code").asText())
                .put("unitCode", table.path("unit").path("code").asText());
        var indicators = request.putArray("indicators");
        table.path("indicators").forEach(i -> indicators.addObject().put("level1", i.path("level1").asText())
                .put("level2", i.path("level2").asText()).put("level3", i.path("level3").asText())
                .put("fullYearValue", i.path("fullYearValue").path("raw").asText()));
        return request;
    }
}
