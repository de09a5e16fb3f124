package dev.schemac.processor;

import dev.schemac.check.Rules;
import dev.schemac.check.naming.EntityNameCase;
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
    private final Set<Key> refusedNames = new HashSet<>();
    private boolean unresolved;

    void add(Span s) { spans.add(new Key(s.file(), s.start())); }

    /** A type javac could not find: javac fails the compilation, so nothing may be written. */
    void addUnresolved(Span s) {
        add(s);
        unresolved = true;
    }

    boolean anyUnresolved() { return unresolved; }

    /**
     * A declaration whose name the language cannot write (SC919, said by the processor): the naming rules' findings
     * on it (not PascalCase, not snake_case, reserved) would only suggest the same name back, so they are not passed
     * on; every other finding about the declaration is.
     */
    void addRefusedName(Span declaration) { refusedNames.add(new Key(declaration.file(), declaration.start())); }

    boolean covers(Diagnostic d) {
        if (d.span() == null) return false;
        var key = new Key(d.span().file(), d.span().start());
        return spans.contains(key) || NAMING.contains(d.code()) && refusedNames.contains(key);
    }

    /** The codes of the naming rules: the rules of the package of {@link EntityNameCase}. */
    private static final Set<String> NAMING = Rules.all().stream()
            .filter(r -> r.getClass().getPackageName().equals(EntityNameCase.class.getPackageName()))
            .map(dev.schemac.check.Rule::code).collect(java.util.stream.Collectors.toUnmodifiableSet());
}
