package dev.schemac.gen.java;

import com.google.auto.service.AutoService;
import dev.schemac.diag.CodeDoc;
import dev.schemac.diag.Severity;
import java.util.List;

/** The java target's codes, for {@code schemac explain} and docs/diagnostics.md. */
@AutoService(CodeDoc.Provider.class)
public final class JavaCodeDocs implements CodeDoc.Provider {
    @Override
    public List<CodeDoc> codes() {
        return List.of(
                new CodeDoc(JavaDiagnostics.BAD_PACKAGE, "Not a Java package name", Severity.ERROR,
                        "The option `" + JavaTarget.PACKAGE_OPTION + "` names the package of the generated Java sources; "
                        + "it must be dot-separated Java identifiers that are not keywords."),
                new CodeDoc(JavaDiagnostics.TYPE_COLLISION, "Two Java types with one name", Severity.ERROR,
                        "Every entity becomes a record of its name and a metamodel class of its name and `_`, every "
                        + "enum a Java enum of its name, all in one package: two of them would be one file. `check` "
                        + "reports it (an enum `Tag_` beside an entity `Tag`); rename one of them."));
    }
}
