package dev.schemac.check;

import com.google.auto.service.AutoService;
import dev.schemac.diag.CodeDoc;
import java.util.List;

/** Lists the rules' codes for {@code schemac explain} and the diagnostics reference. */
@AutoService(CodeDoc.Provider.class)
public final class RuleDocs implements CodeDoc.Provider {
    @Override
    public List<CodeDoc> codes() {
        return Rules.all().stream().map(r -> new CodeDoc(r.code(), r.title(), r.defaultSeverity(), r.rationale())).toList();
    }
}
