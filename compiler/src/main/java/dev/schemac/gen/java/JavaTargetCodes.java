package dev.schemac.gen.java;

import com.google.auto.service.AutoService;
import dev.schemac.diag.CodeDoc;
import dev.schemac.diag.Severity;
import java.util.List;

/** The java target's codes (SC950-SC959, reported through {@link JavaDiagnostics}) for {@code schemac explain}. */
@AutoService(CodeDoc.Provider.class)
public final class JavaTargetCodes implements CodeDoc.Provider {
    @Override
    public List<CodeDoc> codes() {
        return List.of(
                new CodeDoc(JavaDiagnostics.BAD_PACKAGE, "Invalid Java package", Severity.ERROR,
                        "The option `java.package` (or `-Aschemac.java.package`) is not a Java package name: it must be "
                        + "dot-separated Java identifiers, none of them a keyword, such as `com.example.db`, and none holding a control "
                        + "or invisible character (Java ignores them inside an identifier, so the package would read as "
                        + "another). A value from the "
                        + "command line, the settings file or the processor's options is refused as it is read (SC122); "
                        + "this code is for a value handed to the target some other way."),
                new CodeDoc(JavaDiagnostics.TYPE_COLLISION, "Two generated Java types share a name", Severity.ERROR,
                        "The java target would write two types with one name (an entity's record and an enum, or a "
                        + "record and the metamodel class, after the renaming of reserved names). Rename one of them."),
                new CodeDoc(JavaDiagnostics.CONSTANT_TOO_LONG, "Enum label too long for a Java constant", Severity.ERROR,
                        "The java target writes each enum value's stored label as a string constant, which a Java class "
                        + "file holds in at most 65,535 bytes of its modified UTF-8 (a letter beyond ASCII takes two or "
                        + "three); javac refuses a longer one. PostgreSQL (63 bytes) and MySQL (255 characters) refuse such "
                        + "a label too (SC544), but a model for SQLite only may have one: shorten it with `@map` on the value."));
    }
}
