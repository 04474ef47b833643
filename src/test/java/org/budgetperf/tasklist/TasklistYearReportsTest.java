package org.budgetperf.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.budgetperf.calculation.Light;
import org.budgetperf.cycle.CyclePhase;
import org.budgetperf.cycle.YearFixtures;
import org.budgetperf.declaration.PerformanceTarget;
import org.budgetperf.evaluation.EvaluationService;
import org.budgetperf.evaluation.EvaluationView;
import org.budgetperf.monitoring.MonitoringService;
import org.budgetperf.monitoring.MonitoringView;
import org.budgetperf.security.CurrentUser;
import org.budgetperf.support.IntegrationTest;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The year after approval in the real Camunda Tasklist: unit-staff fills in the half-year monitoring report (the
 * satisfaction line red, with cause and measures) and the year-end self-evaluation through their forms.
 */
@IntegrationTest
class TasklistYearReportsTest extends TasklistBrowserTest {

    private static final String ACTIVITIES = "组织交流活动";

    @Autowired
    YearFixtures year;
    @Autowired
    TaskService tasks;
    @Autowired
    MonitoringService monitoring;
    @Autowired
    EvaluationService evaluations;

    private PerformanceTarget target;

    @BeforeEach
    void publishedTable() {
        target = year.published();
    }

    @Test
    void aHalfYearReportFiledInTheFormGoesRedAndOpensTheCorrectiveTask() {
        ProcessInstance instance = year.open(target, CyclePhase.MONITORING);
        fileAsUnit(instance, "monitoring-report", () -> {
            for (int line = 0; line < 2; line++) {
                assertThat(tasklist.itemValue("三级指标", line)).isIn(ACTIVITIES, "参与人员满意度");
                boolean activities = tasklist.itemValue("三级指标", line).equals(ACTIVITIES);
                assertThat(tasklist.itemValue("全年(程)指标值", line)).isEqualTo(activities ? "≥2次" : "≥90%");
                tasklist.fillItem("1-6月完成值", line, activities ? "1次" : "30%");
                tasklist.fillItem("全年预计完成值", line, activities ? "2次" : "60%");
                if (!activities) {
                    tasklist.fillItem("偏差原因", line, "问卷回收率低");
                    tasklist.fillItem("纠偏措施", line, "9月底前补发问卷");
                }
            }
            assertThat(tasklist.itemValue("资金来源", 0)).isEqualTo("资金总额");
            tasklist.fillItem("1-6月实际执行数", 0, "4.5");
            tasklist.fillItem("1-6月实际执行数", 1, "4.5");
        });

        MonitoringView report = monitoring.of(target.getId(), CurrentUser.system()).orElseThrow();
        assertThat(report.submitted()).isTrue();
        assertThat(report.submittedBy()).isEqualTo("unit-staff");
        assertThat(report.indicators()).extracting(MonitoringView.IndicatorView::level3,
                        MonitoringView.IndicatorView::halfYearActual, MonitoringView.IndicatorView::expectedFullYear,
                        MonitoringView.IndicatorView::cause, MonitoringView.IndicatorView::light)
                .containsExactlyInAnyOrder(
                        tuple(ACTIVITIES, "1次", "2次", null, Light.GREEN),
                        tuple("参与人员满意度", "30%", "60%", "问卷回收率低", Light.RED));
        assertThat(report.funds()).allSatisfy(fund -> assertThat(fund.executed()).isEqualByComparingTo("4.5"));
        assertThat(report.tableLight()).isEqualTo(Light.RED);
        assertThat(openTask(instance).getTaskDefinitionKey()).isEqualTo("proposeCorrection");
    }

    @Test
    void aSelfEvaluationFiledInTheFormIsScoredAndWaitsForTheDepartment() {
        ProcessInstance instance = year.open(target, CyclePhase.SELF_EVALUATION);
        fileAsUnit(instance, "self-evaluation-report", () -> {
            for (int line = 0; line < 2; line++) {
                boolean activities = tasklist.itemValue("三级指标", line).equals(ACTIVITIES);
                assertThat(tasklist.itemValue("年度指标值", line)).isEqualTo(activities ? "≥2次" : "≥90%");
                tasklist.fillItem("全年实际完成值", line, activities ? "2次" : "95%");
                tasklist.fillItem("完成值来源", line, activities ? "活动签到表" : "满意度问卷");
                tasklist.fillItem("偏差原因分析", line, "按计划完成");
            }
            tasklist.fillItem("全年执行数", 0, "9.8");
        });

        EvaluationView evaluation = evaluations.get(target.getId(), CurrentUser.system());
        assertThat(evaluation.recorded()).isTrue();
        assertThat(evaluation.results()).extracting(EvaluationView.ResultView::level3,
                        EvaluationView.ResultView::actualValue, EvaluationView.ResultView::source)
                .containsExactlyInAnyOrder(
                        tuple(ACTIVITIES, "2次", "活动签到表"),
                        tuple("参与人员满意度", "95%", "满意度问卷"));
        assertThat(evaluation.budget()).singleElement().satisfies(line ->
                assertThat(line.actualSpending()).isEqualByComparingTo("9.8"));
        assertThat(evaluation.scores().totalScore()).isEqualByComparingTo("69.80");
        assertThat(evaluation.scores().gradeLabel()).isEqualTo("中");
        Task review = openTask(instance);
        assertThat(review.getTaskDefinitionKey()).isEqualTo("reviewEvaluation");
        assertThat(review.getName()).startsWith("主管部门审核自评｜");
    }

    /**
     * unit-staff logs in, opens and claims the instance's task, fills its form, photographs its lists filled in, saves
     * it (see TasklistPage.saveUntilCompletable), completes it and waits until the task is gone.
     */
    private void fileAsUnit(ProcessInstance instance, String form, Runnable fill) {
        Task task = openTask(instance);
        try {
            tasklist.login("unit-staff");
            tasklist.openAndClaim(task.getId(), target.getName());
            fill.run();
            ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView({block: 'start'})",
                    browser.visible(By.cssSelector(".fjs-container .fjs-form-field-dynamiclist")));
            browser.screenshot(form + "-filled");
            tasklist.saveUntilCompletable();
            tasklist.complete();
            browser.wait.until(driver -> tasks.createTaskQuery().taskId(task.getId()).count() == 0);
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot(form + "-failure");
            throw e;
        }
    }

    private Task openTask(ProcessInstance instance) {
        return tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    }
}
