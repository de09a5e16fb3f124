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
import dev.schemac.naming.Names;
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
            // An acronym's plural first: its singular drops the s and keeps the capitals (`URLs` is `URL`, not `Url`).
            if (Names.isAcronymPlural(e.name())) out.report(e, finding(Spans.entityName(e), "entity " + Quoted.name(e.name())
                    + " is plural", "name the entity in the singular: " + Quoted.name(e.name().substring(0, e.name().length() - 1))));
            else if (Words.isPlural(last)) out.report(e, plural(Spans.entityName(e), e.name(), last));
        }
    }

    Diagnostic plural(Span at, String name, String last) {
        // Words.isPlural promises a non-empty singular. The last word is lower case; the name
        // spells it its own way (`OrderItems`, `order_items`, `ORDER_ITEMS`, `Items_`).
        String singular = Words.singular(last);
        int at0 = name.toLowerCase(java.util.Locale.ROOT).lastIndexOf(last);
        if (at0 < 0) return finding(at, "entity " + Quoted.name(name) + " is plural", "name the entity in the singular");
        String spelled = name.substring(at0, at0 + last.length());
        String respelled = spelled.equals(spelled.toUpperCase(java.util.Locale.ROOT)) ? singular.toUpperCase(java.util.Locale.ROOT)
                : Character.isUpperCase(spelled.charAt(0)) ? Character.toUpperCase(singular.charAt(0)) + singular.substring(1)
                : singular;
        String fixed = name.substring(0, at0) + respelled
                + name.substring(at0 + last.length());
        return finding(at, "entity " + Quoted.name(name) + " is plural", "name the entity in the singular: " + Quoted.name(fixed));
    }
}
