package org.budgetperf.cycle;

import java.util.List;
import java.util.Map;
import org.budgetperf.approval.ApprovalService;
import org.budgetperf.declaration.PerformanceTarget;
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
        PerformanceTarget target = targets.create(TestTargets.project(TestTargets.JS_UNIT), CurrentUser.system());
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
        Map<String, Object> form = engine.getTaskService().getVariablesLocal(task.getId());
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
        identity.setAuthentication("unit-staff", TestTargets.GROUPS.get("unit-staff"));
        try {
            engine.getTaskService().complete(task.getId(), Map.of(
                    "indicators", SpinValues.jsonValue(indicators.toString()).create(),
                    "funds", SpinValues.jsonValue(funds.toString()).create()));
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
