package dev.schemac.render.markdown;

import dev.schemac.render.text.NameText;
import dev.schemac.render.text.PlainText;

/**
 * The one home of how model text reaches Markdown (the design documents): inline text,
 * table cells, code spans, fenced blocks and headings. Model text is plain text, never
 * Markdown: a doc line starting with {@code ##} or three backticks, an {@code <!--}, a
 * {@code |} in a table cell or a {@code %%} must show as written and leave the document's
 * structure (its headings, lists, tables and fences) as the generator built it.
 */
public final class Md {
    private Md() {}

    /**
     * Inline text on one line, safe anywhere a line or a list item may start: line breaks
     * become spaces, hidden characters are shown as escapes, and every character that could
     * start Markdown (or GitHub-flavoured) syntax is backslash-escaped.
     */
    public static String text(String s) {
        return escape(PlainText.visible(PlainText.oneLine(s)).strip(), true);
    }

    /**
     * Text that continues a line the generator started (it never begins a line or a list
     * item): escaped as {@link #text} is, but its spaces are kept as they are.
     */
    public static String fragment(String s) {
        return escape(PlainText.visible(PlainText.oneLine(s)), false);
    }

    private static String escape(String line, boolean lineStart) {
        var b = new StringBuilder(line.length() + 8);
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            switch (c) {
                case '\\', '`', '*', '[', ']', '<', '>', '&', '|', '~', '#', '$' -> b.append('\\').append(c);
                case '_' -> {
                    boolean intraword = i > 0 && i + 1 < line.length() && Character.isLetterOrDigit(line.charAt(i - 1))
                            && Character.isLetterOrDigit(line.charAt(i + 1));
                    b.append(intraword ? "_" : "\\_");
                }
                case '-', '+', '=' -> b.append(lineStart && i == 0 ? "\\" : "").append(c);
                case '.', ')' -> b.append(lineStart && allDigitsBefore(line, i) ? "\\" : "").append(c);
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** {@code 1.} or {@code 1)} at the start of a line opens an ordered list. */
    private static boolean allDigitsBefore(String line, int i) {
        if (i == 0) return false;
        for (int k = 0; k < i; k++) if (!Character.isDigit(line.charAt(k))) return false;
        return true;
    }

    /**
     * Lines of text kept as lines of one paragraph, each made safe like {@link #text};
     * empty lines are dropped so the text stays one block.
     */
    public static String paragraph(String s) {
        var out = new StringBuilder();
        for (String l : PlainText.lines(s.strip())) {
            String t = text(l);
            if (t.isEmpty()) continue;
            if (out.length() > 0) out.append('\n');
            out.append(t);
        }
        return out.toString();
    }

    /** A table cell's text: {@link #text} escapes {@code |} already, and a cell is one line. */
    public static String cell(String s) {
        return text(s);
    }

    /**
     * A code span: delimited by a run of backticks longer than any inside, padded with a
     * space where the content starts or ends with a backtick or a space (CommonMark strips
     * one such space on each side).
     */
    public static String code(String s) {
        String line = PlainText.visible(PlainText.oneLine(s));
        if (line.isEmpty()) return "` `";
        String ticks = "`".repeat(longestRun(line, '`') + 1);
        boolean pad = line.startsWith("`") || line.endsWith("`") || (line.startsWith(" ") && line.endsWith(" ") && !line.isBlank());
        String inner = pad ? " " + line + " " : line;
        return ticks + inner + ticks;
    }

    /**
     * A table's, a column's or a constraint's name as a code span, written by the one rule of
     * {@link NameText} (double quotes unless it is one plain word), so a reader sees where it ends.
     */
    public static String name(String name) {
        return code(NameText.of(name));
    }

    /** {@link #name} in a table cell (see {@link #codeCell}). */
    public static String nameCell(String name) {
        return codeCell(NameText.of(name));
    }

    /** A column of a table as one code span, {@code table.column}, each name by {@link NameText}. */
    public static String qualified(String table, String column) {
        return code(NameText.qualified(table, column));
    }

    /** Columns of a table as one code span, {@code table.a, b}, each name by {@link NameText}. */
    public static String qualified(String table, java.util.List<String> columns) {
        return code(NameText.qualified(table, columns));
    }

    /** Names as one code span, {@code a, b}, each by {@link NameText}. */
    public static String names(java.util.List<String> names) {
        return code(NameText.list(names));
    }

    /**
     * A code span inside a table cell. A GitHub-flavoured table splits its rows into cells
     * before it reads code spans, at every {@code |} not escaped by a backslash, and drops that
     * backslash from the cell's text, code spans included: so each {@code |} is written
     * {@code \\|}. Renderers disagree on a {@code |} that follows backslashes in the name:
     * cmark-gfm (GitHub) reads any {@code \\|} as an escaped pipe, marked only one after an odd
     * run of backslashes. The name's own run before the {@code |} plus the escape is odd, and so
     * read alike, exactly when the name's run is even; a name with an odd run (such as
     * {@code a\\|b}) has no code span both read as written, and is written as cell text
     * ({@link #cell}), whose backslashes are escaped too.
     */
    public static String codeCell(String s) {
        String line = PlainText.visible(PlainText.oneLine(s));
        return oddBackslashesBeforePipe(line) ? cell(s) : code(s).replace("|", "\\|");
    }

    private static boolean oddBackslashesBeforePipe(String line) {
        for (int i = line.indexOf('|'); i >= 0; i = line.indexOf('|', i + 1)) {
            int k = i;
            while (k > 0 && line.charAt(k - 1) == '\\') k--;
            if ((i - k) % 2 == 1) return true;
        }
        return false;
    }

    /**
     * A fenced code block: the fence is longer than any run of backticks in the body, so no
     * line of the body can close it.
     */
    public static String fence(String info, String body) {
        String fence = fenceFor(body);
        return fence + info + "\n" + body + (body.endsWith("\n") || body.isEmpty() ? "" : "\n") + fence + "\n";
    }

    /**
     * {@link #fence(String, String)} written to {@code out}, for a body as large as a whole
     * generated file: it is copied once, into {@code out}, never into a string around it.
     */
    public static void fence(Appendable out, String info, String body) throws java.io.IOException {
        String fence = fenceFor(body);
        out.append(fence).append(info).append('\n');
        copy(out, body);
        if (!body.endsWith("\n") && !body.isEmpty()) out.append('\n');
        out.append(fence).append('\n');
    }

    private static final int SLICE = 8192;

    /**
     * Appends {@code text} to {@code out} in slices of a few kilobytes: a Writer copies what it
     * is handed whole into a char array of that length first, which for a whole generated file
     * is megabytes.
     */
    public static void copy(Appendable out, CharSequence text) throws java.io.IOException {
        copy(out, text, 0, text.length());
    }

    /** {@link #copy(Appendable, CharSequence)} of the characters from {@code start} to {@code end}. */
    public static void copy(Appendable out, CharSequence text, int start, int end) throws java.io.IOException {
        for (int i = start; i < end; i += SLICE) out.append(text, i, Math.min(end, i + SLICE));
    }

    /** A fence longer than any run of backticks in {@code body}, and at least three long. */
    private static String fenceFor(String body) {
        return "`".repeat(Math.max(3, longestRun(body, '`') + 1));
    }

    /** A heading of the given level with {@link #text} as its title. */
    public static String heading(int level, String s) {
        return "#".repeat(level) + " " + text(s) + "\n";
    }

    /** The longest run of {@code c} in {@code s}, found run by run (a fence's body is a whole generated file). */
    private static int longestRun(String s, char c) {
        int best = 0;
        for (int i = s.indexOf(c); i >= 0; i = s.indexOf(c, i)) {
            int start = i;
            while (++i < s.length() && s.charAt(i) == c) {
                // the run goes on
            }
            best = Math.max(best, i - start);
        }
        return best;
    }
}
