package dev.schemac.resolve;

import dev.schemac.naming.Lookalikes;
import dev.schemac.naming.UnicodeIdentifiers;
import dev.schemac.render.markdown.Quoted;
import dev.schemac.render.text.PlainText;
import java.text.Normalizer;

/**
 * The characters each kind of model text may hold. What a context of some output cannot
 * carry (a line break in a comment or a name, a control character in a label, a space in
 * a table name) is refused here, once, so no target ever has to cope with it.
 */
public final class TextRules {
    private TextRules() {}

    /**
     * What is wrong with a text: the offending character ({@code -1} when the problem is not
     * one character) at a char offset into the text, and why.
     */
    record Problem(int at, int codePoint, String reason) {
        /** Whether the problem is a character no output can show (SC109) rather than a name's form (SC510, SC512). */
        boolean hidden() {
            return codePoint >= 0 && (PlainText.isHidden(codePoint) || PlainText.isLineBreak(codePoint) || isLoneSurrogate(codePoint));
        }
    }

    /**
     * Why one line of a doc comment cannot be in a model (a hidden character, a bidirectional
     * control, a line break other than the one ending it), or null: what pull must leave out.
     */
    public static String docLineProblem(String line) {
        Problem p = check(TextKind.DOC, line);
        return p == null ? null : p.reason();
    }

    /** The first problem of a text of this kind, or null when it may reach every output. */
    static Problem check(TextKind kind, String text) {
        for (int i = 0; i < text.length(); ) {
            // Printable ASCII is fine in every kind of text: almost all of a model, checked without a lookup.
            char ch = text.charAt(i);
            if (ch >= 0x20 && ch < 0x7F) {
                i++;
                continue;
            }
            int c = text.codePointAt(i);
            String bad = character(kind, c);
            if (bad != null) return new Problem(i, c, bad);
            i += Character.charCount(c);
        }
        Problem shape = switch (kind) {
            case NAME -> storedName(text);
            case TABLE_NAME -> tableName(text);
            case COLUMN_NAME -> columnName(text);
            case RELATION -> name(text, true);
            case LABEL -> label(text);
            default -> null;
        };
        if (shape != null) return shape;
        return switch (kind) {
            // The lookalike rule reads the normalized form only, so a name it would refuse is never the suggested one.
            case NAME, TABLE_NAME, COLUMN_NAME, RELATION -> Normalizer.isNormalized(text, Normalizer.Form.NFKC)
                    ? lookalikes(text) : notNormalized(kind, text);
            // A label is only ever a literal, never an identifier Python normalizes, so it is kept as written.
            case LABEL -> lookalikes(text);
            default -> null;
        };
    }

    /**
     * A name that Unicode normalization (NFKC) changes: Python reads an identifier in its
     * normalized form and the databases read the name as written. Its normalized form is
     * suggested only when it is a name itself; otherwise what is wrong with that form is said.
     */
    private static Problem notNormalized(TextKind kind, String s) {
        String normalized = Normalizer.normalize(s, Normalizer.Form.NFKC);
        String why = "Unicode normalization (NFKC) changes it, so Python would read another name than the databases";
        Problem then = check(kind, normalized);
        if (then == null) return new Problem(0, -1, why + "; write it in its normalized form " + Quoted.name(normalized));
        return new Problem(0, -1, why + ", and its normalized form " + Quoted.name(normalized) + " is no name either: "
                + (then.codePoint() < 0 ? "" : "it holds " + describe(then.codePoint()) + "; ") + then.reason());
    }

    /** Why a character cannot be in text of this kind, or null. */
    private static String character(TextKind kind, int c) {
        if (isLoneSurrogate(c)) {
            return "half of a surrogate pair is no character (a Java string can hold one, no UTF-8 output can)";
        }
        if (PlainText.isBidiControl(c)) return "a bidirectional control makes text display as other than it is";
        if (kind == TextKind.DATA && (c == '\n' || c == '\r')) return null;
        if (PlainText.isLineBreak(c)) return where(kind) + " cannot hold a line break";
        if (PlainText.isHidden(c)) return where(kind) + " cannot show a control character";
        return null;
    }

