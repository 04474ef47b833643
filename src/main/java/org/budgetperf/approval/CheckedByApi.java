package org.budgetperf.approval;

import java.util.function.Supplier;

/**
 * Marks the engine calls with which {@code /api} adds and reads comments and attachments, after checking them itself
 * (who may work the task or read the table, the file's type and size, the text). Only calls on this thread inside
 * {@link #call} are marked; nothing a request carries can set it.
 */
public final class CheckedByApi {

    private static final ThreadLocal<Boolean> CHECKED = ThreadLocal.withInitial(() -> false);

    private CheckedByApi() {
    }

    public static <T> T call(Supplier<T> work) {
        boolean outer = CHECKED.get();
        CHECKED.set(true);
        try {
            return work.get();
        } finally {
            CHECKED.set(outer);
        }
    }

    static boolean isChecked() {
        return CHECKED.get();
    }
}
