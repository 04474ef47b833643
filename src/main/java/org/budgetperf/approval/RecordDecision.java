package org.budgetperf.approval;

import static org.budgetperf.approval.ApprovalVariables.FORM_FIELDS;

import org.budgetperf.declaration.Completeness;
import org.budgetperf.declaration.PerformanceTarget;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On completion of any approval task: reads only the form's fields, checks that the person belongs to the
 * step's organization, that the decision fits {@link DecisionRules} and {@link DecisionPrerequisites}, that a
 * table submitted for review is complete ({@link Completeness}: the API's submit and the Tasklist's form both end
 * here), stores it in the history (which the gateways read through {@link ApprovalRoute}) and removes the
 * submitted fields.
 */
@Component("recordDecision")
public class RecordDecision implements TaskListener {

    private final ApprovalHistory history;
    private final ProcessTables tables;
    private final Deciders deciders;
    private final Completeness completeness;
    private final DecisionPrerequisites prerequisites;

    public RecordDecision(ApprovalHistory history, ProcessTables tables, Deciders deciders,
                          Completeness completeness, DecisionPrerequisites prerequisites) {
        this.history = history;
        this.tables = tables;
        this.deciders = deciders;
        this.completeness = completeness;
        this.prerequisites = prerequisites;
    }

    @Override
    public void notify(DelegateTask task) {
        ApprovalStep step = ApprovalStep.ofTaskKey(task.getTaskDefinitionKey())
                .orElseThrow(() -> new IllegalStateException("不是审批环节：" + task.getTaskDefinitionKey()));
        PerformanceTarget target = tables.of(task);
        String decider = deciders.require(step, target);
        DecisionInput input = FormSubmission.read(task, step);
        ValidDecision decision = DecisionRules.validate(step, input, target.isDepartmentsOwn());
        prerequisites.require(task, decision, decider);
        if (step == ApprovalStep.PREPARE && decision.decision() == Decision.SUBMIT) {
            completeness.require(target);
        }
        history.record(target.getId(), task.getProcessInstanceId(), task.getId(), decision, decider);

        DelegateExecution execution = task.getExecution();
        FORM_FIELDS.forEach(field -> execution.removeVariable(field.getName()));
    }
}
