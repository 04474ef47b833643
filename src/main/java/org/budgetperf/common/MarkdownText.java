package org.budgetperf.common;

/**
 * Makes a person's text literal inside the Markdown of a Camunda Form's text view: every ASCII punctuation mark
 * is backslash-escaped (CommonMark allows it for each of them) and lines lose their indentation, so that a
 * table name can be neither a heading, emphasis, a link, a table cell break nor a code block.
 */
public final class MarkdownText {

    private static final String PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

    private MarkdownText() {
    }

    public static String literal(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        boolean lineStart = true;
        for (char c : text.toCharArray()) {
            if (lineStart && (c == ' ' || c == '\t' || c == '\u3000')) {
                continue;
            }
            lineStart = c == '\n';
            if (c == '\r') {
                continue;
            }
            if (PUNCTUATION.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
