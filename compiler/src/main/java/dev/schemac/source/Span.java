package dev.schemac.source;

/**
 * Where something was written: a half-open range of character offsets in one file.
 * Nodes created by the compiler itself (implicit fields, join tables) carry the span of
 * the declaration that caused them, so a diagnostic about them still points somewhere real.
 */
public record Span(SourceFile file, int start, int end) {

    public Span {
        if (start < 0 || end < start) throw new IllegalArgumentException("bad span " + start + ".." + end);
    }

    public int line() { return file.line(start); }

    public int column() { return file.column(start); }

    public String location() { return file.path() + ":" + line() + ":" + column(); }

    /** The smallest span that covers both. */
    public Span to(Span other) {
        return new Span(file, Math.min(start, other.start), Math.max(end, other.end));
    }

    @Override public String toString() { return location(); }
}
