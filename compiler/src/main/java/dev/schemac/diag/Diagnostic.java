package dev.schemac.diag;

import dev.schemac.source.Span;
import java.util.List;
import java.util.Objects;

/**
 * One finding about the user's input. {@code help} says how to fix it; {@code notes}
 * point at related places (the first declaration of a duplicate, the other side of a
 * relation). Created through {@link Messages} so wording stays in one catalogue. A help
 * that names what to write is {@code spelled}: {@code help} is then its {@code .schema}
 * spelling, and {@link #help(Spelling)} gives another front end's.
 */
public record Diagnostic(String code, Severity severity, Span span, String message, String help, List<Note> notes,
                         Help spelled) {

    public record Note(Span span, String message) {
        public Note {
            message = Messages.windowed(message);
        }
    }

    public Diagnostic {
        // A quoted name is cut in one place, whoever wrote the message (Messages.shown).
        message = Messages.windowed(message);
        help = Messages.windowed(help);
        notes = List.copyOf(notes);
    }

    public Diagnostic(String code, Severity severity, Span span, String message, String help, List<Note> notes) {
        this(code, severity, span, message, help, notes, null);
    }

    /** A diagnostic whose help is spelled by the front end the model came from. */
    public Diagnostic(String code, Severity severity, Span span, String message, Help help) {
        this(code, severity, span, message, help.in(Spelling.SCHEMA), List.of(), help);
    }

    /** The help in a front end's spelling, its names cut as the {@code .schema} help's are (Messages.windowed). */
    public String help(Spelling spelling) {
        return spelled == null ? help : Messages.windowed(spelled.in(spelling));
    }

    public Diagnostic withSeverity(Severity s) {
        return new Diagnostic(code, s, span, message, help, notes, spelled);
    }

    public Diagnostic withNote(Span at, String text) {
        var more = new java.util.ArrayList<>(notes);
        more.add(new Note(at, text));
        return new Diagnostic(code, severity, span, message, help, more, spelled);
    }

    public boolean isError() { return severity == Severity.ERROR; }

    /**
     * Two findings are the same when they say the same thing at the same place. A spelled help
     * is a function, equal to another only by identity, so it counts by what it writes: two
     * passes that find one problem (a dialect limit seen by the SQL and the migrations targets)
     * report it once even when each built its help afresh.
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof Diagnostic d && Objects.equals(code, d.code) && severity == d.severity && Objects.equals(span, d.span)
                && Objects.equals(message, d.message) && Objects.equals(help, d.help) && notes.equals(d.notes)
                && (spelled == null) == (d.spelled == null);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, severity, span, message, help, notes, spelled == null);
    }
}
