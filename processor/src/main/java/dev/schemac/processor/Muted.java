package dev.schemac.processor;

import dev.schemac.diag.Diagnostic;
import dev.schemac.source.SourceFile;
import dev.schemac.source.Span;
import java.util.HashSet;
import java.util.Set;

/**
 * Spans about which the compiler's diagnostics are not passed on, because the Java side
 * has said it better already: a type javac could not find (javac reports it), or a Java
 * type the processor reported as having no logical type. The compiler then sees an unknown
 * type there, drops the field quietly as it always does, and the user reads one error.
 */
final class Muted {
    private record Key(SourceFile file, int start) {}

    private final Set<Key> spans = new HashSet<>();
    private boolean unresolved;

    void add(Span s) { spans.add(new Key(s.file(), s.start())); }

    /** A type javac could not find: javac fails the compilation, so nothing may be written. */
    void addUnresolved(Span s) {
        add(s);
        unresolved = true;
    }

    boolean anyUnresolved() { return unresolved; }

    boolean covers(Diagnostic d) {
        return d.span() != null && spans.contains(new Key(d.span().file(), d.span().start()));
    }
}
