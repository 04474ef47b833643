package org.budgetperf.indicator;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts raw text at the separators {@code ，,；;、} so that every piece is an exact substring of it; a comma
 * between thousands ({@code 10,000}) is not a separator.
 */
final class PartSplitter {

    private PartSplitter() {
    }

    static List<String> split(String raw) {
        List<String> pieces = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < raw.length(); i++) {
            if (CompactText.SEPARATORS.indexOf(raw.charAt(i)) >= 0 && !CompactText.isThousandsSeparator(raw, i)) {
                pieces.add(raw.substring(start, i));
                start = i + 1;
            }
        }
        pieces.add(raw.substring(start));
        return pieces;
    }
}