    private static String where(TextKind kind) {
        return switch (kind) {
            case DOC -> "a doc comment line becomes a line of a comment in every output and";
            case LINE -> "this text is one line in the outputs and";
            case DATA -> "a literal";
            case LABEL -> "an enum label";
            case NAME, TABLE_NAME, COLUMN_NAME, RELATION -> "a name";
            case PATTERN -> "a pattern (for the pattern's `\\n` or `\\t`, write `\\\\n` or `\\\\t` in the string)";
        };
    }

    /**
     * A name the databases store (a table, column or constraint name: {@code @map}, {@code @@map},
     * {@code name =}). Every SQL output quotes it and every code output holds it in a string
     * literal, so it may hold what names of existing databases hold (`2nd_value`, `user select`,
     * `x"y`); a space at either end is refused (MySQL drops a trailing one), as are control
     * characters (refused for all text before this rule).
     */
    private static Problem storedName(String s) {
        if (s.isEmpty()) return new Problem(0, -1, "a name cannot be empty");
        if (s.charAt(0) == ' ' || s.endsWith(" ")) {
            return new Problem(s.charAt(0) == ' ' ? 0 : s.length() - 1, ' ', "a stored name cannot start or end with a space");
        }
        if (s.contains("  ")) return new Problem(s.indexOf("  ") + 1, ' ', "a stored name holds single spaces only");
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            Problem beyond = beyondJava17(i, c);
            if (beyond != null) return beyond;
            boolean mark = Character.getType(c) == Character.NON_SPACING_MARK || Character.getType(c) == Character.COMBINING_SPACING_MARK;
            if (mark) {
                return new Problem(i, c, "a name cannot hold a combining mark (Prisma's names take none; write the "
                        + "letter precomposed where Unicode has one)");
            }
            if (Character.isWhitespace(c) && c != ' ') return new Problem(i, c, "a stored name holds no space but U+0020");
            if (PlainText.isInvisible(c)) return invisible(i, c, "name");
            i += Character.charCount(c);
        }
        return null;
    }

    /**
     * What a name cannot hold whichever Java runs: asked before any test of the running JDK's
     * Unicode (a letter, a mark), which later Javas answer for characters Java 17 does not know,
     * so the message is the same on every JDK.
     */
    private static Problem beyondJava17(int at, int c) {
        if (Character.isSupplementaryCodePoint(c)) {
            return new Problem(at, c, "MySQL names cannot hold characters outside the Basic Multilingual Plane");
        }
        return UnicodeIdentifiers.assigned(c) ? null : unassigned(at, c);
    }

    /**
     * A character Unicode 13.0 had not assigned: Java 17 reads it as no character, later Javas and
     * Pythons of a later Unicode as whatever that version assigned (a letter, a dash, a format
     * character, or still nothing), so the name would be judged, and made an identifier,
     * differently by version ({@link UnicodeIdentifiers}).
     */
    private static Problem unassigned(int at, int c) {
        return new Problem(at, c, "a name holds only characters Unicode 13.0 assigned, the Unicode of Java 17: to Java 17 "
                + "a later one is no character; later Javas, and Pythons of a later Unicode, read it as whatever that "
                + "version assigned, so the versions would judge and spell the name apart");
    }

    private static Problem tableName(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '/' || c == '\\' || c == '.') {
                return new Problem(i, c, "MySQL keeps a table in a file of its name, so a table name cannot hold / \\ or .");
            }
        }
        return storedName(s);
    }

    /**
     * SQLAlchemy names the column a foreign key refers to as {@code "table.column"}, splitting at
     * every dot: its reflection (Alembic's autogenerate and {@code alembic check}) cannot read back
     * a key to a column whose name holds one, whatever the generated code writes.
     */
    private static Problem columnName(String s) {
        int dot = s.indexOf('.');
        if (dot >= 0) {
            return new Problem(dot, '.', "SQLAlchemy reads a foreign key's column as table.column, splitting at every dot, so a "
                    + "column name cannot hold .");
        }
        return storedName(s);
    }

    private static Problem name(String s, boolean spaces) {
        String holds = spaces ? "letters, digits, underscores and single spaces" : "letters, digits and underscores";
        if (s.isEmpty()) return new Problem(0, -1, "a name cannot be empty");
        Problem first = beyondJava17(0, s.codePointAt(0));
        if (first != null) return first;
        if (!Character.isLetter(s.codePointAt(0))) return new Problem(0, s.codePointAt(0), "a name starts with a letter");
        if (spaces && s.charAt(0) >= 0x80) {
            return new Problem(0, s.codePointAt(0), "a relation name starts with a letter from A to Z: it names the join "
                    + "table's Prisma model, and Prisma's client generator fails on a model name that starts with any other");
        }
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            Problem beyond = beyondJava17(i, c);
            if (beyond != null) return beyond;
            boolean ok = Character.isLetterOrDigit(c) || c == '_' || (spaces && c == ' ');
            if (!ok) {
                boolean mark = Character.getType(c) == Character.NON_SPACING_MARK || Character.getType(c) == Character.COMBINING_SPACING_MARK;
                return new Problem(i, c, mark ? "a name cannot hold a combining mark (Prisma's names take none; write the "
                        + "letter precomposed where Unicode has one)" : "a name holds " + holds + " only");
            }
            i += Character.charCount(c);
        }
        if (spaces && (s.endsWith(" ") || s.contains("  "))) {
            return new Problem(s.length() - 1, ' ', "a name holds " + holds + " only");
        }
        return null;
    }

    private static Problem label(String s) {
        if (s.isEmpty()) return new Problem(0, -1, "an empty label cannot be told from MySQL's error value");
        if (Character.isWhitespace(s.codePointAt(0)) || Character.isWhitespace(s.codePointBefore(s.length()))) {
            return new Problem(0, -1, "a label may not start or end with a space: MySQL removes it from ENUM members");
        }
        for (int i = 0; i < s.length(); i += Character.charCount(s.codePointAt(i))) {
            if (PlainText.isInvisible(s.codePointAt(i))) return invisible(i, s.codePointAt(i), "label");
        }
        return null;
    }

    /**
     * A word (text between spaces) whose letters of one script look like those of another it
     * holds ({@link Lookalikes}): {@code nаme} with a Cyrillic а (U+0430) looks like {@code name},
     * which the databases and the code keep apart, so a reader cannot tell which one a query, a
     * diagram or a diff means. Words of one script, words of different scripts side by side
     * ({@code Ελληνικά Greek}) and symbols that look like nothing of the word's script
     * ({@code μg}, {@code kΩ}) are kept. Every odd letter is named, since it is the one to retype.
     */
    private static Problem lookalikes(String s) {
        int start = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i < s.length() && !Character.isWhitespace(s.charAt(i))) continue;
            var disguise = Lookalikes.of(s, start, i);
            if (disguise != null) return disguised(disguise);
            start = i + 1;
        }
        return null;
    }

    private static Problem disguised(Lookalikes.Disguise d) {
        var odd = d.odd();
        var letters = new StringBuilder();
        var like = new StringBuilder();
        for (int k = 0; k < odd.size(); k++) {
            String sep = k == 0 ? "" : k == odd.size() - 1 ? " and " : ", ";
            letters.append(sep).append(describe(odd.get(k)));
            like.append(sep).append('`').appendCodePoint(d.like(odd.get(k))).append('`');
        }
        String script = d.script().name().charAt(0) + d.script().name().substring(1).toLowerCase(java.util.Locale.ROOT);
        boolean one = odd.size() == 1;
        return new Problem(d.firstAt(), -1, letters + (one ? " looks" : " look") + " like the " + script + " " + like
                + " in a word that holds " + script + " letters, so the word looks like another one, which the databases "
                + "keep apart; type the " + script + (one ? " letter" : " letters") + " instead");
    }

    /**
     * A name or label holding a character no reader sees (a zero-width space, a joiner, a soft
     * hyphen, a variation selector): it looks like another name that the databases and the code
     * keep apart, so a reader cannot tell which one a query, a diagram or a diff means.
     */
    private static Problem invisible(int at, int c, String what) {
        return new Problem(at, c, "a " + what + " cannot hold an invisible character: it looks the same as the " + what
                + " without it, which the databases keep apart");
    }

    /** A surrogate code unit on its own, as {@link String#codePointAt} gives one that is not half of a pair. */
    private static boolean isLoneSurrogate(int c) {
        return c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE;
    }

    /** {@code U+0020 (SPACE)}, {@code U+000A (LINE FEED (LF))}. */
    static String describe(int c) {
        return PlainText.describe(c);
    }
}
