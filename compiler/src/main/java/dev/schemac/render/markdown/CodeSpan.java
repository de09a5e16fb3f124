package dev.schemac.render.markdown;

/**
 * Model text (names, key patterns) as a Markdown code span that may stand in a table cell.
 * The rule itself lives in {@link Md#codeCell}: one line, delimited by more backticks than
 * any run inside it, padded where it starts or ends with a backtick, {@code |} escaped, and
 * hidden characters shown as escapes.
 */
public final class CodeSpan {
    private CodeSpan() {}

    public static String of(String s) {
        return Md.codeCell(s);
    }
}
