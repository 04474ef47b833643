package org.budgetperf.dashboard;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.budgetperf.approval.TrustedEngineCalls;
import org.budgetperf.common.NotFoundException;
import org.budgetperf.declaration.PerformanceTarget;
import org.budgetperf.declaration.TargetAccess;
import org.budgetperf.security.CurrentUserProvider;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A table's process drawn where it stands: the model of its current process instance (else its latest one), the
 * activities active now and those completed. The instance is found by the table's business key; one table, so one
 * history query for its activities.
 */
@RestController
@Tag(name = "管理驾驶舱")
public class TableDiagram {

    private final TargetAccess access;
    private final CurrentUserProvider currentUser;
    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final HistoryService history;
    private final TrustedEngineCalls trusted;

    public TableDiagram(TargetAccess access, CurrentUserProvider currentUser, RepositoryService repository,
                        RuntimeService runtime, HistoryService history, TrustedEngineCalls trusted) {
        this.access = access;
        this.currentUser = currentUser;
        this.repository = repository;
        this.runtime = runtime;
        this.history = history;
        this.trusted = trusted;
    }

    public record Diagram(String processDefinitionKey, String processInstanceId, String bpmnXml,
                          List<String> activeActivityIds, List<String> completedActivityIds) {
    }

    @GetMapping("/api/targets/{id}/diagram")
    @Operation(summary = "绩效目标表当前（否则最近一次）流程的 BPMN 图：流程 XML、正在进行和已完成的环节 id")
    public Diagram diagram(@PathVariable Long id) {
        PerformanceTarget target = access.readable(currentUser.require(), id);
        return trusted.call(() -> {
            List<HistoricProcessInstance> instances = history.createHistoricProcessInstanceQuery()
                    .processInstanceBusinessKey(target.businessKey())
                    .orderByProcessInstanceStartTime().desc().listPage(0, 10);
            HistoricProcessInstance instance = instances.stream().filter(i -> i.getEndTime() == null).findFirst()
                    .orElse(instances.isEmpty() ? null : instances.get(0));
            if (instance == null) {
                throw new NotFoundException("绩效目标表“" + target.getName() + "”尚未开始流程");
            }
            List<String> active = instance.getEndTime() == null
                    ? runtime.getActiveActivityIds(instance.getId()) : List.of();
            List<String> completed = history.createHistoricActivityInstanceQuery()
                    .processInstanceId(instance.getId()).finished().list().stream()
                    .map(HistoricActivityInstance::getActivityId).distinct().toList();
            return new Diagram(instance.getProcessDefinitionKey(), instance.getId(),
                    xml(instance.getProcessDefinitionId()), active, completed);
        });
    }

    private String xml(String processDefinitionId) {
        try (InputStream model = repository.getProcessModel(processDefinitionId)) {
            return new String(model.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
