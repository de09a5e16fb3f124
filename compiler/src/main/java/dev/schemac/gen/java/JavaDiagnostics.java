package dev.schemac.gen.java;

import dev.schemac.render.markdown.Quoted;
import dev.schemac.diag.Diagnostic;
import dev.schemac.diag.Spelling;
import dev.schemac.diag.Severity;
import dev.schemac.source.Span;
import java.util.List;

/**
 * What the {@code java} target can report. Codes SC950-SC959 belong to this target
 * (SC900-SC949 to the annotation processor's front end).
 */
final class JavaDiagnostics {
    static final String BAD_PACKAGE = "SC950";
    static final String TYPE_COLLISION = "SC951";
    static final String CONSTANT_TOO_LONG = "SC952";

    private JavaDiagnostics() {}

    static Diagnostic badPackage(String pkg) {
        return new Diagnostic(BAD_PACKAGE, Severity.ERROR, null,
                "option " + Quoted.name(JavaTarget.PACKAGE_OPTION) + " is not a Java package name: " + Quoted.name(pkg),
                "use dot-separated Java identifiers that are not keywords and hold no invisible or control character, e.g. com.example.db", List.of());
    }

    static Diagnostic typeCollision(Span at, String name, String first, String second) {
        return new Diagnostic(TYPE_COLLISION, Severity.ERROR, at,
                "the java target would generate two types named " + Quoted.name(name) + ": " + first + " and " + second,
                "rename one of them", List.of());
    }

    static Diagnostic constantTooLong(Span at, String enumName, String value, long bytes) {
        return new Diagnostic(CONSTANT_TOO_LONG, Severity.ERROR, at,
                "the stored label of " + Quoted.name(enumName + "." + value) + " takes " + String.format(java.util.Locale.ROOT, "%,d", bytes)
                        + " bytes in a Java class file, which holds a string constant in at most "
                        + String.format(java.util.Locale.ROOT, "%,d", JavaConstants.MAX_BYTES) + ", so the java target's enum cannot carry it",
                s -> "shorten the label with " + s.form(Spelling.MAP_ON_ENUM_VALUE));
    }
}
