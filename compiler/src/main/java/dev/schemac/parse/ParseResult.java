package dev.schemac.parse;

import dev.schemac.ast.SchemaFile;
import dev.schemac.diag.Diagnostic;
import java.util.List;
import java.util.function.Predicate;

/**
 * The AST of one file (possibly partial after syntax errors) and what went wrong reading it.
 * {@code habits} are other tools' habits seen in a file the grammar accepted (`email string NOT
 * NULL` parses as two fields): they are said only if a later stage refuses text they explain,
 * in place of that refusal (see {@link #reconcile}).
 */
public record ParseResult(SchemaFile file, List<Diagnostic> diagnostics, Tentative habits) {
    public ParseResult {
        diagnostics = List.copyOf(diagnostics);
        if (habits == null) habits = Tentative.NONE;
    }

    public ParseResult(SchemaFile file, List<Diagnostic> diagnostics) {
        this(file, diagnostics, Tentative.NONE);
    }

    /** Habit findings of one parsed file, and which later diagnostics they explain. */
    public record Tentative(String path, List<Diagnostic> found, Predicate<Diagnostic> explains) {
        public static final Tentative NONE = new Tentative("", List.of(), d -> false);

        public Tentative {
            found = List.copyOf(found);
        }
    }

    /**
     * The diagnostics of a later stage with the habits put in: each file's habits replace the
     * errors they explain in that file; habits that explain none of them are dropped, since the
     * text they looked at was valid after all.
     */
    public static List<Diagnostic> reconcile(List<Tentative> tentative, List<Diagnostic> later) {
        var out = new java.util.ArrayList<Diagnostic>();
        var explained = new java.util.HashSet<Diagnostic>();
        for (Tentative t : tentative) {
            boolean any = false;
            for (Diagnostic d : later) {
                if (d.severity() == dev.schemac.diag.Severity.ERROR && d.span() != null
                        && d.span().file().path().equals(t.path()) && t.explains().test(d)) {
                    explained.add(d);
                    any = true;
                }
            }
            if (any) out.addAll(t.found());
        }
        for (Diagnostic d : later) if (!explained.contains(d)) out.add(d);
        return out;
    }
}
