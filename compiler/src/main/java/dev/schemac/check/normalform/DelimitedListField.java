package dev.schemac.check.normalform;

import dev.schemac.render.markdown.Quoted;
import com.google.auto.service.AutoService;
import dev.schemac.check.CheckContext;
import dev.schemac.check.Reporter;
import dev.schemac.check.Rule;
import dev.schemac.check.Words;
import dev.schemac.diag.Diagnostic;
import dev.schemac.diag.Severity;
import dev.schemac.model.Entity;
import dev.schemac.model.Field;
import dev.schemac.model.FieldType;
import dev.schemac.source.Span;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** SC802: a text field whose name says it holds a delimited list ({@code tags_csv}, {@code role_list}). */
@AutoService(Rule.class)
public final class DelimitedListField extends NormalFormRule {
    /** Last words that say "several values in one string". */
    static final Set<String> LIST_SUFFIXES = Set.of("csv", "tsv", "list", "lists", "array", "ids", "delimited",
            "separated", "joined");

    public DelimitedListField() {
        super("SC802", Severity.WARNING, "Delimited list in one field (1NF)",
                "A text field named like `tags_csv`, `role_list`, `tag_ids` or `list_of_emails` holds "
                + "several values in one string. First normal form asks for one value per field: the "
                + "database cannot check the values, index them, join on them or keep them unique, and "
                + "every reader must split the string the same way. (A list of scalars, `tags string[]`, "
                + "is the core's error SC301 for the same reason.) Model the values as an entity with a "
                + "to-one field back, or as a many-to-many relation when they name other entities.");
    }

    @Override
    public void check(CheckContext context, Reporter out) {
        var reported = new HashSet<Span>();
        for (Entity e : context.model().entities()) {
            for (Field f : e.storedFields()) {
                if (!(f.type() instanceof FieldType.Scalar s) || !s.kind().isText()) continue;
                if (isListName(f.name()) && reported.add(f.span())) out.report(e, delimited(f.span(), e.name(), f.name()));
            }
        }
    }

    static boolean isListName(String name) {
        List<String> w = Words.of(name);
        if (w.size() < 2) return false;
        if (w.get(0).equals("list") && w.get(1).equals("of")) return true;
        if (w.get(0).equals("comma") && w.get(1).equals("separated")) return true;
        return LIST_SUFFIXES.contains(w.get(w.size() - 1));
    }

    Diagnostic delimited(Span at, String entity, String field) {
        return finding(at, Quoted.name(entity + "." + field) + " looks like a delimited list of values in one text field",
                "model the values as an entity with a to-one field back to " + Quoted.name(entity)
                + " (or a many-to-many relation if they name other entities)");
    }
}
