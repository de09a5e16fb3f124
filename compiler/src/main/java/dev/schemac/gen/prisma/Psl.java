package dev.schemac.gen.prisma;

import dev.schemac.render.text.PlainText;
import java.util.List;

/**
 * The one home of how model text reaches a Prisma schema: string literals, {@code //}
 * comments and {@code ///} doc comments. Prisma reads a comment to the end of its line and
 * takes CR, LF and CR LF as line ends, so a line break in a comment would start a new
 * field; a string literal takes no raw control character at all (not even a tab).
 */
final class Psl {
    private Psl() {}

    /** A string literal: {@code \\"}, {@code \\\\}, {@code \\n}, {@code \\r}, {@code \\t}, and {@code \\uXXXX} for other controls. */
    static String string(String s) {
        var b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (Character.getType(ch) == Character.CONTROL || PlainText.isLineBreak(ch) || PlainText.isHidden(ch)) {
                        b.append(String.format("\\u%04X", (int) ch));
                    } else {
                        b.append(ch);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    /** The lines of a comment's text, each safe to follow {@code //} or {@code ///} on one line. */
    static List<String> commentLines(String text) {
        return PlainText.visibleLines(text);
    }

    /** A comment's text on one line (a check written as a comment): its line breaks are shown as escapes. */
    static String commentLine(String text) {
        return PlainText.visible(text);
    }
}
