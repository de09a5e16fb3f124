package dev.schemac.check.access;

import dev.schemac.render.markdown.Quoted;
import com.google.auto.service.AutoService;
import dev.schemac.check.CheckContext;
import dev.schemac.check.Reporter;
import dev.schemac.check.Rule;
import dev.schemac.check.Spans;
import dev.schemac.diag.Diagnostic;
import dev.schemac.diag.Severity;
import dev.schemac.diag.Spelling;
import dev.schemac.model.Entity;
import java.util.List;

/**
 * SC733: entities without a doc comment, whose purpose the design documents cannot state.
 * One finding for the model, at the first of them, naming them all: a model without doc
 * comments gets one line, not one per entity.
 */
@AutoService(Rule.class)
public final class EntityUndocumented extends Rule {
    public EntityUndocumented() {
        super("SC733", Severity.INFO, "Entities without a doc comment",
                "The design documents state each entity's purpose from its `///` doc comment (it also "
                + "becomes the table comment, the Python docstring and the Prisma `///`). An entity "
                + "without one is listed with its attributes and relations only, and a reader of the "
                + "hand-over has to guess what a row stands for.");
    }

    @Override
    public void check(CheckContext context, Reporter out) {
        var undocumented = context.model().entities().stream().filter(e -> e.doc() == null || e.doc().isBlank()).toList();
        if (!undocumented.isEmpty()) out.report(undocumented(undocumented));
    }

    Diagnostic undocumented(List<Entity> entities) {
        Entity first = entities.get(0);
        var names = entities.stream().map(e -> Quoted.name(e.name())).toList();
        String list = names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
        return finding(Spans.entityName(first), (entities.size() == 1 ? "entity " + list + " has" : "entities " + list + " have")
                        + " no doc comment, so the design documents cannot say what " + (entities.size() == 1 ? "it is" : "they are") + " for",
                Spelling::entityDoc);
    }
}
