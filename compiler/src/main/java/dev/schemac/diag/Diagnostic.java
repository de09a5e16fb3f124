package dev.schemac.diag;

import dev.schemac.source.Span;
import java.util.List;

/**
 * One finding about the user's input. {@code help} says how to fix it; {@code notes}
 * point at related places (the first declaration of a duplicate, the other side of a
 * relation). Created through {@link Messages} so wording stays in one catalogue.
 */
public record Diagnostic(String code, Severity severity, Span span, String message, String help, List<Note> notes) {

    public record Note(Span span, String message) {}

    public Diagnostic {
        notes = List.copyOf(notes);
    }

    public Diagnostic withSeverity(Severity s) {
        return new Diagnostic(code, s, span, message, help, notes);
    }

    public Diagnostic withNote(Span at, String text) {
        var more = new java.util.ArrayList<>(notes);
        more.add(new Note(at, text));
        return new Diagnostic(code, severity, span, message, help, more);
    }

    public boolean isError() { return severity == Severity.ERROR; }
}
