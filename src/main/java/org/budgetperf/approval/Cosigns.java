package org.budgetperf.approval;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;

/** Co-signing as the approval asks about it (kept by the operation package): whose vote a task still awaits. */
public interface Cosigns {

    /** The co-signers (login ids) whose vote the task awaits; its holder may not approve it before. */
    List<String> awaited(DelegateTask task);

    /** Those of the given open tasks that await the person's co-sign vote. */
    Set<String> awaitingVoteOf(String userId, Collection<String> taskIds);
}
