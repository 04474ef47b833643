package org.budgetperf.cycle;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.budgetperf.approval.ApprovalService;
import org.budgetperf.declaration.PerformanceTarget;
import org.budgetperf.declaration.TargetRequest;
import org.budgetperf.declaration.TargetRequest.IndicatorLine;
import org.budgetperf.declaration.TargetType;
import org.budgetperf.declaration.TargetService;
import org.budgetperf.security.CurrentUser;
import org.budgetperf.support.TaskActor;
import org.budgetperf.support.TestTargets;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/** A table's year as the process tests need it: published, its phase opened by its own job, a report filed. */
@Component
public class YearFixtures {

    private final TargetService targets;
    private final ApprovalService approval;
    private final ProcessEngine engine;
    private final IdentityService identity;
    private final CycleStepRepository steps;

    YearFixtures(TargetService targets, ApprovalService approval, ProcessEngine engine, IdentityService identity,
                 CycleStepRepository steps) {
        this.targets = targets;
        this.approval = approval;
        this.engine = engine;
        this.identity = identity;
        this.steps = steps;
    }

    /** A 2025 project of unit-staff's unit, through its approval to publication. */
    public PerformanceTarget published() {
        return published(TestTargets.uniqueCode());
    }

    public PerformanceTarget published(String code) {
        return publish(TestTargets.request(code, TargetType.PROJECT, TestTargets.JS_DEPARTMENT, TestTargets.JS_UNIT));
    }

    /** Also an indicator no rule can measure (free text): its monitoring line waits for the department. */
    public PerformanceTarget publishedWithTextIndicator() {
        TargetRequest r = TestTargets.request(TestTargets.uniqueCode(), TargetType.PROJECT, TestTargets.JS_DEPARTMENT,
                TestTargets.JS_UNIT);
        List<IndicatorLine> indicators = new ArrayList<>(r.indicators());
        indicators.add(new IndicatorLine("效益指标", "社会效益指标", "交流合作成效", null, null, "实现交流协作目标", null, null,
                null, null, null));
        return publish(new TargetRequest(r.code(), r.budgetYear(), r.type(), r.name(), r.departmentCode(),
                r.unitCode(), r.category(), r.projectLevel(), r.startYear(), r.endYear(), r.responsiblePerson(),
                r.contactPhone(), r.rationale(), r.feasibility(), r.content(), r.midLongTermGoal(), r.annualGoal(),
                r.fundUnit(), r.funds(), r.expenditures(), r.basicExpenditure(), r.projectExpenditure(), r.duties(),
                r.keyTasks(), r.headCount(), r.assets(), r.dutyGoals(), indicators));
    }

    /** A department's own 2025 table (本级): prepared by dept-reviewer, reviewed by finance only. */
    public PerformanceTarget publishedDepartmentsOwn() {
        PerformanceTarget target = targets.create(TestTargets.departmentsOwn(), CurrentUser.system());
        ProcessInstance instance = approval.open(target);
        TaskActor.act(identity, instance, "dept-reviewer", "SUBMIT");
        TaskActor.act(identity, instance, "finance-reviewer", "APPROVE", "reviewConclusion", "GOOD");
        return target;
    }

    /** The table through its approval to publication, which schedules its year. */
    public PerformanceTarget publish(TargetRequest request) {
        PerformanceTarget target = targets.create(request, CurrentUser.system());
        ProcessInstance instance = approval.open(target);
        TaskActor.act(identity, instance, "unit-staff", "SUBMIT");
        TaskActor.act(identity, instance, "dept-reviewer", "APPROVE");
        TaskActor.act(identity, instance, "finance-reviewer", "APPROVE", "reviewConclusion", "GOOD");
        return target;
    }

    /** Runs the phase's dated job, as the job executor does once its date has come, and returns the opened process. */
    public ProcessInstance open(PerformanceTarget target, CyclePhase phase) {
        execute(steps.findByTargetIdAndPhase(target.getId(), phase).orElseThrow());
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(phase.processKey())
                .processInstanceBusinessKey(target.businessKey()).singleResult();
    }

    public void execute(CycleStep step) {
        engine.getManagementService().executeJob(jobOf(step).getId());
    }

    public Job jobOf(CycleStep step) {
        return engine.getManagementService().createJobQuery().list().stream()
                .filter(job -> job instanceof JobEntity entity
                        && OpenPhaseJob.TYPE.equals(entity.getJobHandlerType())
                        && String.valueOf(step.getId()).equals(entity.getJobHandlerConfigurationRaw()))
                .findFirst().orElseThrow(() -> new AssertionError("no job opens step " + step.getId()));
    }

    public long instances(PerformanceTarget target, CyclePhase phase) {
        return engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(phase.processKey())
                .processInstanceBusinessKey(target.businessKey()).count();
    }

