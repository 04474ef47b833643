package org.budgetperf.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.budgetperf.approval.ApprovalService;
import org.budgetperf.declaration.PerformanceTarget;
import org.budgetperf.declaration.TargetService;
import org.budgetperf.support.IntegrationTest;
import org.budgetperf.support.TestTargets;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/**
 * 「我提交的」 in the real Tasklist (scripts/submitted-tables.js): the department has approved the unit's table, and
 * the unit's staff withdraws it from the unclaimed finance review with the panel's 「撤回」; the table is back in
 * drafting and its preparation task is in the unit's Tasklist. Once finance has claimed the review, the same button
 * shows the server's Chinese refusal.
 */
@IntegrationTest
class SubmittedTablesPanelTest extends TasklistBrowserTest {

    private static final By MESSAGE = By.cssSelector("#budgetperf-submitted .budgetperf-submitted-message");

    private static final String UNIT = "江苏省红十字会联络与合作中心";

    @Autowired
    TargetService targets;
    @Autowired
    ApprovalService approval;
    @Autowired
    TaskService tasks;
    @Autowired
    TestRestTemplate rest;

    private PerformanceTarget target;

    @BeforeEach
    void inFinanceReview() {
        target = targets.create(TestTargets.project(TestTargets.JS_UNIT), TestTargets.user("unit-staff"));
        approval.submit(target.getId(), "请审核", TestTargets.user("unit-staff"));
        assertThat(rest.withBasicAuth("dept-reviewer", "demo").postForEntity("/api/tasks/" + openTask("departmentReview")
                + "/complete", Map.of("decision", "APPROVE", "comment", "同意"), JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(status()).isEqualTo("FINANCE_REVIEW");
    }

    @Test
    void theUnitWithdrawsFromTheUnclaimedFinanceReviewInTheTasklist() {
        try {
            tasklist.login("unit-staff");
            openPanelAt();
            browser.wait.until(driver -> rowText().contains(target.getName()) && rowText().contains("财政部门审核中")
                    && rowText().contains("待签收"));
            browser.screenshot("submitted-panel-finance-review");
            browser.click(withdrawButton());
            browser.wait.until(driver -> message().contains("已撤回"));
            assertThat(message()).isEqualTo("已撤回“" + target.getName()
                    + "”，表已回到编制中，可在任务列表中修改后重新提交");
            browser.wait.until(driver -> driver.findElements(rowOf()).isEmpty());
            browser.screenshot("submitted-panel-withdrawn");
            assertThat(status()).isEqualTo("DRAFT");

            assertThat(tasklist.myTaskNames(1)).anyMatch(name -> name.endsWith("编制并提交绩效目标｜" + target.getName()
                    + "（" + target.getCode() + "）｜" + UNIT));
            browser.screenshot("submitted-panel-prepare-task-back");
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot("submitted-panel-failure");
            throw e;
        }
    }

    @Test
    void theWithdrawButtonShowsTheRefusalOnceFinanceClaimedTheReview() {
        tasks.claim(openTask("financeReview"), "finance-reviewer");
        try {
            tasklist.login("unit-staff");
            openPanelAt();
            browser.click(withdrawButton());
            browser.wait.until(driver -> !message().isBlank());
            assertThat(message()).isEqualTo("“财政部门审核”已签收（审核人：陈静），不能撤回，请联系审核人退回");
            assertThat(browser.visible(MESSAGE).getAttribute("class")).contains("text-danger");
            browser.wait.until(driver -> rowText().contains("已由陈静签收"));
            browser.screenshot("submitted-panel-withdrawal-refused");
            assertThat(status()).isEqualTo("FINANCE_REVIEW");
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot("submitted-panel-refusal-failure");
            throw e;
        }
    }

    private String message() {
        return browser.visible(MESSAGE).getText();
    }

    private String rowText() {
        return browser.visible(rowOf()).getText();
    }

    private By withdrawButton() {
        return By.cssSelector("#budgetperf-submitted tr[data-target-id='" + target.getId() + "'] button.withdraw");
    }

    /** Opens 「我提交的」 from the Tasklist header and waits for the table's row. */
    private void openPanelAt() {
        browser.click(By.cssSelector("[cam-widget-header] a.budgetperf-submitted-link"));
        browser.visible(rowOf());
    }

    private By rowOf() {
        return By.cssSelector("#budgetperf-submitted tr[data-target-id='" + target.getId() + "']");
    }

    private String openTask(String taskKey) {
        return tasks.createTaskQuery().processInstanceBusinessKey(target.businessKey()).taskDefinitionKey(taskKey)
                .singleResult().getId();
    }

    private String status() {
        return rest.withBasicAuth("unit-staff", "demo").getForEntity("/api/targets/" + target.getId(), JsonNode.class)
                .getBody().path("status").asText();
    }
}
