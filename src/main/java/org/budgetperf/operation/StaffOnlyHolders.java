package org.budgetperf.operation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.budgetperf.approval.PersonNames;
import org.budgetperf.approval.StepStaff;
import org.budgetperf.common.ForbiddenException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.persistence.entity.PropertyChange;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On every change of a step's task (claim, assignee, delegation, owner), through {@code /api}, {@code /engine-rest}
 * or the Tasklist: whoever holds or owns it must be of the step's staff ({@link StepStaff}); otherwise the change is
 * refused and nothing is kept.
 */
@Component
class StaffOnlyHolders implements TaskListener {

    private final OperatedTasks operated;
    private final StepStaff staff;
    private final PersonNames names;

    StaffOnlyHolders(OperatedTasks operated, StepStaff staff, PersonNames names) {
        this.operated = operated;
        this.staff = staff;
        this.names = names;
    }

    @Override
    public void notify(DelegateTask task) {
        if (OperatedTasks.step(task.getTaskDefinitionKey()) == null) {
            return;
        }
        // Only a change of holder is checked: a reminder raising the priority of a task whose holder has since left
        // the organization must not fail.
        Map<String, PropertyChange> changes = ((TaskEntity) task).getPropertyChanges();
        List<String> newHolders = new ArrayList<>();
        if (changes.containsKey(TaskEntity.ASSIGNEE)) {
            newHolders.add(task.getAssignee());
        }
        if (changes.containsKey(TaskEntity.OWNER)) {
            newHolders.add(task.getOwner());
        }
        if (newHolders.stream().allMatch(Objects::isNull)) {
            return;
        }
        OperatedTask at = operated.of(task);
        for (String person : newHolders) {
            if (person != null && !staff.mayHold(at.step(), at.target(), person)) {
                throw new ForbiddenException(staff.outsider(at.step(), at.target()) + "，不能交给"
                        + names.of(person));
            }
        }
    }
}
