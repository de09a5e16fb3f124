package dev.schemac.source;

import java.util.Arrays;
import java.util.Objects;

/**
 * The text of one input, with a line index built once so that spans can stay plain
 * offsets and be turned into line and column only when a diagnostic is rendered. Lines end
 * as {@link LineBreaks} says. A byte order mark at the start is kept in the text (offsets are
 * the file's) but is no column: line 1 starts after it, as in editors and code-scanning
 * annotations, and no snippet shows it.
 *
 * <p>A text may stand at an offset of a larger input ({@link #first}): text read from an
 * annotation value keeps the offsets of the Java unit it is read in, so that what is said of it
 * sorts where the value stands, without characters before it to hold those offsets. Offsets
 * given to and returned by this class are then the larger input's; {@link #text} holds the
 * characters from {@code first} on.
 */
public final class SourceFile {
    /** U+FEFF, which Windows editors write at the start of a UTF-8 file. */
    public static final char BYTE_ORDER_MARK = '\uFEFF';

    private final String path;
    private final String text;
    private final int[] lineStarts;
    private final int first;

    public SourceFile(String path, String text) {
        this(path, text, 0);
    }

    /** {@code text} standing at offset {@code first} of a larger input. */
    public SourceFile(String path, String text, int first) {
        if (first < 0) throw new IllegalArgumentException("negative offset " + first);
        this.path = Objects.requireNonNull(path);
        this.text = Objects.requireNonNull(text);
        this.lineStarts = indexLines(text);
        this.first = first;
    }

    private static int[] indexLines(String text) {
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = hasByteOrderMark(text) ? 1 : 0;
        for (int i = LineBreaks.lineEnd(text, 0); i < text.length(); i = LineBreaks.lineEnd(text, i)) {
            if (count == starts.length) starts = Arrays.copyOf(starts, count * 2);
            i = LineBreaks.after(text, i);
            starts[count++] = i;
        }
        return Arrays.copyOf(starts, count);
    }

    public static boolean hasByteOrderMark(String text) {
        return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK;
    }

    public String path() { return path; }

    /** The characters from offset {@link #first} on. */
    public String text() { return text; }

    /** The offset of the text's first character: 0, unless the text stands in a larger input. */
    public int first() { return first; }

    /** The offset just after the text's last character. */
    public int end() { return first + text.length(); }

    /** The text between two offsets, as far as the file has it: "" where it has none of it. */
    public String slice(int start, int end) {
        int from = Math.max(0, Math.min(start - first, text.length()));
        int to = Math.max(from, Math.min(end - first, text.length()));
        return text.substring(from, to);
    }

    /** 1-based line of an offset. */
    public int line(int offset) {
        int i = Arrays.binarySearch(lineStarts, Math.max(0, Math.min(offset - first, text.length())));
        return Math.max(0, i >= 0 ? i : -i - 2) + 1; // the byte order mark is on line 1
    }

    /** 1-based column of an offset, counted in code points so that non-ASCII text lines up. */
    public int column(int offset) {
        int clamped = Math.max(0, Math.min(offset - first, text.length()));
        int start = lineStarts[line(first + clamped) - 1];
        clamped = Math.max(clamped, start); // the byte order mark is column 1 too
        return text.codePointCount(start, clamped) + 1;
    }

    /** The text of a 1-based line without its line terminator. */
    public String lineText(int line) {
        int start = lineStarts[line - 1];
        return text.substring(start, LineBreaks.lineEnd(text, start));
    }

    /** The offset where a 1-based line starts. */
    public int lineStart(int line) { return first + lineStarts[line - 1]; }

    public int lineCount() { return lineStarts.length; }

    @Override public String toString() { return path; }
}
