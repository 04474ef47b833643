package org.budgetperf.operation;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.budgetperf.approval.Cosigns;
import org.budgetperf.approval.TrustedEngineCalls;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLink;
import org.springframework.stereotype.Component;

/**
 * Co-signers on Camunda's task model: each is an identity link of type {@value #COSIGNER} on the task, removed
 * when they approve. Links belong to the task, so a later round (after a return) starts afresh.
 */
@Component
class CosignerLinks implements Cosigns {

    static final String COSIGNER = "cosigner";

    private final TaskService tasks;
    private final TrustedEngineCalls trusted;

    CosignerLinks(TaskService tasks, TrustedEngineCalls trusted) {
        this.tasks = tasks;
        this.trusted = trusted;
    }

    @Override
    public List<String> awaited(DelegateTask task) {
        return ((TaskEntity) task).getIdentityLinks().stream().filter(link -> COSIGNER.equals(link.getType()))
                .map(IdentityLink::getUserId).sorted().toList();
    }

    @Override
    public Set<String> awaitingVoteOf(String userId, Collection<String> taskIds) {
        return taskIds.stream().filter(taskId -> of(taskId).contains(userId)).collect(Collectors.toSet());
    }

    List<String> of(String taskId) {
        return trusted.call(() -> tasks.getIdentityLinksForTask(taskId)).stream()
                .filter(link -> COSIGNER.equals(link.getType())).map(IdentityLink::getUserId).toList();
    }

    void add(String taskId, Collection<String> userIds) {
        trusted.run(() -> userIds.forEach(id -> tasks.addUserIdentityLink(taskId, id, COSIGNER)));
    }

    void remove(String taskId, String userId) {
        trusted.run(() -> tasks.deleteUserIdentityLink(taskId, userId, COSIGNER));
    }
}
