package org.budgetperf.operation;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import org.budgetperf.common.ForbiddenException;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractAddIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteIdentityLinkCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The operations' guards on the engine's own doors: every user task gets {@link StaffOnlyHolders} on its changes
 * and {@link EngineDoorOperations} on its changes and assignments (added while parsing, so no BPMN file has to
 * name them), and a task's identity links (its candidates, its co-signers) are written by the application only,
 * never by a person through {@code /engine-rest} or the Tasklist.
 */
@Component
class OperationGuards extends AbstractProcessEnginePlugin {

    private final TaskListener staffOnly;
    private final TaskListener engineDoors;

    OperationGuards(@Lazy StaffOnlyHolders staffOnly, @Lazy EngineDoorOperations engineDoors) {
        this.staffOnly = staffOnly;
        this.engineDoors = engineDoors;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> parseListeners = new ArrayList<>();
        if (configuration.getCustomPostBPMNParseListeners() != null) {
            parseListeners.addAll(configuration.getCustomPostBPMNParseListeners());
        }
        parseListeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                var definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
                definition.addTaskListener(TaskListener.EVENTNAME_UPDATE, staffOnly);
                definition.addTaskListener(TaskListener.EVENTNAME_UPDATE, engineDoors);
                definition.addTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, engineDoors);
            }
        });
        configuration.setCustomPostBPMNParseListeners(parseListeners);

        List<CommandInterceptor> interceptors = new ArrayList<>();
        if (configuration.getCustomPostCommandInterceptorsTxRequired() != null) {
            interceptors.addAll(configuration.getCustomPostCommandInterceptorsTxRequired());
        }
        interceptors.add(new CommandInterceptor() {
            @Override
            public <T> T execute(Command<T> command) {
                if (isLinkBesideHolders(command)
                        && configuration.getIdentityService().getCurrentAuthentication() != null) {
                    throw new ForbiddenException("任务的候选人和加签人由系统维护，请通过转办、委派或加签办理");
                }
                return next.execute(command);
            }
        });
        configuration.setCustomPostCommandInterceptorsTxRequired(interceptors);
    }

    /**
     * An identity link other than the assignee and owner, which the engine also writes as links (setting them is
     * guarded by {@link StaffOnlyHolders}). The commands keep the link's type in a field of their own.
     */
    private static boolean isLinkBesideHolders(Command<?> command) {
        Class<?> declaring = command instanceof AbstractAddIdentityLinkCmd ? AbstractAddIdentityLinkCmd.class
                : command instanceof DeleteIdentityLinkCmd ? DeleteIdentityLinkCmd.class : null;
        if (declaring == null) {
            return false;
        }
        try {
            Field type = declaring.getDeclaredField("type");
            type.setAccessible(true);
            Object linkType = type.get(command);
            return !IdentityLinkType.ASSIGNEE.equals(linkType) && !IdentityLinkType.OWNER.equals(linkType);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
