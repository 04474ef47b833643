package org.budgetperf.common;

/**
 * Whether text shows anything to a reader. {@link String#isBlank()} sees only whitespace; a name made of
 * zero-width spaces (U+200B), joiners, the byte-order mark, soft hyphens or Hangul fillers looks empty on screen
 * and in print, so it counts as blank too.
 */
public final class VisibleText {

    private VisibleText() {
    }

    public static boolean isBlank(String text) {
        return text == null || text.codePoints().allMatch(VisibleText::isInvisible);
    }

    /** How many characters a reader sees. */
    public static int visibleLength(String text) {
        return text == null ? 0 : (int) text.codePoints().filter(codePoint -> !isInvisible(codePoint)).count();
    }

    private static boolean isInvisible(int codePoint) {
        int type = Character.getType(codePoint);
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)
                || type == Character.FORMAT || type == Character.CONTROL
                || codePoint == 0x115F || codePoint == 0x1160 || codePoint == 0x3164 || codePoint == 0xFFA0
                || codePoint == 0x2800;
    }
}
