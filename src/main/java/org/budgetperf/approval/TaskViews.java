package org.budgetperf.approval;

import static org.budgetperf.approval.ApprovalVariables.BUDGET_YEAR;
import static org.budgetperf.approval.ApprovalVariables.TARGET_CODE;
import static org.budgetperf.approval.ApprovalVariables.TARGET_ID;
import static org.budgetperf.approval.ApprovalVariables.TARGET_NAME;

import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Component;

@Component
public class TaskViews {

    private static final List<String> NAMES = List.of(TARGET_ID.getName(), TARGET_CODE.getName(),
            TARGET_NAME.getName(), BUDGET_YEAR.getName());

    private final TaskService tasks;

    public TaskViews(TaskService tasks) {
        this.tasks = tasks;
    }

    public TaskView of(Task task) {
        VariableMap variables = tasks.getVariablesTyped(task.getId(), NAMES, true);
        ApprovalStep step = ApprovalStep.ofTaskKey(task.getTaskDefinitionKey()).orElse(null);
        return new TaskView(task.getId(), task.getName(), step, step == null ? null : step.label(),
                TARGET_ID.from(variables).get(), TARGET_CODE.from(variables).get(), TARGET_NAME.from(variables).get(),
                BUDGET_YEAR.from(variables).get(), task.getAssignee(), task.getCreateTime(), task.getDueDate(),
                task.getPriority(), task.getProcessInstanceId());
    }
}
