package org.budgetperf.approval;

import static org.budgetperf.approval.ApprovalVariables.PROCESS_KEY;
import static org.budgetperf.approval.ApprovalVariables.TARGET_ID;

import org.budgetperf.declaration.TargetEdited;
import org.camunda.bpm.engine.TaskService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** An edited table shows its new content in the forms of its open tasks, not the picture taken at creation. */
@Component
public class RefreshOpenTaskForms {

    private final TaskService tasks;
    private final PresentTargetForm presentation;
    private final TrustedEngineCalls trusted;

    public RefreshOpenTaskForms(TaskService tasks, PresentTargetForm presentation, TrustedEngineCalls trusted) {
        this.tasks = tasks;
        this.presentation = presentation;
        this.trusted = trusted;
    }

    @EventListener
    public void on(TargetEdited edited) {
        trusted.run(() -> tasks.createTaskQuery().processDefinitionKey(PROCESS_KEY)
                .processVariableValueEquals(TARGET_ID.getName(), edited.targetId()).list()
                .forEach(task -> tasks.setVariablesLocal(task.getId(), presentation.formVariables(edited.targetId()))));
    }
}
