package dev.schemac.diag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects diagnostics of one compilation; the only mutable thing the phases share. */
public final class Diagnostics {
    private final List<Diagnostic> all = new ArrayList<>();
    private int errors;

    public void add(Diagnostic d) {
        all.add(d);
        if (d.isError()) errors++;
    }

    public void addAll(List<Diagnostic> ds) { ds.forEach(this::add); }

    public boolean hasErrors() { return errors > 0; }

    public int errorCount() { return errors; }

    /** In source order (file, then offset), errors first on the same spot: stable output. */
    public List<Diagnostic> sorted() {
        var copy = new ArrayList<>(all);
        copy.sort(ORDER);
        return List.copyOf(copy);
    }

    public static final Comparator<Diagnostic> ORDER = Comparator
            .comparing((Diagnostic d) -> d.span() == null ? "" : d.span().file().path())
            .thenComparingInt(d -> d.span() == null ? -1 : d.span().start())
            .thenComparing(Diagnostic::severity)
            .thenComparing(Diagnostic::code)
            .thenComparing(Diagnostic::message);
}
