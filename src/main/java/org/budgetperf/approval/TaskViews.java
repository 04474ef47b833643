package org.budgetperf.approval;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.budgetperf.declaration.PerformanceTarget;
import org.budgetperf.declaration.TargetQueries;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** Tasks as the API lists them, each naming its table (found by the process's business key, in two queries a page). */
@Component
public class TaskViews {

    private final RuntimeService runtime;
    private final TargetQueries targets;
    private final TrustedEngineCalls trusted;

    public TaskViews(RuntimeService runtime, TargetQueries targets, TrustedEngineCalls trusted) {
        this.runtime = runtime;
        this.targets = targets;
        this.trusted = trusted;
    }

    public TaskView of(Task task) {
        return of(List.of(task)).get(0);
    }

    /** The caller may see these tasks already; their process instances are read on its behalf. */
    public List<TaskView> of(List<Task> tasks) {
        return of(tasks, Set.of());
    }

    /** The tasks, those given marked as awaiting the caller's co-sign vote. */
    public List<TaskView> of(List<Task> tasks, Set<String> cosignTaskIds) {
        Set<String> instanceIds = tasks.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
        Map<String, String> businessKeys = instanceIds.isEmpty() ? Map.of() : trusted.call(() -> runtime
                .createProcessInstanceQuery().processInstanceIds(instanceIds).list().stream()
                .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey)));
        Map<String, PerformanceTarget> byKey = targets.byBusinessKeys(businessKeys.values()).stream()
                .collect(Collectors.toMap(PerformanceTarget::businessKey, Function.identity()));
        return tasks.stream().map(task -> view(task, byKey.get(businessKeys.get(task.getProcessInstanceId())),
                cosignTaskIds.contains(task.getId()))).toList();
    }

    private static TaskView view(Task task, PerformanceTarget target, boolean cosign) {
        ApprovalStep step = ApprovalStep.ofTaskKey(task.getTaskDefinitionKey()).orElse(null);
        return new TaskView(task.getId(), task.getName(), step, step == null ? null : step.label(),
                target == null ? null : target.getId(), target == null ? null : target.getCode(),
                target == null ? null : target.getName(), target == null ? null : target.getBudgetYear(),
                task.getAssignee(), task.getCreateTime(), task.getDueDate(), task.getPriority(),
                task.getProcessInstanceId(), cosign);
    }
}
