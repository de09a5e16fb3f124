package dev.schemac.gen.sqlmodel;

import java.math.BigDecimal;

/** Python literals and docstrings, spelled as ruff format would leave them. */
final class PyLiteral {
    private PyLiteral() {}

    /**
     * A string literal. Double quotes, unless the text has more double quotes than single
     * ones: ruff format picks the quote that needs fewer escapes, and so do we.
     */
    static String string(String s) {
        long doubles = s.chars().filter(c -> c == '"').count();
        long singles = s.chars().filter(c -> c == '\'').count();
        char q = doubles > singles ? '\'' : '"';
        var b = new StringBuilder().append(q);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c == q) b.append('\\').append(c);
                    else if (c < 0x20 || c == 0x7f) b.append(String.format("\\x%02x", (int) c));
                    else b.append(c);
                }
            }
        }
        return b.append(q).toString();
    }

    /** A number as Python reads it back exactly for an int, float or Decimal column. */
    static String number(BigDecimal n, boolean integral, boolean exact) {
        if (integral) return n.toBigIntegerExact().toString();
        String plain = n.toPlainString();
        if (exact) return "Decimal(" + string(plain) + ")";
        return plain.contains(".") ? plain : plain + ".0";
    }

    /**
     * A docstring at {@code indent}: one line when the text is one line, otherwise the
     * summary, the remaining lines, and the closing quotes on their own line.
     */
    static String docstring(String indent, String text) {
        String body = text.strip().replace("\\", "\\\\").replace("\"\"\"", "\\\"\\\"\\\"");
        if (body.endsWith("\"")) body = body.substring(0, body.length() - 1) + "\\\"";
        String[] lines = body.split("\n", -1);
        if (lines.length == 1) return indent + "\"\"\"" + body + "\"\"\"\n";
        var b = new StringBuilder(indent).append("\"\"\"").append(lines[0].strip()).append('\n');
        for (int i = 1; i < lines.length; i++) {
            String l = lines[i].strip();
            b.append(l.isEmpty() ? "" : indent + l).append('\n');
        }
        return b.append(indent).append("\"\"\"\n").toString();
    }
}
