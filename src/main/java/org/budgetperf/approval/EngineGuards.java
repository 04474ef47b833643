package org.budgetperf.approval;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * Wraps every engine command, whoever calls it: refusals are translated for people (outermost, so that it sees
 * the refusals of the guards inside it), and tasks take no BPMN error or escalation. Inside the command context,
 * a refusal is no engine error (no ERROR and stack trace in the log). A BPMN error that nothing catches fails the
 * command instead of silently ending its process. Comments and attachments go in and out through {@code /api} only
 * ({@link CommentsAndAttachmentsThroughApi}, inside the command context, where it can ask the engine's authorizations).
 */
@Component
public class EngineGuards extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setEnableExceptionsAfterUnhandledBpmnError(true);
        configuration.setCustomPreCommandInterceptorsTxRequired(with(
                configuration.getCustomPreCommandInterceptorsTxRequired(),
                new EngineErrorTranslation(), new NoBpmnEventsFromTasks()));
        configuration.setCustomPostCommandInterceptorsTxRequired(with(
                configuration.getCustomPostCommandInterceptorsTxRequired(), new RefusalsAreNoEngineErrors(),
                new CommentsAndAttachmentsThroughApi()));
    }

    private static List<CommandInterceptor> with(List<CommandInterceptor> configured, CommandInterceptor... ours) {
        List<CommandInterceptor> interceptors = new ArrayList<>();
        if (configured != null) {
            interceptors.addAll(configured);
        }
        interceptors.addAll(List.of(ours));
        return interceptors;
    }
}
