package org.budgetperf.indicator;

/**
 * The form of a value the grammar reads: every decimal digit as ASCII, full-width and ASCII operators unified to
 * {@code ≥ ≤ > < =}, thousands separators dropped, white space, line breaks and invisible characters removed (the
 * seeds break values across lines mid-word), and separators or a full stop at either end stripped.
 */
final class CompactText {

    static final String SEPARATORS = "，,；;、";
    private static final String STRIPPED_AT_END = SEPARATORS + "。.";

    private CompactText() {
    }

    static String of(String raw) {
        StringBuilder text = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i += Character.charCount(raw.codePointAt(i))) {
            int c = raw.codePointAt(i);
            if (!isInvisible(c) && !isThousandsSeparator(raw, i)) {
                text.appendCodePoint(map(c));
            }
        }
        String compact = text.indexOf("=") < 0 ? text.toString() : text.toString()
                .replace(">=", "≥").replace("=>", "≥").replace("<=", "≤").replace("=<", "≤");
        return stripEnds(compact);
    }

    /** A comma right between a digit and exactly three digits ({@code 10,000}), as written in the raw text. */
    static boolean isThousandsSeparator(String raw, int i) {
        return raw.charAt(i) == ',' && isDigitAt(raw, i - 1)
                && isDigitAt(raw, i + 1) && isDigitAt(raw, i + 2) && isDigitAt(raw, i + 3) && !isDigitAt(raw, i + 4);
    }

    private static boolean isDigitAt(String raw, int i) {
        return i >= 0 && i < raw.length() && Character.isDigit(raw.charAt(i));
    }

    private static int map(int c) {
        if (Character.isDigit(c)) {
            return '0' + Character.digit(c, 10);
        }
        return switch (c) {
            case '＞' -> '>';
            case '＜' -> '<';
            case '＝' -> '=';
            case '≧', '⩾' -> '≥';
            case '≦', '⩽' -> '≤';
            case '％' -> '%';
            case '．' -> '.';
            case '－' -> '-';
            default -> c;
        };
    }

    private static boolean isInvisible(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)
                || Character.getType(c) == Character.FORMAT;
    }

    private static String stripEnds(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && SEPARATORS.indexOf(text.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && STRIPPED_AT_END.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return text.substring(start, end);
    }
}
