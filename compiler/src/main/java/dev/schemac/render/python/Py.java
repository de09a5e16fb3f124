package dev.schemac.render.python;

import dev.schemac.naming.TargetNames;
import dev.schemac.render.text.PlainText;
import java.math.BigDecimal;
import java.util.List;

/**
 * The one home of how model text reaches generated Python: string literals, docstrings,
 * comments and identifiers. Every Python output (models.py, the Alembic environment and
 * revision, seed.py) goes through these, so no model text can end a literal, a docstring
 * or a comment early and become code. Spelled as ruff format would leave it.
 */
public final class Py {
    private Py() {}

    /**
     * A string literal. Double quotes, unless the text has more double quotes than single
     * ones: ruff format picks the quote that needs fewer escapes, and so do we. Line breaks,
     * controls and characters that change how source is displayed are escapes, so the
     * literal is one line of plain text whatever the model holds.
     */
    public static String str(String s) {
        int doubles = 0;
        int singles = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') doubles++;
            else if (c == '\'') singles++;
        }
        char q = doubles > singles ? '\'' : '"';
        var b = new StringBuilder(s.length() + 2).append(q);
        for (int i = 0; i < s.length(); i++) escape(b, s.charAt(i), q);
        return b.append(q).toString();
    }

    private static void escape(StringBuilder b, char c, char quote) {
        switch (c) {
            case '\\' -> b.append("\\\\");
            case '\n' -> b.append("\\n");
            case '\r' -> b.append("\\r");
            case '\t' -> b.append("\\t");
            default -> {
                if (c == quote) b.append('\\').append(c);
                else if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) b.append(String.format("\\x%02x", (int) c));
                else if (PlainText.isLineBreak(c) || PlainText.isHidden(c) || c == 0xFEFF) b.append(String.format("\\u%04x", (int) c));
                else b.append(c);
            }
        }
    }

    /**
     * A string literal of SQL that SQLAlchemy reads as {@code text()}: {@code sa.text(...)},
     * a {@code CheckConstraint}'s or {@code server_default}'s text, {@code op.execute(...)}.
     * text() takes {@code :word} for a bind parameter, so every colon is escaped as
     * {@code \:}, which text() turns back into a colon: a colon in model text (a default, a
     * check literal, a quoted name) reaches the database as written. The one escaping step
     * for that context; a backslash already before a colon stays, as text() unescapes only
     * the backslash it is given.
     */
    public static String sqlText(String sql) {
        return str(sql.replace(":", "\\:"));
    }

    /**
     * A whole statement of a script as {@link #sqlText}, for {@code op.execute}: without its terminator, as SQLAlchemy sends
     * one statement and Alembic's offline SQL ({@code --sql}) ends each with its own, where the script's would make {@code ;;}.
     */
    public static String statement(String sql) {
        String s = sql.stripTrailing();
        return sqlText(s.endsWith(";") ? s.substring(0, s.length() - 1) : s);
    }

    /** A {@code @pattern} as pydantic validates it, with its Rust regex engine ({@link dev.schemac.render.regex.WholeMatch#rust}). */
    public static String pattern(String regex) {
        return dev.schemac.render.regex.WholeMatch.rust(regex);
    }

    /** A Python list of string literals. */
    public static String strs(List<String> xs) {
        return "[" + String.join(", ", xs.stream().map(Py::str).toList()) + "]";
    }

    /** A number as Python reads it back exactly for an int, float or Decimal column. */
    public static String number(BigDecimal n, boolean integral, boolean exact) {
        if (integral) return n.toBigIntegerExact().toString();
        String plain = n.toPlainString();
        if (exact) return "Decimal(" + str(plain) + ")";
        return plain.contains(".") ? plain : plain + ".0";
    }

    /**
     * A docstring at {@code indent}: one line when the text is one line, otherwise the
     * summary, the remaining lines, and the closing quotes on their own line. Backslashes,
     * any run of three quotes, a quote before the closing ones, and every character other
     * than a line feed that Python or a reader would take as a line break or control are
     * escapes: the docstring always ends where it is meant to.
     */
    public static String docstring(String indent, String text) {
        var lines = PlainText.lines(text.strip());
        var escaped = new java.util.ArrayList<String>();
        for (String line : lines) escaped.add(docLine(line.strip()));
        if (escaped.size() == 1) return indent + "\"\"\"" + escaped.get(0) + "\"\"\"\n";
        var b = new StringBuilder(indent).append("\"\"\"").append(escaped.get(0)).append('\n');
        for (int i = 1; i < escaped.size(); i++) {
            String l = escaped.get(i);
            b.append(l.isEmpty() ? "" : indent + l).append('\n');
        }
        return b.append(indent).append("\"\"\"\n").toString();
    }

    /** One line of a docstring: a run of three quotes, and quotes that end the line (the closing quotes may follow), escaped. */
    private static String docLine(String line) {
        int trailing = line.length();
        while (trailing > 0 && line.charAt(trailing - 1) == '"') trailing--;
        var b = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"' && (i >= trailing || line.startsWith("\"\"\"", i))) {
                b.append("\\\"");
            } else if (c == '"' || c == '\t') {
                b.append(c);
            } else {
                escape(b, c, '"');
            }
        }
        return b.toString();
    }

    /** {@code # } lines at {@code indent}: one per line of the text, none of which can end the comment. */
    public static String comment(String indent, String text) {
        var b = new StringBuilder();
        for (String l : PlainText.visibleLines(text)) {
            String s = l.strip();
            b.append(indent).append('#').append(s.isEmpty() ? "" : " " + s).append('\n');
        }
        return b.toString();
    }

    /**
     * A name used as a Python identifier. The resolver admits only names that are Python
     * identifiers as written (letters, digits and underscores, not starting with a digit,
     * unchanged by the NFKC normalization Python applies to identifiers); anything else
     * reaching here is a compiler bug, so it fails loudly instead of writing code built
     * from model text.
     */
    public static String identifier(String name) {
        if (!isIdentifier(name)) throw new IllegalArgumentException("not a Python identifier: " + PlainText.visible(name));
        return name;
    }

    public static boolean isIdentifier(String name) {
        return java.text.Normalizer.isNormalized(name, java.text.Normalizer.Form.NFKC) && TargetNames.Alphabet.UNICODE.holds(name);
    }
}
