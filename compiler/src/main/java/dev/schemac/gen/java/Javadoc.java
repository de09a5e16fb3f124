package dev.schemac.gen.java;

import dev.schemac.render.text.PlainText;

/**
 * Doc comments from the model as Javadoc text. Docs are plain text written for every
 * output, so characters that mean something to Javadoc or end the comment are escaped.
 */
final class Javadoc {
    private Javadoc() {}

    static String text(String raw) {
        // One Javadoc line per line of the text, none holding a character that hides what follows it.
        String doc = String.join("\n", PlainText.visibleLines(raw));
        var b = new StringBuilder(doc.length() + 16);
        for (int i = 0; i < doc.length(); i++) {
            char c = doc.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '@' -> b.append("&#64;");
                case '*' -> b.append(i + 1 < doc.length() && doc.charAt(i + 1) == '/' ? "&#42;" : "*");
                case '\\' -> b.append("&#92;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * A name in code font. Not the inline code tag: javadoc shows its content verbatim, so the
     * entities that keep a backslash safe there (javac reads a backslash-u escape in a comment as
     * the character, and an escaped star and slash ends it) would be shown as entities, not read.
     * The HTML element {@code <code>} holds the escaped text, which reads as the characters.
     */
    static String code(String name) {
        return "<code>" + text(name) + "</code>";
    }
}
