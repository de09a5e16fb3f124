package dev.schemac.check;

import com.google.auto.service.AutoService;
import dev.schemac.diag.CodeDoc;
import dev.schemac.diag.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * Lists the rules' codes for {@code schemac explain} and the diagnostics reference, and the retired ones
 * ({@link UnknownSeverityCode#RETIRED}), so that a code a user's settings or an old report names still has an answer.
 */
@AutoService(CodeDoc.Provider.class)
public final class RuleDocs implements CodeDoc.Provider {
    @Override
    public List<CodeDoc> codes() {
        var out = new ArrayList<>(Rules.all().stream().map(r -> new CodeDoc(r.code(), r.title(), r.defaultSeverity(), r.rationale())).toList());
        UnknownSeverityCode.RETIRED.forEach((code, now) -> out.add(new CodeDoc(code, "Retired rule", Severity.INFO,
                "No longer reported: " + now + ". A severity setting that names it gets SC600 saying so; remove it from the setting.")));
        return out;
    }
}
