package org.budgetperf.approval;

import jakarta.ws.rs.ClientErrorException;
import org.budgetperf.common.ApiException;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.http.HttpStatus;

/**
 * What the engine answers a person, through every door (engine REST, the Tasklist's engine API, {@code /api}):
 * a refusal of ours (a wrong decision, a foreign variable, the wrong organization) keeps its Chinese message
 * and its status, instead of "ENGINE-03051 … TaskListener" and a 500. A refusal to act becomes an authorization
 * refusal (403); any other becomes a client error that the engine REST answers with its status and exactly the
 * Chinese message (its own form errors would be prefixed "Cannot submit task form …"), which the Tasklist shows
 * under the form; {@code /api} finds the refusal as the cause. The engine's own authorization refusals no longer
 * name other units' tasks, instances or definitions.
 */
final class EngineErrorTranslation extends CommandInterceptor {

    static final String NOT_AUTHORIZED = "无权执行该操作：该任务或流程不属于您所在的单位，或您的角色不能办理";

    @Override
    public <T> T execute(Command<T> command) {
        try {
            return next.execute(command);
        } catch (RuntimeException e) {
            ApiException refusal = ApiException.foundIn(e);
            if (refusal != null) {
                throw translate(refusal);
            }
            if (e instanceof AuthorizationException) {
                throw new AuthorizationException(NOT_AUTHORIZED);
            }
            throw e;
        }
    }

    private static RuntimeException translate(ApiException refusal) {
        if (refusal.status() == HttpStatus.FORBIDDEN) {
            AuthorizationException forbidden = new AuthorizationException(refusal.getMessage());
            forbidden.initCause(refusal);
            return forbidden;
        }
        return new ClientErrorException(refusal.getMessage(), refusal.status().value(), refusal);
    }
}
