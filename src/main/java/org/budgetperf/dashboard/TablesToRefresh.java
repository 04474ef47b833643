package org.budgetperf.dashboard;

import jakarta.persistence.EntityManager;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.springframework.stereotype.Component;

/**
 * The tables a transaction has changed, whose dashboard rows it rewrites just before it commits: after its last
 * flush, so from everything it wrote, whatever the order of the listeners and services that changed them. Nothing is
 * written when it rolls back.
 */
@Component
class TablesToRefresh {

    private final Map<SessionImplementor, Set<Long>> pending = new ConcurrentHashMap<>();
    private final EntityManager entityManager;
    private final DashboardRows rows;

    TablesToRefresh(EntityManager entityManager, DashboardRows rows) {
        this.entityManager = entityManager;
        this.rows = rows;
    }

    /** From the process side: the transaction's session is the one the shared entity manager stands for. */
    void mark(Long targetId) {
        mark(entityManager.unwrap(SessionImplementor.class), targetId);
    }

    void mark(SessionImplementor session, Long targetId) {
        if (targetId == null) {
            return;
        }
        pending.computeIfAbsent(session, this::refreshBeforeCommit).add(targetId);
    }

    private Set<Long> refreshBeforeCommit(SessionImplementor session) {
        session.getActionQueue().registerProcess(
                (SessionImplementor committing) -> {
                    Set<Long> ids = pending.remove(committing);
                    if (ids != null && !ids.isEmpty()) {
                        committing.doWork(connection -> rows.refresh(connection, ids));
                    }
                });
        session.getActionQueue().registerProcess((boolean success, SharedSessionContractImplementor ended) ->
                pending.remove(ended));
        return new LinkedHashSet<>();
    }
}
