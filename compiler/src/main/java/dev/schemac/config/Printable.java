package dev.schemac.config;

/**
 * A value the user gave, as it may be echoed in a message: control characters shown as
 * escapes (a terminal never receives them raw) and very long values shortened.
 */
final class Printable {
    private static final int MAX = 80;

    private Printable() {}

    static String of(String s) {
        if (s == null) return "(nothing)";
        if (s.isEmpty()) return "\"\"";
        var b = new StringBuilder();
        s.codePoints().forEach(cp -> {
            if (cp < 0x20 || cp == 0x7f || (cp >= 0x80 && cp < 0xa0)) {
                b.append(String.format(java.util.Locale.ROOT, "\\u%04x", cp));
            } else {
                b.appendCodePoint(cp);
            }
        });
        String t = b.toString();
        return t.length() > MAX ? t.substring(0, MAX - 11) + "…" + t.substring(t.length() - 10) : t;
    }
}
