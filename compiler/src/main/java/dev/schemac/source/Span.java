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

    // Written out rather than the record's own, which a cold JVM links at its first call and runs through method
    // handles: spans key the resolver's maps of every field. The same values as the record's (31 * file + start,
    // then 31 * that + end), so no map's order changes.
    @Override public boolean equals(Object o) {
        return o instanceof Span s && start == s.start && end == s.end && file.equals(s.file);
    }

    @Override public int hashCode() { return (31 * file.hashCode() + start) * 31 + end; }

    @Override public String toString() { return location(); }
}
