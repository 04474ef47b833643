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
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Where a page of tables waits, in three engine queries whatever the page's size: the open tasks of the tables'
 * processes (approval, monitoring, self-evaluation, by business key), their instances' business keys, and the
 * names of the people who claimed them. The caller may read the tables already; the tasks are read on its
 * behalf, since a unit does not see the department's review task of its own table.
 */
@Component
class ProcessOpenSteps implements OpenSteps {

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final IdentityService identity;
    private final TrustedEngineCalls trusted;

    ProcessOpenSteps(TaskService tasks, RuntimeService runtime, IdentityService identity, TrustedEngineCalls trusted) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.identity = identity;
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
            Map<String, String> names = names(open.stream().map(Task::getAssignee).filter(a -> a != null).toList());
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

    /** People's names in Chinese order, family name first (王晓), by user id. */
    private Map<String, String> names(Collection<String> userIds) {
        if (userIds.isEmpty()) {
            return Map.of();
        }
        return identity.createUserQuery().userIdIn(Set.copyOf(userIds).toArray(String[]::new)).list().stream()
                .collect(Collectors.toMap(User::getId, ProcessOpenSteps::name));
    }

    private static String name(User user) {
        String name = (nullToEmpty(user.getLastName()) + nullToEmpty(user.getFirstName())).strip();
        return name.isEmpty() ? user.getId() : name;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    private static OpenStep step(Task task, PerformanceTarget target, Map<String, String> names) {
        String organization = ApprovalStep.ofTaskKey(task.getTaskDefinitionKey())
                .map(step -> Deciders.organizationOf(step, target).getName()).orElse(null);
        String assignee = task.getAssignee() == null ? null : names.getOrDefault(task.getAssignee(), task.getAssignee());
        return new OpenStep(task.getName(), organization, assignee, task.getCreateTime().toInstant());
    }
}
