package org.budgetperf.monitoring;

import org.budgetperf.common.VisibleText;

/** Text that shows nothing ({@link VisibleText}) is not stored. */
final class Blank {

    private Blank() {
    }

    static String toNull(String text) {
        return VisibleText.isBlank(text) ? null : text;
    }
}
