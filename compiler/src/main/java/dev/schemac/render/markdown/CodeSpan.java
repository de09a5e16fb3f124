package dev.schemac.render.markdown;

/**
 * Model text (names, key patterns) as a Markdown code span: on one line, delimited by more
 * backticks than any run inside it, padded where it starts or ends with a backtick, and with
 * {@code |} escaped so that a table cell holding it stays one cell. Control characters are
 * shown as {@code \\uXXXX} escapes.
 */
public final class CodeSpan {
    private CodeSpan() {}

    public static String of(String s) {
        var b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) b.append(String.format("\\u%04X", c));
            else b.appendCodePoint(c);
        });
        String line = b.toString();
        if (line.isEmpty()) return "` `";
        int run = 0, best = 0;
        for (int i = 0; i < line.length(); i++) {
            run = line.charAt(i) == '`' ? run + 1 : 0;
            best = Math.max(best, run);
        }
        String ticks = "`".repeat(best + 1);
        boolean pad = line.startsWith("`") || line.endsWith("`");
        return (ticks + (pad ? " " + line + " " : line) + ticks).replace("|", "\\|");
    }
}
