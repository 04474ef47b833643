package org.budgetperf.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import org.budgetperf.approval.ApprovalDecision;
import org.budgetperf.approval.ApprovalHistory;
import org.budgetperf.approval.ApprovalService;
import org.budgetperf.security.CurrentUser;
import org.budgetperf.support.IntegrationTest;
import org.budgetperf.support.TestTargets;
import org.budgetperf.declaration.PerformanceTarget;
import org.budgetperf.declaration.TargetQueries;
import org.budgetperf.declaration.TargetService;
import org.budgetperf.declaration.TargetStatus;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The walk in the real Camunda Tasklist, in headless Chromium: the unit submits, the department
 * returns with a reason, the unit resubmits, department and finance approve; the table ends published.
 */
@IntegrationTest
class TasklistWalkThroughTest extends TasklistBrowserTest {

    @Autowired
    TargetService targets;
    @Autowired
    TargetQueries targetQueries;
    @Autowired
    ApprovalService approval;
    @Autowired
    ApprovalHistory history;
    @Autowired
    TaskService tasks;

    private PerformanceTarget target;

    @BeforeEach
    void tableInApproval() {
        target = targets.create(TestTargets.project(TestTargets.JS_UNIT), CurrentUser.system());
        approval.open(target);
    }

    @Test
    void tableTravelsThroughTheTasklistToPublication() {
        workOn("unit-staff", "prepare", "提交审核", () -> tasklist.fill("提交说明", "请审核"));
        workOn("dept-reviewer", "departmentReview", "退回修改", () -> tasklist.fill("退回原因", "请补充满意度指标的调查方式"));
        assertThat(targetQueries.find(target.getId()).getStatus()).isEqualTo(TargetStatus.RETURNED);
        workOn("unit-staff", "prepare", "提交审核", () -> {
            assertThat(browser.visible(By.xpath("//*[contains(text(),'请补充满意度指标的调查方式')]")).isDisplayed())
                    .as("the return reason is shown in the form's history").isTrue();
            tasklist.fill("提交说明", "已补充");
        });
        workOn("dept-reviewer", "departmentReview", "审核通过", () -> tasklist.fill("审核意见", "同意"));
        workOn("finance-reviewer", "financeReview", "审核通过并批复", () -> tasklist.choose("审核结论", "良"));

        assertThat(targetQueries.find(target.getId()).getStatus()).isEqualTo(TargetStatus.PUBLISHED);
        assertThat(history.of(target.getId()))
                .extracting(d -> d.getUserId() + ":" + d.getDecision(), ApprovalDecision::getRemark)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("unit-staff:SUBMIT", "请审核"),
                        org.assertj.core.groups.Tuple.tuple("dept-reviewer:RETURN", "请补充满意度指标的调查方式"),
                        org.assertj.core.groups.Tuple.tuple("unit-staff:SUBMIT", "已补充"),
                        org.assertj.core.groups.Tuple.tuple("dept-reviewer:APPROVE", "同意"),
                        org.assertj.core.groups.Tuple.tuple("finance-reviewer:APPROVE", null));
    }

    @Test
    void aUnitsTextsShowLiterallyInTheReviewersFormNeverAsMarkdown() {
        PerformanceTarget forged = targets.create(TestTargets.projectNamed(TestTargets.JS_UNIT,
                "**伪造：已通过** [点此查看](http://evil.example/)", "# 审核意见：同意\n| 结论 | 通过 |"),
                CurrentUser.system());
        approval.submit(forged.getId(), "请审核", TestTargets.user("unit-staff"));
        Task review = tasks.createTaskQuery().processInstanceBusinessKey(forged.businessKey()).singleResult();
        try {
            tasklist.login("dept-reviewer");
            tasklist.openAndClaim(review.getId(), "**伪造：已通过** [点此查看](http://evil.example/)");
            browser.visible(By.xpath("//*[contains(@class,'fjs-container')]//*[contains(text(),'# 审核意见：同意')]"));
            assertThat(browser.driver.findElements(By.cssSelector(".fjs-container strong, .fjs-container h1")).stream()
                    .map(element -> element.getText()).toList())
                    .as("no forged emphasis or heading").noneMatch(text -> text.contains("伪造") || text.contains("审核意见"));
            assertThat(browser.driver.findElements(By.cssSelector(".fjs-container a[href*='evil']"))).isEmpty();
            browser.screenshot("literal-texts-in-review-form");
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot("literal-texts-failure");
            throw e;
        }
    }

    /** Logs in as the user, opens the table's task, claims it, fills the form and completes it. */
    private void workOn(String user, String taskKey, String decisionLabel, Runnable fillForm) {
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(target.businessKey())
                .taskDefinitionKey(taskKey).singleResult();
        assertThat(task).as("open task " + taskKey).isNotNull();
        try {
            tasklist.login(user);
            tasklist.openAndClaim(task.getId(), target.getName());
            tasklist.decide(decisionLabel);
            fillForm.run();
            tasklist.complete();
            browser.wait.until(driver ->
                    tasks.createTaskQuery().taskId(task.getId()).count() == 0);
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot(user + "-" + taskKey);
            throw e;
        }
    }
}
