package org.budgetperf.dashboard;

import java.util.List;
import org.budgetperf.common.ParseListeners;
import org.budgetperf.common.TableProcesses;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Gives every user task of the tables' processes the dashboard's task listener when the engine parses the models,
 * rather than listing it on each task of each BPMN file. Built in, so that Cockpit's "skip listeners" on a
 * modification does not skip it.
 */
@Component
public class OpenTasksPlugin extends AbstractProcessEnginePlugin {

    private static final List<String> EVENTS = List.of(TaskListener.EVENTNAME_CREATE,
            TaskListener.EVENTNAME_ASSIGNMENT, TaskListener.EVENTNAME_UPDATE, TaskListener.EVENTNAME_COMPLETE,
            TaskListener.EVENTNAME_DELETE);

    private final ObjectProvider<OpenTaskRecorder> recorder;

    public OpenTasksPlugin(ObjectProvider<OpenTaskRecorder> recorder) {
        this.recorder = recorder;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        ParseListeners.addAfterEngines(configuration, new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                String processKey = ((ProcessDefinitionEntity) activity.getProcessDefinition()).getKey();
                if (TableProcesses.KEYS.contains(processKey)) {
                    var definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
                    TaskListener listener = task -> recorder.getObject().notify(task);
                    EVENTS.forEach(event -> definition.addBuiltInTaskListener(event, listener));
                }
            }
        });
    }
}
