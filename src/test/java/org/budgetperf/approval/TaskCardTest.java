package org.budgetperf.approval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.budgetperf.cycle.CyclePhase;
import org.budgetperf.cycle.YearFixtures;
import org.budgetperf.declaration.PerformanceTarget;
import org.budgetperf.declaration.TargetService;
import org.budgetperf.support.IntegrationTest;
import org.budgetperf.support.TaskActor;
import org.budgetperf.support.TestTargets;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * Each task of a table says on its Tasklist card what it is (step, table, code, unit), a returned one says so with
 * 【已退回】 and its form shows the reason at the top; history and forms name people surname first (王晓).
 */
@IntegrationTest
class TaskCardTest {

    private static final String UNIT = "江苏省红十字会联络与合作中心";

    @Autowired
    TargetService targets;
    @Autowired
    ApprovalService approval;
    @Autowired
    TaskService tasks;
    @Autowired
    FormService forms;
    @Autowired
    IdentityService identity;
    @Autowired
    YearFixtures year;
    @Autowired
    TestRestTemplate rest;

    @Test
    void eachTaskNamesItsStepTableCodeAndUnitAndAReturnedOneSaysWhy() {
        PerformanceTarget target = targets.create(TestTargets.project(TestTargets.JS_UNIT),
                TestTargets.user("unit-staff"));
        approval.open(target);
        Task prepare = task(target, "prepare");
        assertThat(prepare.getName()).isEqualTo("编制并提交绩效目标｜" + target.getName() + "（" + target.getCode() + "）｜"
                + UNIT);
        assertThat(tasks.getVariableLocal(prepare.getId(), TaskCard.RETURN_NOTICE)).isNull();

        approval.submit(target.getId(), "请审核", TestTargets.user("unit-staff"));
        assertThat(task(target, "departmentReview").getName()).isEqualTo("主管部门审核｜" + target.getName() + "（"
                + target.getCode() + "）｜" + UNIT);
        approval.complete(task(target, "departmentReview").getId(),
                new DecisionInput("RETURN", null, "请补充满意度指标的调查方式", null, null, null),
                TestTargets.user("dept-reviewer"));

        Task returned = task(target, "prepare");
        assertThat(returned.getName()).isEqualTo("【已退回】编制并提交绩效目标｜" + target.getName() + "（"
                + target.getCode() + "）｜" + UNIT);
        assertThat((String) tasks.getVariableLocal(returned.getId(), TaskCard.RETURN_NOTICE))
                .startsWith("张华（主管部门审核）于").endsWith("退回，退回原因：请补充满意度指标的调查方式");

        targets.update(target.getId(), TestTargets.named(TestTargets.request(target.getCode(), target.getType(),
                TestTargets.JS_DEPARTMENT, TestTargets.JS_UNIT), "改名后的项目", "年度目标"), TestTargets.user("unit-staff"));
        assertThat(task(target, "prepare").getName()).as("a renamed table is renamed on its open task's card")
                .isEqualTo("【已退回】编制并提交绩效目标｜改名后的项目（" + target.getCode() + "）｜" + UNIT);

        approval.submit(target.getId(), "已补充", TestTargets.user("unit-staff"));
        assertThat(task(target, "departmentReview").getName()).doesNotContain("已退回");
    }

    @Test
    void aLongTableNameIsShortenedToTheEnginesColumn() {
        PerformanceTarget target = targets.create(TestTargets.projectNamed(TestTargets.JS_UNIT, "长".repeat(300),
                "年度目标"), TestTargets.user("unit-staff"));
        approval.open(target);
        String name = task(target, "prepare").getName();
        assertThat(name).hasSize(255).startsWith("编制并提交绩效目标｜长长")
                .endsWith("长…（" + target.getCode() + "）｜" + UNIT);
    }

    @Test
    void aSelfEvaluationReturnedByTheDepartmentIsMarkedWithItsReason() {
        PerformanceTarget target = year.published();
        ProcessInstance instance = year.open(target, CyclePhase.SELF_EVALUATION);
        year.evaluate(instance, "2次", "95%", "9.8");
        TaskActor.act(identity, instance, "dept-reviewer", "RETURN", "returnReason", "完成值来源请附佐证材料");
        Task report = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
        assertThat(report.getName()).startsWith("【已退回】填报年度绩效自评｜" + target.getName());
        assertThat((String) tasks.getVariableLocal(report.getId(), TaskCard.RETURN_NOTICE))
                .startsWith("张华（主管部门审核自评）").endsWith("完成值来源请附佐证材料");
    }

    @Test
    void historyAndFormsNamePeopleSurnameFirst() {
        PerformanceTarget target = targets.create(TestTargets.project(TestTargets.JS_UNIT),
                TestTargets.user("unit-staff"));
        approval.submit(target.getId(), "请审核", TestTargets.user("unit-staff"));

        JsonNode history = rest.withBasicAuth("unit-staff", "demo")
                .getForObject("/api/targets/" + target.getId() + "/history", JsonNode.class);
        assertThat(history.get(0).path("user").asText()).isEqualTo("unit-staff");
        assertThat(history.get(0).path("deciderName").asText()).isEqualTo("王晓");

        JsonValue rows = forms.getTaskFormVariables(task(target, "departmentReview").getId()).getValueTyped("decisionRows");
        assertThat(rows.getValue().elements()).singleElement()
                .satisfies(row -> assertThat(row.prop("user").stringValue()).isEqualTo("王晓"));

        User demoUser = identity.createUserQuery().userId("unit-staff").singleResult();
        assertThat(demoUser.getFirstName() + " " + demoUser.getLastName())
                .as("the Camunda webapps' header prints first name, a space and last name").isEqualToIgnoringWhitespace("王晓");
    }

    private Task task(PerformanceTarget target, String key) {
        List<Task> open = tasks.createTaskQuery().processInstanceBusinessKey(target.businessKey())
                .taskDefinitionKey(key).list();
        assertThat(open).hasSize(1);
        return open.get(0);
    }
}
