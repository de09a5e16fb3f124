package dev.schemac.target.prisma;

import java.util.ArrayList;
import java.util.List;

/** The {@code ///} lines of a model, field or enum: the doc comment and what the model says about the data. */
final class Docs {
    private Docs() {}

    static final String PII = "PII: personal data.";
    static final String SECRET = "Secret: store only a hash or digest, never the readable value.";

    static List<String> of(String doc) {
        return of(doc, false, false);
    }

    static List<String> of(String doc, boolean pii, boolean secret) {
        var out = new ArrayList<String>();
        if (doc != null) out.addAll(List.of(doc.split("\n", -1)));
        if (pii) out.add(PII);
        if (secret) out.add(SECRET);
        return out;
    }
}
