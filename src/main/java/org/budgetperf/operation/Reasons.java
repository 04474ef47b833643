package org.budgetperf.operation;

import org.budgetperf.common.BadRequestException;
import org.budgetperf.common.VisibleText;

/** Why an operation was done: required for most, at most as long as a review comment, stored stripped. */
final class Reasons {

    static final int MAX = 2000;

    private Reasons() {
    }

    static String required(String field, String text, String label) {
        String reason = optional(field, text, label);
        if (reason == null) {
            throw new BadRequestException(field, "请填写" + label);
        }
        return reason;
    }

    static String optional(String field, String text, String label) {
        if (VisibleText.isBlank(text)) {
            return null;
        }
        if (text.strip().length() > MAX) {
            throw new BadRequestException(field, label + "最长" + MAX + "字");
        }
        if (text.indexOf('\u0000') >= 0) {
            throw new BadRequestException(field, label + "含有不可保存的字符 U+0000");
        }
        return text.strip();
    }
}
