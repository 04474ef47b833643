package org.budgetperf.approval;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.budgetperf.declaration.OpenStep;
import org.budgetperf.declaration.OpenSteps;
import org.budgetperf.declaration.PerformanceTarget;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Where a page of tables waits, in three engine queries whatever the page's size: the open tasks of the tables'
 * processes (approval, monitoring, self-evaluation, by business key), their instances' business keys, and the
 * names of the people who claimed them; each step by its model's name (主管部门审核), not its card's. The caller may read the tables already; the tasks are read on its
 * behalf, since a unit does not see the department's review task of its own table.
 */
@Component
class ProcessOpenSteps implements OpenSteps {

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final PersonNames people;
    private final BpmnTaskNames stepNames;
    private final TrustedEngineCalls trusted;

    ProcessOpenSteps(TaskService tasks, RuntimeService runtime, PersonNames people, BpmnTaskNames stepNames,
                     TrustedEngineCalls trusted) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.people = people;
        this.stepNames = stepNames;
        this.trusted = trusted;
    }

    @Override
    public Map<Long, List<OpenStep>> of(List<PerformanceTarget> targets) {
        if (targets.isEmpty()) {
            return Map.of();
        }
        Map<String, PerformanceTarget> byKey = targets.stream()
                .collect(Collectors.toMap(PerformanceTarget::businessKey, Function.identity(), (a, b) -> a));
        return trusted.call(() -> {
            List<Task> open = tasks.createTaskQuery()
                    .processInstanceBusinessKeyIn(byKey.keySet().toArray(String[]::new))
                    .orderByTaskCreateTime().asc().list();
            if (open.isEmpty()) {
                return Map.of();
            }
            Map<String, String> keys = businessKeys(open.stream().map(Task::getProcessInstanceId).toList());
            Map<String, String> names = people.of(open.stream().map(Task::getAssignee).toList());
            return open.stream()
                    .filter(task -> byKey.containsKey(keys.get(task.getProcessInstanceId())))
                    .collect(Collectors.groupingBy(task -> byKey.get(keys.get(task.getProcessInstanceId())).getId(),
                            Collectors.mapping(task -> step(task, byKey.get(keys.get(task.getProcessInstanceId())),
                                    names), Collectors.toList())));
        });
    }

    private Map<String, String> businessKeys(Collection<String> instanceIds) {
        return runtime.createProcessInstanceQuery().processInstanceIds(Set.copyOf(instanceIds)).list().stream()
                .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
    }

    private OpenStep step(Task task, PerformanceTarget target, Map<String, String> names) {
        String organization = ApprovalStep.ofTaskKey(task.getTaskDefinitionKey())
                .map(step -> Deciders.organizationOf(step, target).getName()).orElse(null);
        String assignee = task.getAssignee() == null ? null : names.getOrDefault(task.getAssignee(), task.getAssignee());
        return new OpenStep(stepNames.of(task), organization, assignee, task.getCreateTime().toInstant());
    }
}
