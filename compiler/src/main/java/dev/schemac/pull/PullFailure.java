package dev.schemac.pull;

import dev.schemac.diag.Diagnostic;
import java.util.List;

/** A pull or diff that cannot go on: the diagnostics say why (no password in them). */
public final class PullFailure extends Exception {
    private final transient List<Diagnostic> diagnostics;

    public PullFailure(List<Diagnostic> diagnostics) {
        super(diagnostics.isEmpty() ? "pull failed" : diagnostics.get(0).message());
        this.diagnostics = List.copyOf(diagnostics);
    }

    public PullFailure(Diagnostic d) {
        this(List.of(d));
    }

    public List<Diagnostic> diagnostics() { return diagnostics; }
}
