package org.budgetperf.declaration;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/** Rich text arrives as {@code <p>} HTML; it is stored sanitised and shown as plain text. */
public final class RichText {

    private static final Safelist ALLOWED = Safelist.basic();
    private static final Document.OutputSettings COMPACT = new Document.OutputSettings().prettyPrint(false);

    private RichText() {
    }

    public static String sanitise(String html) {
        if (html == null || html.isBlank()) {
            return null;
        }
        return Jsoup.clean(html.trim(), "", ALLOWED, COMPACT);
    }

    /** Paragraphs become lines; tags are dropped and entities decoded. */
    public static String toPlainText(String html) {
        if (html == null) {
            return "";
        }
        Document document = Jsoup.parseBodyFragment(html);
        document.select("p, br").forEach(element -> element.after("\\n"));
        return document.text().replace("\\n", "\n").replaceAll(" *\n *", "\n").strip();
    }
}
