package dev.schemac.check.design;

import dev.schemac.render.markdown.Quoted;
import com.google.auto.service.AutoService;
import dev.schemac.check.CheckContext;
import dev.schemac.check.Reporter;
import dev.schemac.check.Rule;
import dev.schemac.check.Spans;
import dev.schemac.diag.Diagnostic;
import dev.schemac.diag.Severity;
import dev.schemac.model.Entity;
import dev.schemac.model.Field;
import dev.schemac.model.FieldType;
import dev.schemac.model.ScalarKind;
import dev.schemac.source.Span;
import java.util.Set;

/** SC710: an integer-keyed entity that other entities reference: suggest a public uuid. */
@AutoService(Rule.class)
public final class PublicIdSuggestion extends Rule {
    public PublicIdSuggestion() {
        super("SC710", Severity.INFO, "Integer key of a referenced entity: consider a public uuid",
                "An entity that other entities reference is usually one that the application shows and "
                + "links to. With an autoincrement integer key its ids are sequential: they reveal how "
                + "many rows exist and how fast they grow, and they invite guessing the next one in a "
                + "URL. The integer stays the best primary key for joins; a second, public identifier "
                + "`public_id uuid = uuid() @unique` is what leaves the database. `ids = uuid` in the "
                + "header makes every key a uuid instead.");
    }

    @Override
    public void check(CheckContext context, Reporter out) {
        for (Entity e : context.model().entities()) {
            if (e.primaryKey().size() != 1) continue;
            Field key = e.requireField(e.primaryKey().get(0));
            if (!(key.type() instanceof FieldType.Scalar s) || !s.kind().isInteger()) continue;
            boolean hasPublicId = e.storedFields().stream().anyMatch(f -> f.unique()
                    && f.type() instanceof FieldType.Scalar u && u.kind() == ScalarKind.UUID);
            Set<String> from = context.referencedBy(e);
            if (!hasPublicId && !from.isEmpty()) out.report(e, suggest(Spans.entityName(e), e.name(), from));
        }
    }

    Diagnostic suggest(Span at, String entity, Set<String> from) {
        var tables = from.stream().map(Quoted::stored).toList();
        String by = tables.size() == 1 ? "the table " + tables.get(0)
                : "the tables " + String.join(", ", tables.subList(0, tables.size() - 1)) + " and " + tables.get(tables.size() - 1);
        return finding(at, Quoted.name(entity) + " has an integer key and is referenced by " + by,
                s -> "if its ids leave the database (URLs, APIs), add "
                        + Quoted.name(s.field("public_id", "uuid", "uuid()", java.util.List.of("unique"))) + " and expose that");
    }
}
