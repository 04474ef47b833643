package org.budgetperf.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.budgetperf.approval.ApprovalService;
import org.budgetperf.approval.TaskView;
import org.budgetperf.declaration.TargetService;
import org.budgetperf.support.BasicAuthApi;
import org.budgetperf.support.Browser;
import org.budgetperf.support.IntegrationTest;
import org.budgetperf.support.TaskActor;
import org.budgetperf.support.TasklistPage;
import org.budgetperf.support.TestTargets;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 管理驾驶舱 (/dashboard/) in headless Chromium: the manager's stage counts are the API's, a table opens with its
 * timeline (the department's decision under 张华's name) and its diagram with the current step highlighted; a unit's
 * staff see only their unit's tables, the same the API lists for them, and another department's figures are refused
 * in Chinese. Screenshots stay in target/screenshots.
 */
@IntegrationTest
class DashboardPageTest {

    private static final int YEAR = 2047;
    private static final String DEPARTMENT_REMARK = "同意报送财政部门审核";

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    IdentityService identity;
    @Autowired
    TargetService targets;
    @Autowired
    ApprovalService approval;

    private Browser browser;
    private TasklistPage pages;
    private BasicAuthApi api;

    @BeforeEach
    void openBrowser() {
        Browser.assumeAvailable();
        browser = new Browser();
        pages = new TasklistPage(browser, base());
        api = new BasicAuthApi(base());
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void managerSeesTheApisCountsAndOpensATableWithItsTimelineAndHighlightedStep() {
        long inFinanceReview = approvedByTheDepartment(TestTargets.JS_UNIT, "unit-staff");
        long drafting = targets.create(TestTargets.inYear(TestTargets.project(TestTargets.JS_UNIT_2), YEAR),
                TestTargets.user("unit-staff-2")).getId();
        try {
            pages.openAs("manager", "/dashboard/");
            assertThat(stageCountsOnThePage()).as("without a year: the latest year's").hasSize(10);
            browser.driver.get(base() + "/dashboard/?year=" + YEAR);
            Map<String, Integer> onThePage = stageCountsOnThePage();
            JsonNode dashboard = api.get("manager", "/api/dashboard?year=" + YEAR).body();
            Map<String, Integer> fromTheApi = new LinkedHashMap<>();
            dashboard.path("stages").forEach(s -> fromTheApi.put(s.path("stage").asText(), s.path("count").asInt()));
            assertThat(onThePage).isEqualTo(fromTheApi);
            assertThat(onThePage.get("FINANCE_REVIEW")).isGreaterThanOrEqualTo(1);
            assertThat(onThePage.get("DRAFTING")).isGreaterThanOrEqualTo(1);
            assertThat(browser.visible(By.id("total")).getText()).contains("共 " + dashboard.path("total").asInt() + " 张");
            assertThat(listedIds()).contains(inFinanceReview, drafting);
            browser.screenshot("dashboard-manager");

            String code = table(inFinanceReview).path("code").asText();
            browser.visible(By.id("q")).sendKeys(code);
            browser.click(By.cssSelector("#search button[type=submit]"));
            browser.wait.until(driver -> listedIds().equals(List.of(inFinanceReview)));
            assertThat(browser.driver.findElement(By.id("export")).getDomAttribute("href"))
                    .as("「导出Excel」 with the same filters").startsWith("/api/dashboard/tables.xlsx?")
                    .contains("year=" + YEAR).contains("q=" + code);

            browser.click(By.cssSelector("#tables tr[data-id='" + inFinanceReview + "'] a.open-table"));
            browser.wait.until(driver -> String.valueOf(inFinanceReview)
                    .equals(driver.findElement(By.id("detail")).getDomAttribute("data-loaded")));
            WebElement decision = browser.visible(By.cssSelector("#timeline-table tr[data-kind=DECISION][data-action=APPROVE]"));
            assertThat(decision.getText()).contains("张华").contains(DEPARTMENT_REMARK);
            assertThat(browser.driver.findElement(By.id("indicators")).getText()).contains("组织交流活动");

            List<String> active = texts(api.get("manager", "/api/targets/" + inFinanceReview + "/diagram").body()
                    .path("activeActivityIds"));
            assertThat(active).hasSize(1);
            WebElement current = browser.visible(By.cssSelector("#diagram g.djs-element[data-element-id='"
                    + active.get(0) + "']"));
            assertThat(current.getDomAttribute("class")).contains("current-step");
            assertThat(browser.driver.findElements(By.cssSelector("#diagram g.djs-element.current-step"))).hasSize(1);
            assertThat(browser.driver.findElements(By.cssSelector("#diagram g.djs-element.completed-step")))
                    .as("the submission and the department's review, marked more softly").isNotEmpty();
            browser.screenshot("dashboard-table-detail");
            ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView()", decision);
            browser.screenshot("dashboard-table-timeline");
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot("dashboard-manager-failure");
            throw e;
        }
    }

    @Test
    void unitStaffSeeOnlyTheirUnitsTables() {
        long own = approvedByTheDepartment(TestTargets.JS_UNIT, "unit-staff");
        long another = targets.create(TestTargets.inYear(TestTargets.project(TestTargets.JS_UNIT_2), YEAR),
                TestTargets.user("unit-staff-2")).getId();
        try {
            pages.openAs("unit-staff", "/dashboard/?year=" + YEAR);
            List<Long> listed = listedIds();
            JsonNode fromTheApi = api.get("unit-staff", "/api/dashboard/tables?year=" + YEAR + "&size=200").body();
            assertThat(listed).containsExactlyInAnyOrderElementsOf(
                    StreamSupport.stream(fromTheApi.path("content").spliterator(), false)
                            .map(t -> t.path("id").asLong()).toList());
            assertThat(listed).contains(own).doesNotContain(another);
            assertThat(browser.driver.findElements(By.cssSelector("#tables tbody tr[data-id] td:nth-child(3)")))
                    .allSatisfy(unit -> assertThat(unit.getText()).startsWith("江苏省红十字会联络与合作中心"));
            browser.screenshot("dashboard-unit-staff");

            new Select(browser.visible(By.id("organization"))).selectByVisibleText("福建省红十字会");
            browser.click(By.cssSelector("#filters button[type=submit]"));
            assertThat(browser.visible(By.cssSelector("#overview-result .error")).getText())
                    .isEqualTo("无权查看“福建省红十字会”的绩效目标表（organization）");
            browser.wait.until(driver -> listedIds().isEmpty());
            assertThat(browser.driver.getCurrentUrl()).contains("organization=338601");
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot("dashboard-unit-staff-failure");
            throw e;
        }
    }

    /** A project submitted by its unit and approved by the department with a remark: it waits for the finance bureau. */
    private long approvedByTheDepartment(String unit, String preparer) {
        long id = targets.create(TestTargets.inYear(TestTargets.project(unit), YEAR), TestTargets.user(preparer)).getId();
        TaskView submitted = approval.submit(id, "请审核", TestTargets.user(preparer));
        ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(submitted.processInstanceId()).singleResult();
        TaskActor.act(identity, instance, "dept-reviewer", "APPROVE", "comment", DEPARTMENT_REMARK);
        return id;
    }

    /** The counts the page shows, once it has shown them. */
    private Map<String, Integer> stageCountsOnThePage() {
        browser.wait.until(driver -> driver.findElements(By.cssSelector("#stages li[data-stage]")).size() == 10);
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (WebElement stage : browser.driver.findElements(By.cssSelector("#stages li[data-stage]"))) {
            counts.put(stage.getDomAttribute("data-stage"),
                    Integer.valueOf(stage.findElement(By.cssSelector(".stage-count")).getDomAttribute("data-count")));
        }
        return counts;
    }

    /** The tables the list shows, once it has loaded (20 a page: enough for this year's few). */
    private List<Long> listedIds() {
        browser.wait.until(driver -> !driver.findElements(By.cssSelector("#tables tbody tr[data-id]")).isEmpty()
                || !driver.findElements(By.cssSelector("#tables tbody tr.empty, #tables tbody td.error")).isEmpty());
        // read in one script: the list may be drawn again between finding a row and reading it
        List<?> ids = (List<?>) ((JavascriptExecutor) browser.driver).executeScript("return Array.from("
                + "document.querySelectorAll('#tables tbody tr[data-id]'), row => row.dataset.id);");
        return ids.stream().map(id -> Long.valueOf((String) id)).toList();
    }

    private JsonNode table(long id) {
        return api.get("manager", "/api/targets/" + id).body();
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
