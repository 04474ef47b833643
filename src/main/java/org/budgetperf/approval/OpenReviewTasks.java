package org.budgetperf.approval;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** Finds the open task of a step in a process instance and who it is waiting for. */
@Component
public class OpenReviewTasks {

    private final TaskService tasks;

    public OpenReviewTasks(TaskService tasks) {
        this.tasks = tasks;
    }

    public Optional<Task> find(String processInstanceId, String taskKey) {
        return Optional.ofNullable(tasks.createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKey(taskKey).singleResult());
    }

    public List<String> candidateGroups(Task task) {
        return tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId)
                .toList();
    }

    /**
     * The people who hold the task themselves: whoever it is assigned to (claimed, transferred, or the delegate of a
     * delegated task) and, while it is delegated, its owner, who stays responsible for it.
     */
    public List<String> personalHolders(Task task) {
        return Stream.of(task.getAssignee(), task.getOwner()).filter(Objects::nonNull).distinct().toList();
    }

    public void raisePriority(Task task, int priority) {
        tasks.setPriority(task.getId(), priority);
    }
}
