package org.budgetperf.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetperf.approval.ApprovalService;
import org.budgetperf.declaration.PerformanceTarget;
import org.budgetperf.declaration.TargetService;
import org.budgetperf.notification.NotificationService;
import org.budgetperf.notification.NotificationType;
import org.budgetperf.support.IntegrationTest;
import org.budgetperf.support.TestTargets;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In the real Tasklist: the department's review task names its table on the card, the department returns it, the
 * unit's card says 【已退回】 and its form shows the reason at the top; the header names people surname first. The
 * unit's staff then finds the return in the notification inbox, reads it and the unread count drops; the Tasklist
 * header's 「通知（n）」 link (scripts/inbox-link.js) counts the same and leads there, beside 「管理驾驶舱」, and the inbox
 * leads back.
 */
@IntegrationTest
class TaskCardsAndInboxTest extends TasklistBrowserTest {

    private static final String UNIT = "江苏省红十字会联络与合作中心";
    private static final String REASON = "请补充满意度指标的调查方式";
    private static final Pattern UNREAD = Pattern.compile("未读通知 (\\d+) 条");

    @Autowired
    TargetService targets;
    @Autowired
    ApprovalService approval;
    @Autowired
    TaskService tasks;
    @Autowired
    NotificationService notifications;

    @Test
    void aReturnIsMarkedOnTheUnitsCardAndFormAndReadInItsInbox() {
        PerformanceTarget target = targets.create(TestTargets.project(TestTargets.JS_UNIT),
                TestTargets.user("unit-staff"));
        approval.submit(target.getId(), "请审核", TestTargets.user("unit-staff"));
        notifications.notify("org-JS-HSZH-LLHZ", NotificationType.REMINDER, null, null, "请及时填报半年绩效监控");
        String table = target.getName() + "（" + target.getCode() + "）｜" + UNIT;
        String review = openTask(target);
        try {
            tasklist.login("dept-reviewer");
            assertThat(tasklist.myTaskNames(1)).contains("主管部门审核｜" + table);
            assertThat(headerUserName()).isEqualTo("张华");
            browser.screenshot("task-card-department-review");
            tasklist.openAndClaim(review, target.getName());
            tasklist.decide("退回修改");
            tasklist.fill("退回原因", REASON);
            tasklist.complete();
            browser.wait.until(driver -> tasks.createTaskQuery().taskId(review).count() == 0);

            tasklist.login("unit-staff");
            assertThat(tasklist.myTaskNames(1)).contains("【已退回】编制并提交绩效目标｜" + table);
            assertThat(headerUserName()).isEqualTo("王晓");
            tasklist.openAndClaim(openTask(target), target.getName());
            WebElement notice = browser.visible(By.xpath("//*[contains(@class,'fjs-container')]"
                    + "//*[contains(normalize-space(),'已退回修改')][contains(normalize-space(),'" + REASON + "')]"));
            assertThat(notice.getText()).contains("张华（主管部门审核）");
            WebElement heading = browser.visible(By.xpath("//*[contains(@class,'fjs-container')]//h2[normalize-space()='"
                    + target.getName() + "']"));
            assertThat(notice.getLocation().getY()).as("the reason is at the top of the form")
                    .isLessThan(heading.getLocation().getY());
            browser.screenshot("task-card-returned-form");

            browser.driver.get("http://localhost:" + port + "/inbox/");
            WebElement returned = browser.visible(By.xpath("//table[@id='notifications']//tr[td[contains(., '"
                    + target.getName() + "')]]"));
            assertThat(returned.getText()).contains("退回通知").contains(REASON).contains("未读");
            int unread = unreadOnPage();
            assertThat(unread).as("the return and the reminder at least").isGreaterThanOrEqualTo(2);
            browser.screenshot("inbox-unread");
            returned.findElement(By.cssSelector("button.mark-read")).click();
            browser.wait.until(driver -> unreadOnPage() == unread - 1);
            assertThat(browser.visible(By.xpath("//table[@id='notifications']//tr[td[contains(., '"
                    + target.getName() + "')]]")).getText()).contains("已读");
            browser.screenshot("inbox-read");

            browser.driver.get("http://localhost:" + port + "/camunda/app/tasklist/default/");
            WebElement link = inboxLinkInTheHeader();
            assertThat(browser.visible(By.cssSelector("[cam-widget-header] a.budgetperf-dashboard-link")).getText())
                    .isEqualTo("管理驾驶舱");
            browser.wait.until(driver -> link.getText().equals("通知（" + (unread - 1) + "）"));
            browser.screenshot("tasklist-header-inbox-link");
            link.click();
            browser.visible(By.id("notifications"));
            assertThat(browser.driver.findElement(By.id("tasklist-link")).getAttribute("href"))
                    .endsWith("/camunda/app/tasklist/");
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot("task-cards-and-inbox-failure");
            throw e;
        }
    }

    private String headerUserName() {
        return browser.visible(By.cssSelector("[cam-widget-header] li.account > a.dropdown-toggle")).getText().strip();
    }

    private int unreadOnPage() {
        Matcher count = UNREAD.matcher(browser.driver.findElement(By.id("unread")).getText());
        return count.find() ? Integer.parseInt(count.group(1)) : 0;
    }

    /** The header's link, which the Tasklist loads from its config.js ({@code customScripts}). */
    private WebElement inboxLinkInTheHeader() {
        return browser.visible(By.cssSelector("[cam-widget-header] a.budgetperf-inbox-link"));
    }

    private String openTask(PerformanceTarget target) {
        return tasks.createTaskQuery().processInstanceBusinessKey(target.businessKey()).singleResult().getId();
    }
}
