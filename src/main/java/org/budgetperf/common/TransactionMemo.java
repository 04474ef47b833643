package org.budgetperf.common;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Remembers, for the current transaction, which entity id a natural key (a business key, a table and phase) led to,
 * so that the next lookup of the same key loads by id: from the persistence context, without a query and its
 * auto-flush; an entity loaded by id can be remembered for its key at once. One engine command asks for its table
 * seven times (task name, form, due date, two timers, dashboard); at 20,000 phases opening on July 1 those queries
 * were a quarter of each job's time. Only for keys whose entity cannot change its key; outside a transaction nothing
 * is remembered.
 */
public final class TransactionMemo {

    private TransactionMemo() {
    }

    /** The entity the key leads to: by the id remembered for it, else by the lookup (whose id is then remembered). */
    public static <T> Optional<T> find(String key, Function<Long, Optional<T>> byId, Supplier<Optional<T>> lookup,
                                       Function<T, Long> idOf) {
        Map<String, Long> ids = ids();
        Long id = ids == null ? null : ids.get(key);
        if (id != null) {
            Optional<T> found = byId.apply(id);
            if (found.isPresent()) {
                return found;
            }
        }
        Optional<T> found = lookup.get();
        if (ids != null) {
            found.ifPresent(entity -> ids.put(key, idOf.apply(entity)));
        }
        return found;
    }

    /** The entity just loaded by id is the one the key leads to, for the rest of the transaction. */
    public static void remember(String key, Long id) {
        Map<String, Long> ids = ids();
        if (ids != null) {
            ids.put(key, id);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Long> ids() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        Map<String, Long> ids = (Map<String, Long>) TransactionSynchronizationManager.getResource(TransactionMemo.class);
        if (ids == null) {
            Map<String, Long> fresh = new HashMap<>();
            TransactionSynchronizationManager.bindResource(TransactionMemo.class, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(TransactionMemo.class);
                }
            });
            ids = fresh;
        }
        return ids;
    }
}
