package org.budgetperf.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import org.budgetperf.approval.ApprovalService;
import org.budgetperf.declaration.PerformanceTarget;
import org.budgetperf.declaration.TargetService;
import org.budgetperf.operation.OperationOnTask;
import org.budgetperf.operation.TaskOperationType;
import org.budgetperf.operation.TaskOperations;
import org.budgetperf.support.IntegrationTest;
import org.budgetperf.support.TestTargets;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The task detail tab 「审批操作」 in the real Tasklist (scripts/task-operations.js): the department's reviewer opens
 * the review task and the tab shows the table's timeline, the unit's submission and an operation recorded on the
 * task, with names and reasons; the reviewer transfers the task to a colleague there (refused first without a reason).
 */
@IntegrationTest
class TaskOperationsTabTest extends TasklistBrowserTest {

    private static final String COMMENT = "请补充满意度调查的样本量";
    private static final String REASON = "本人出差，请赵敏审核";

    @Autowired
    TargetService targets;
    @Autowired
    ApprovalService approval;
    @Autowired
    TaskService tasks;
    @Autowired
    TaskOperations operations;

    @Test
    void theTabShowsTheTablesTimeline() {
        PerformanceTarget target = targets.create(TestTargets.project(TestTargets.JS_UNIT),
                TestTargets.user("unit-staff"));
        approval.submit(target.getId(), "请审核", TestTargets.user("unit-staff"));
        Task review = tasks.createTaskQuery().processInstanceBusinessKey(target.businessKey()).singleResult();
        operations.record(new OperationOnTask(target.getId(), target.getVersionNo(), review.getProcessInstanceId(),
                review.getId(), review.getName()), TaskOperationType.COMMENT, "dept-reviewer", null, COMMENT);
        try {
            tasklist.login("dept-reviewer");
            browser.driver.get("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + review.getId());
            browser.click(By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space()='审批操作']"));
            WebElement submitted = browser.visible(By.cssSelector("tr.timeline-entry[data-action='SUBMIT']"));
            assertThat(submitted.getText()).contains("编制提交").contains("提交").contains("王晓").contains("请审核");
            WebElement commented = browser.visible(By.cssSelector("tr.timeline-entry[data-action='COMMENT']"));
            assertThat(commented.getText()).contains("意见").contains("张华").contains(COMMENT);
            assertThat(browser.driver.findElements(By.cssSelector("tr.timeline-entry"))).hasSize(2);
            browser.screenshot("task-operations-tab");

            browser.click(By.cssSelector(".budgetperf-operations button.transfer"));
            assertThat(browser.visible(By.cssSelector(".budgetperf-operations-message")).getText())
                    .isEqualTo("请只选择一位同事");

            browser.click(By.cssSelector(".budgetperf-operations button.transfer"));
            new Select(browser.visible(By.cssSelector(".budgetperf-operations select.colleagues")))
                    .selectByVisibleText("赵敏");
            browser.click(By.cssSelector(".budgetperf-operations button.transfer"));
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector(".budgetperf-operations-message.text-danger"), "原因"));
            browser.visible(By.cssSelector(".budgetperf-operations input.operation-reason")).sendKeys(REASON);
            browser.click(By.cssSelector(".budgetperf-operations button.transfer"));
            browser.wait.until(ExpectedConditions.textToBe(By.cssSelector(".budgetperf-operations-message"),
                    "已转办给 赵敏"));
            WebElement transferred = browser.visible(By.cssSelector("tr.timeline-entry[data-action='TRANSFER']"));
            assertThat(transferred.getText()).contains("转办").contains("张华").contains("赵敏").contains(REASON);
            assertThat(tasks.createTaskQuery().taskId(review.getId()).singleResult().getAssignee())
                    .isEqualTo("dept-reviewer-2");
            browser.screenshot("task-operations-transferred");
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot("task-operations-tab-failure");
            throw e;
        }
    }
}
