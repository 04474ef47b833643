package org.budgetperf.approval;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Runs engine calls that {@code /api} has already authorized itself (through TargetAccess or the task's
 * candidate groups) without the engine's per-user checks: finding a table's process instance, starting it,
 * correlating a withdrawal. The engine checks nothing while no user is authenticated on the thread.
 */
@Component
public class TrustedEngineCalls {

    private final IdentityService identity;

    public TrustedEngineCalls(IdentityService identity) {
        this.identity = identity;
    }

    public <T> T call(Supplier<T> work) {
        Authentication caller = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            return work.get();
        } finally {
            if (caller != null) {
                identity.setAuthentication(caller);
            }
        }
    }

    public void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}
