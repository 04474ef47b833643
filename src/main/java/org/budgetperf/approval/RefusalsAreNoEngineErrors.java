package org.budgetperf.approval;

import org.budgetperf.common.ApiException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Inside the engine's command context: a refusal of ours thrown by a listener (a person's mistake) arrives wrapped
 * in the engine's "ENGINE-03051 There was an exception while invoking the TaskListener", which the command context
 * logs as an ERROR with its stack trace. Rethrown as a bad user request (the refusal stays its cause), it is logged
 * at DEBUG only; {@link EngineErrorTranslation} then answers it.
 */
final class RefusalsAreNoEngineErrors extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
        try {
            return next.execute(command);
        } catch (RuntimeException e) {
            ApiException refusal = ApiException.foundIn(e);
            if (refusal == null || e instanceof BadUserRequestException) {
                throw e;
            }
            throw new BadUserRequestException(refusal.getMessage(), refusal);
        }
    }
}
