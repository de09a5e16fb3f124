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

    String of(Element e) {
        String raw = elements.getDocComment(e);
        return raw == null ? null : join(mainDescription(lines(raw)));
    }

    /** The {@code @param} texts of a record's Javadoc, by component name. */
    Map<String, String> params(Element record) {
        var out = new LinkedHashMap<String, String>();
        String raw = elements.getDocComment(record);
        if (raw == null) return out;
        String name = null;
        var text = new ArrayList<String>();
        for (String line : lines(raw)) {
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

    private static List<String> lines(String raw) {
        var out = new ArrayList<String>();
        for (String line : raw.split("\r\n|\r|\n", -1)) {
            out.add(line.startsWith(" ") ? line.substring(1) : line);
        }
        return out;
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
