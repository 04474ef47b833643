package org.budgetperf.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.budgetperf.approval.ApprovalService;
import org.budgetperf.declaration.PerformanceTarget;
import org.budgetperf.declaration.TargetService;
import org.budgetperf.security.CurrentUser;
import org.budgetperf.support.IntegrationTest;
import org.budgetperf.support.TaskActor;
import org.budgetperf.support.TasklistPage;
import org.budgetperf.support.TestTargets;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Tasklist speaks Chinese to a browser that asks for English (Chromium's own language here), English is one button
 * away, and the Camunda 8 migration banner is not shown.
 */
@IntegrationTest
class TasklistInChineseTest extends TasklistBrowserTest {

    private static final By LANGUAGE_SWITCH = By.cssSelector(".budgetperf-language-switch");

    @Autowired
    TargetService targets;
    @Autowired
    ApprovalService approval;
    @Autowired
    TaskService tasks;
    @Autowired
    IdentityService identity;

    @Test
    void theTasklistIsInChineseWithEnglishOnRequestAndNoMigrationBanner() {
        PerformanceTarget target = targets.create(TestTargets.project(TestTargets.JS_UNIT), CurrentUser.system());
        approval.open(target);
        Task prepare = tasks.createTaskQuery().processInstanceBusinessKey(target.businessKey())
                .taskDefinitionKey("prepare").singleResult();
        prepare.setDueDate(Date.from(Instant.now().plus(Duration.ofDays(5)).plus(Duration.ofHours(1))));
        tasks.saveTask(prepare);
        String base = "http://localhost:" + port;
        try {
            browser.driver.get(base + "/camunda/app/tasklist/default/");
            assertThat(((JavascriptExecutor) browser.driver).executeScript("return navigator.languages[0]"))
                    .as("the browser asks for English").asString().startsWith("en");
            assertThat(browser.visible(By.id("login-button")).getText()).as("our login page, not the Tasklist's form")
                    .isEqualTo(TasklistPage.LOG_IN);
            assertThat(browser.driver.getTitle()).isEqualTo("登录 · 预算绩效目标管理");
            assertThat(visibleText()).contains("用户名", "密码");
            browser.screenshot("tasklist-zh-login");

            tasklist.login("unit-staff");
            assertThat(browser.driver.getTitle()).isEqualTo("Camunda 任务列表");
            assertThat(browser.visible(headerLink("发起流程")).isDisplayed()).isTrue();
            assertThat(dueDates()).as("moment.js in Chinese").anyMatch(due -> due.matches("到期：\\s*5 天后"));
            tasklist.openAndClaim(prepare.getId(), target.getName());
            assertThat(browser.visible(TasklistPage.button(TasklistPage.SAVE)).isDisplayed()).isTrue();
            assertThat(browser.visible(TasklistPage.button(TasklistPage.COMPLETE)).isDisplayed()).isTrue();
            assertThat(visibleText()).contains("设置跟进日期", "表单", "历史", "流程图", "添加评论")
                    .doesNotContain("Claim", "Complete", "Start process", "Add Comment");
            assertNoMigrationBanner();
            browser.screenshot("tasklist-zh-task");

            browser.click(LANGUAGE_SWITCH);
            assertThat(browser.visible(TasklistPage.button("Complete")).isDisplayed()).as("English on request")
                    .isTrue();
            assertThat(dueDates()).anyMatch(due -> due.matches("Due\\s*in 5 days"));
            assertThat(visibleText()).contains("Start process", "Set follow-up date", "Add Comment");
            assertNoMigrationBanner();
            browser.screenshot("tasklist-en-task");

            browser.click(LANGUAGE_SWITCH);
            assertThat(browser.visible(TasklistPage.button(TasklistPage.COMPLETE)).isDisplayed()).as("Chinese again")
                    .isTrue();

            browser.driver.get(base + "/camunda/app/tasklist/default/?lang=en");
            assertThat(browser.visible(headerLink("Start process")).isDisplayed()).as("English by the README's link")
                    .isTrue();
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot("tasklist-zh-failure");
            throw e;
        }
    }

    /** form-js writes these in English itself; the Tasklist's form-messages-zh.js turns them into Chinese. */
    @Test
    void ourFormsValidateAndPromptInChinese() {
        PerformanceTarget target = targets.create(TestTargets.project(TestTargets.JS_UNIT), CurrentUser.system());
        ProcessInstance instance = approval.open(target);
        TaskActor.act(identity, instance, "unit-staff", "SUBMIT");
        TaskActor.act(identity, instance, "dept-reviewer", "APPROVE");
        Task review = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
        try {
            tasklist.login("finance-reviewer");
            tasklist.openAndClaim(review.getId(), target.getName());
            assertThat(browser.visible(By.cssSelector(".fjs-select-display")).getText()).isEqualTo("请选择");
            tasklist.decide("退回修改");
            tasklist.fill("退回原因", "改");
            browser.click(By.xpath("//label[contains(normalize-space(),'审核意见')]"));
            By error = By.cssSelector(".fjs-form-field-error li");
            browser.wait.until(driver -> driver.findElements(error).stream()
                    .anyMatch(message -> message.getText().equals("至少填写 5 个字")));
            assertThat(visibleText()).doesNotContain("Field must", "Select");
            browser.screenshot("tasklist-zh-validation");
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot("tasklist-zh-validation-failure");
            throw e;
        }
    }

    private static By headerLink(String text) {
        return By.xpath("//*[@cam-widget-header]//a[contains(normalize-space(),'" + text + "')]");
    }

    /** The due dates in the task list, once one is there. */
    private List<String> dueDates() {
        By due = By.cssSelector("li.task .due-date");
        browser.wait.until(driver -> !driver.findElements(due).isEmpty());
        return browser.driver.findElements(due).stream().map(WebElement::getText).map(String::strip).toList();
    }

    private String visibleText() {
        return browser.driver.findElement(By.tagName("body")).getText();
    }

    /** Camunda 7.24 puts the red banner above every page's header; our user-styles.css hides it. */
    private void assertNoMigrationBanner() {
        assertThat(browser.driver.findElements(By.cssSelector(".ce-eol-banner")))
                .noneMatch(WebElement::isDisplayed);
        assertThat(visibleText()).doesNotContain("Camunda 8");
    }
}
