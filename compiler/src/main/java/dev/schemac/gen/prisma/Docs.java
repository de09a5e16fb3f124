package dev.schemac.gen.prisma;

import java.util.ArrayList;
import java.util.List;

/** The {@code ///} lines of a model, field or enum: the doc comment and what the model says about the data. */
final class Docs {
    private Docs() {}


    static List<String> of(String doc) {
        return of(doc, false, false);
    }

    static List<String> of(String doc, boolean pii, boolean secret) {
        var out = new ArrayList<String>();
        if (doc != null) out.addAll(Psl.commentLines(doc));
        if (pii) out.add(dev.schemac.catalog.Column.PII_NOTE);
        if (secret) out.add(dev.schemac.catalog.Column.SECRET_NOTE);
        return out;
    }
}
