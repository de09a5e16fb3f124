package dev.schemac.diag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The documentation of one diagnostic code, as {@code schemac explain} prints it and
 * docs/diagnostics.md lists it. The core's codes come from {@link Code}; rule packs add
 * theirs by registering a {@link Provider}.
 */
public record CodeDoc(String id, String title, Severity defaultSeverity, String explanation) {

    /** Contributes documented codes; found with ServiceLoader. */
    public interface Provider {
        List<CodeDoc> codes();
    }

    public static List<CodeDoc> all() {
        var out = new ArrayList<CodeDoc>();
        for (Code c : Code.values()) {
            boolean warning = c == Code.UNBOUNDED_STRING_INDEXED || c == Code.UNCOVERED_CHANGES
                    || c == Code.RENAME_HINT_APPLIED || c == Code.PROBABLE_RENAME || c == Code.DOCUMENT_FIELD_COLLISION || c == Code.PRISMA_ENUM_LABEL
                    || c == Code.DECIMAL_TOO_WIDE || c == Code.MERMAID_TOO_LONG;
            out.add(new CodeDoc(c.id(), c.title(), warning ? Severity.WARNING : Severity.ERROR, c.explanation()));
        }
        ServiceLoader.load(Provider.class, CodeDoc.class.getClassLoader()).forEach(p -> out.addAll(p.codes()));
        out.sort(Comparator.comparing(CodeDoc::id));
        return out;
    }

    public static Optional<CodeDoc> byId(String id) {
        return all().stream().filter(c -> c.id().equalsIgnoreCase(id)).findFirst();
    }
}
