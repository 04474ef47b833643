package org.budgetperf.declaration;

import org.budgetperf.common.BadRequestException;

/** A table's version as an HTTP entity tag: {@code "7"}; If-Match may also carry it weak ({@code W/"7"}). */
final class VersionTag {

    private VersionTag() {
    }

    static String of(long version) {
        return "\"" + version + "\"";
    }

    /** The version an If-Match names, or null without one ({@code *} matches any version). */
    static Long parse(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String tag = ifMatch.strip().replaceFirst("^W/", "");
        try {
            return Long.parseLong(tag.replace("\"", ""));
        } catch (NumberFormatException e) {
            throw new BadRequestException("If-Match", "If-Match 应为读取绩效目标表时得到的 ETag（如 \"3\"），而不是 "
                    + ifMatch);
        }
    }
}
