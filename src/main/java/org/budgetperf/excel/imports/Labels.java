package org.budgetperf.excel.imports;

import java.util.regex.Pattern;

/** How labels and column names are compared: people add spaces, line breaks and either kind of bracket. */
final class Labels {

    private static final Pattern IGNORED = Pattern.compile("[\\s\\u3000:：*＊]");

    private Labels() {
    }

    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String plain = IGNORED.matcher(text).replaceAll("")
                .replace('（', '(').replace('）', ')').replace('／', '/');
        return plain.startsWith("其中") ? plain.substring(2) : plain;
    }
}