    public ProcessInstance approvalOf(PerformanceTarget target) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("target-approval")
                .processInstanceBusinessKey(target.businessKey()).active().singleResult();
    }

    /**
     * The unit files the monitoring form: the satisfaction indicator at the given half-year actual (its half-year
     * target is ≥90%), the activities on plan, and every fund source executed as given.
     */
    public void report(ProcessInstance instance, String satisfaction, String executed) {
        var task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
        Map<String, Object> form = engine.getFormService().getTaskFormVariables(task.getId());
        StringBuilder indicators = new StringBuilder("[");
        for (var line : SpinValues.jsonValue(String.valueOf(form.get("indicators"))).create().getValue().elements()) {
            boolean activities = line.prop("level3").stringValue().equals("组织交流活动");
            indicators.append(indicators.length() > 1 ? "," : "").append("{\"indicatorId\":")
                    .append(line.prop("indicatorId").numberValue())
                    .append(",\"halfYearActual\":\"").append(activities ? "1次" : satisfaction)
                    .append("\",\"expectedFullYear\":\"").append(activities ? "2次" : "90%")
                    .append("\",\"cause\":\"调查样本偏少\",\"measures\":\"扩大调查范围\"}");
        }
        indicators.append("]");
        StringBuilder funds = new StringBuilder("[");
        for (var line : SpinValues.jsonValue(String.valueOf(form.get("funds"))).create().getValue().elements()) {
            funds.append(funds.length() > 1 ? "," : "").append("{\"source\":\"").append(line.prop("source")
                    .stringValue()).append("\",\"executed\":").append(executed).append("}");
        }
        funds.append("]");
        completeAs("unit-staff", task.getId(), Map.of(
                "indicators", SpinValues.jsonValue(indicators.toString()).create(),
                "funds", SpinValues.jsonValue(funds.toString()).create()));
    }

    /**
     * The unit files the self-evaluation form: the activities' and the satisfaction's actual values (targets ≥2次
     * and ≥90%), a cause for every line, and every budget line spent as given.
     */
    public void evaluate(ProcessInstance instance, String activities, String satisfaction, String spent) {
        evaluateAs("unit-staff", instance, activities, satisfaction, spent);
    }

    public void evaluateAs(String user, ProcessInstance instance, String activities, String satisfaction,
                           String spent) {
        var task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
        Map<String, Object> form = engine.getFormService().getTaskFormVariables(task.getId());
        StringBuilder results = new StringBuilder("[");
        for (var line : SpinValues.jsonValue(String.valueOf(form.get("results"))).create().getValue().elements()) {
            boolean isActivities = line.prop("level3").stringValue().equals("组织交流活动");
            results.append(results.length() > 1 ? "," : "").append("{\"level1\":\"")
                    .append(line.prop("level1").stringValue()).append("\",\"level2\":\"")
                    .append(line.prop("level2").stringValue()).append("\",\"level3\":\"")
                    .append(line.prop("level3").stringValue()).append("\",\"actualValue\":\"")
                    .append(isActivities ? activities : satisfaction)
                    .append("\",\"source\":\"工作台账\",\"cause\":\"按计划实施\"}");
        }
        StringBuilder budget = new StringBuilder("[");
        for (var line : SpinValues.jsonValue(String.valueOf(form.get("budget"))).create().getValue().elements()) {
            budget.append(budget.length() > 1 ? "," : "").append("{\"name\":\"").append(line.prop("name").stringValue())
                    .append("\",\"initialBudget\":10,\"adjustedBudget\":10,\"actualSpending\":").append(spent)
                    .append("}");
        }
        completeAs(user, task.getId(), Map.of("results", SpinValues.jsonValue(results + "]").create(),
                "budget", SpinValues.jsonValue(budget + "]").create()));
    }

    /** The department lights every line waiting for its judgement as given, with its reason. */
    public void judge(ProcessInstance instance, String light, String comment) {
        var task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
        Map<String, Object> form = engine.getFormService().getTaskFormVariables(task.getId());
        StringBuilder judgements = new StringBuilder("[");
        for (var line : SpinValues.jsonValue(String.valueOf(form.get("judgements"))).create().getValue().elements()) {
            judgements.append(judgements.length() > 1 ? "," : "").append("{\"indicatorId\":")
                    .append(line.prop("indicatorId").numberValue()).append(",\"light\":\"").append(light)
                    .append("\",\"comment\":\"").append(comment).append("\"}");
        }
        completeAs("dept-reviewer", task.getId(),
                Map.of("judgements", SpinValues.jsonValue(judgements + "]").create()));
    }

    private void completeAs(String user, String taskId, Map<String, Object> variables) {
        identity.setAuthentication(user, TestTargets.GROUPS.get(user));
        try {
            engine.getTaskService().complete(taskId, variables);
        } finally {
            identity.clearAuthentication();
        }
    }

    /** Deploys target-monitoring again with its report task renamed, as a finance bureau's new model would be. */
    public String deployRenamedMonitoring(String taskName) {
        BpmnModelInstance model = Bpmn.readModelFromStream(getClass().getResourceAsStream("/bpmn/target-monitoring.bpmn"));
        model.<UserTask>getModelElementById("reportMonitoring").setName(taskName);
        return engine.getRepositoryService().createDeployment().name("monitoring-redeployed")
                .addModelInstance("target-monitoring.bpmn", model).deploy().getId();
    }
}
