package dev.schemac.processor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.util.Elements;

/**
 * Javadoc as doc comments. A {@code .schema} doc comment is plain lines; Javadoc's main
 * description is the same thing, so it is taken with one leading space per line removed
 * (as {@code /// } is) and block tags ({@code @param}, {@code @see}) left out. A record
 * component's doc is its {@code @param} in the record's Javadoc.
 */
final class Docs {
    private final Elements elements;

    Docs(Elements elements) { this.elements = elements; }

    /** The doc of {@code e}; {@code written} is the comment as in the source, when known, which says its style. */
    String of(Element e, String written) {
        String raw = elements.getDocComment(e);
        return raw == null ? null : join(mainDescription(lines(raw, Style.of(written))));
    }

    /**
     * How a Javadoc comment is written: javac removes a line's margin up to and including a
     * leading {@code *}, and leaves a line without one as written, source indentation and all.
     */
    enum Style {
        /** Lines that begin with {@code *}: one space after the star is the margin. */
        STARS,
        /** No stars, text on the {@code /**} line: the lines after it share the margin. */
        BARE_FROM_OPENER,
        /** No stars, nothing after {@code /**} (javac drops that line): every line shares the margin. */
        BARE_BELOW_OPENER,
        /** Not known (no source tree): a margin of two or more common to the lines after the first is a bare comment's. */
        UNKNOWN;

        static Style of(String written) {
            if (written == null) return UNKNOWN;
            String[] lines = written.substring(3, written.length() - 2).split("\\r\\n|\\r|\\n", -1);
            for (int i = 1; i < lines.length; i++) {
                String t = lines[i].strip();
                if (t.startsWith("*")) return STARS;
            }
            return lines[0].isBlank() ? BARE_BELOW_OPENER : BARE_FROM_OPENER;
        }
    }

    /** The {@code @param} texts of a record's Javadoc, by component name. */
    Map<String, String> params(Element record) {
        var out = new LinkedHashMap<String, String>();
        String raw = elements.getDocComment(record);
        if (raw == null) return out;
        String name = null;
        var text = new ArrayList<String>();
        for (String line : lines(raw, Style.STARS)) { // each line is stripped below: no margin to find
            String t = line.strip();
            if (t.startsWith("@")) {
                if (name != null) out.put(name, join(text));
                name = null;
                text.clear();
                String[] parts = t.split("\\s+", 3);
                if (parts[0].equals("@param") && parts.length >= 2) {
                    name = parts[1];
                    if (parts.length == 3) text.add(parts[2]);
                }
            } else if (name != null) {
                text.add(line.strip()); // tag text is indented to line up under the tag, not meant as indentation
            }
        }
        if (name != null) out.put(name, join(text));
        out.values().removeIf(v -> v == null);
        return out;
    }

    /**
     * The comment's lines without their margin, the way {@code /// } is removed from a
     * {@code .schema} doc comment: what is indented further stays indented.
     */
    private static List<String> lines(String raw, Style style) {
        String[] all = raw.split("\\r\\n|\\r|\\n", -1);
        int margin = Integer.MAX_VALUE;
        int from = style == Style.BARE_BELOW_OPENER ? 0 : 1;
        for (int i = from; i < all.length; i++) {
            if (!all[i].isBlank()) margin = Math.min(margin, indentation(all[i]));
        }
        boolean bare = style == Style.BARE_FROM_OPENER || style == Style.BARE_BELOW_OPENER
                || style == Style.UNKNOWN && margin != Integer.MAX_VALUE && margin >= 2;
        var out = new ArrayList<String>();
        for (int i = 0; i < all.length; i++) {
            String line = all[i];
            boolean oneSpace = !bare || i == 0 && style != Style.BARE_BELOW_OPENER;
            int cut = oneSpace ? (line.startsWith(" ") ? 1 : 0) : Math.min(margin, indentation(line));
            out.add(line.substring(cut));
        }
        return out;
    }

    private static int indentation(String line) {
        int n = 0;
        while (n < line.length() && (line.charAt(n) == ' ' || line.charAt(n) == '\t')) n++;
        return n;
    }

    private static List<String> mainDescription(List<String> lines) {
        var out = new ArrayList<String>();
        for (String line : lines) {
            if (line.strip().startsWith("@")) break;
            out.add(line);
        }
        return out;
    }

    private static String join(List<String> lines) {
        var b = new StringBuilder();
        for (String line : lines) {
            if (b.length() > 0) b.append('\n');
            b.append(line.stripTrailing());
        }
        String doc = b.toString().strip();
        return doc.isEmpty() ? null : doc;
    }
}
