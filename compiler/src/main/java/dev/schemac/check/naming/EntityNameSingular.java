package dev.schemac.check.naming;

import dev.schemac.render.markdown.Quoted;
import com.google.auto.service.AutoService;
import dev.schemac.check.CheckContext;
import dev.schemac.check.Reporter;
import dev.schemac.check.Rule;
import dev.schemac.check.Spans;
import dev.schemac.check.Words;
import dev.schemac.diag.Diagnostic;
import dev.schemac.diag.Severity;
import dev.schemac.model.Entity;
import dev.schemac.source.Span;

/** SC602: entity names are singular; the table name is the plural. */
@AutoService(Rule.class)
public final class EntityNameSingular extends Rule {
    public EntityNameSingular() {
        super("SC602", Severity.WARNING, "Entity name is plural",
                "An entity names one thing: one row, one object (`User`, not `Users`). The table name is "
                + "derived as the plural (`users`), so the plural belongs there and not in the model, "
                + "where it reads wrongly in code (`session.get(Users, 1)` returns one user) and in "
                + "relations (`author Users`). The last word decides: `OrderItems` is plural, "
                + "`Status` and `Address` are not.");
    }

    @Override
    public void check(CheckContext context, Reporter out) {
        for (Entity e : context.model().entities()) {
            String last = Words.last(e.name());
            if (Words.isPlural(last)) out.report(e, plural(Spans.entityName(e), e.name(), last));
        }
    }

    Diagnostic plural(Span at, String name, String last) {
        String singular = Words.singular(last);
        String fixed = name.substring(0, name.length() - last.length())
                + (name.endsWith(last) ? singular : Character.toUpperCase(singular.charAt(0)) + singular.substring(1));
        return finding(at, "entity " + Quoted.name(name) + " is plural", "name the entity in the singular: " + Quoted.name(fixed));
    }
}
