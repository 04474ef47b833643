package org.budgetperf.approval;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.springframework.stereotype.Component;

/**
 * A task's name as its process model gives it (编制并提交绩效目标, 主管部门审核 …), which stays the same however the
 * task itself is named on its card ({@link TaskCard}).
 */
@Component
public class BpmnTaskNames {

    private final RepositoryService repository;
    private final TrustedEngineCalls trusted;

    public BpmnTaskNames(RepositoryService repository, TrustedEngineCalls trusted) {
        this.repository = repository;
        this.trusted = trusted;
    }

    public String of(Task task) {
        FlowElement element = trusted.call(() -> repository.getBpmnModelInstance(task.getProcessDefinitionId())
                .getModelElementById(task.getTaskDefinitionKey()));
        return element.getName();
    }
}
