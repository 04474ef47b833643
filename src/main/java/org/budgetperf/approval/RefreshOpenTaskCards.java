package org.budgetperf.approval;

import static org.budgetperf.approval.ApprovalVariables.PROCESS_KEY;

import org.budgetperf.declaration.TargetEdited;
import org.budgetperf.declaration.PerformanceTarget;
import org.budgetperf.declaration.TargetQueries;
import org.camunda.bpm.engine.TaskService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * An edited table shows its new content in the forms of its open tasks, not the picture taken at creation, and its
 * new name on their cards.
 */
@Component
public class RefreshOpenTaskForms {

    private final TaskService tasks;
    private final PresentTargetForm presentation;
    private final TargetQueries targets;
    private final TrustedEngineCalls trusted;
    private final TaskCard card;

    public RefreshOpenTaskForms(TaskService tasks, PresentTargetForm presentation, TargetQueries targets,
                                TrustedEngineCalls trusted, TaskCard card) {
        this.tasks = tasks;
        this.presentation = presentation;
        this.targets = targets;
        this.trusted = trusted;
        this.card = card;
    }

    @EventListener
    public void on(TargetEdited edited) {
        refresh(edited.targetId());
    }

    /** Open tasks exist only in the table's active process instance, whichever version it is approving. */
    public void refresh(Long targetId) {
        PerformanceTarget target = targets.find(targetId);
        trusted.run(() -> tasks.createTaskQuery().processDefinitionKey(PROCESS_KEY)
                .processInstanceBusinessKey(target.businessKey()).list()
                .forEach(task -> {
                    task.setName(card.nameOf(task, target));
                    tasks.saveTask(task);
                    tasks.setVariablesLocal(task.getId(), presentation.formVariables(targetId));
                }));
    }
}
