package org.budgetperf.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import org.budgetperf.approval.ApprovalHistory;
import org.budgetperf.approval.ApprovalService;
import org.budgetperf.approval.DecisionInput;
import org.budgetperf.declaration.PerformanceTarget;
import org.budgetperf.declaration.TargetQueries;
import org.budgetperf.declaration.TargetService;
import org.budgetperf.declaration.TargetStatus;
import org.budgetperf.support.IntegrationTest;
import org.budgetperf.support.TestTargets;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A finance reviewer who picks 审核通过并批复 with the conclusion 中 in the real Tasklist: the form warns in Chinese,
 * and completing it anyway shows the server's Chinese refusal (no engine code, no "Cannot submit task form"); the
 * task stays open and nothing is recorded.
 */
@IntegrationTest
class ContradictoryConclusionTest extends TasklistBrowserTest {

    private static final String REFUSAL = "审核结论为“优”或“良”才能通过批复；“中”应退回修改，“差”应不予安排";

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

    @Test
    void approvingWithTheConclusionFairIsRefusedInChineseAndNothingIsRecorded() {
        PerformanceTarget target = targets.create(TestTargets.project(TestTargets.JS_UNIT),
                TestTargets.user("unit-staff"));
        approval.submit(target.getId(), "请审核", TestTargets.user("unit-staff"));
        approval.complete(openTask(target), new DecisionInput("APPROVE", "同意", null, null, null, null),
                TestTargets.user("dept-reviewer"));
        String review = openTask(target);
        try {
            tasklist.login("finance-reviewer");
            tasklist.openAndClaim(review, target.getName());
            tasklist.decide("审核通过并批复");
            tasklist.choose("审核结论", "中");
            assertThat(browser.visible(By.xpath("//*[contains(@class,'fjs-container')]"
                    + "//*[contains(normalize-space(),'审核结果与审核结论不一致')]")).isDisplayed())
                    .as("the form warns before it is completed").isTrue();
            tasklist.complete();

            String shown = browser.visible(By.xpath("//*[contains(@class,'page-notifications')]"
                    + "//*[contains(normalize-space(),'" + REFUSAL + "')]")).getText();
            browser.screenshot("finance-review-contradictory-conclusion");
            assertThat(shown).contains(REFUSAL).doesNotContain("Cannot submit").doesNotContain("ENGINE-");
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot("finance-review-contradictory-conclusion-failure");
            throw e;
        }
        assertThat(tasks.createTaskQuery().taskId(review).count()).as("the task is still open").isEqualTo(1);
        assertThat(history.of(target.getId())).as("nothing recorded").hasSize(2);
        assertThat(targetQueries.find(target.getId()).getStatus()).isEqualTo(TargetStatus.FINANCE_REVIEW);
    }

    private String openTask(PerformanceTarget target) {
        return tasks.createTaskQuery().processInstanceBusinessKey(target.businessKey()).singleResult().getId();
    }
}
