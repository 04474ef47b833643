package org.budgetperf.approval;

import static org.budgetperf.approval.ApprovalVariables.PROCESS_KEY;

import org.budgetperf.declaration.TargetEdited;
import org.budgetperf.declaration.PerformanceTarget;
import org.budgetperf.declaration.TargetQueries;
import org.camunda.bpm.engine.TaskService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** An edited table shows its new name on the cards of its open tasks (their forms read the table when opened). */
@Component
public class RefreshOpenTaskCards {

    private final TaskService tasks;
    private final TargetQueries targets;
    private final TrustedEngineCalls trusted;
    private final TaskCard card;

    public RefreshOpenTaskCards(TaskService tasks, TargetQueries targets, TrustedEngineCalls trusted, TaskCard card) {
        this.tasks = tasks;
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
                }));
    }
}
