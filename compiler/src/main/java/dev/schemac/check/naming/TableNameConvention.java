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
import dev.schemac.lang.ModelString;
import dev.schemac.model.Entity;
import dev.schemac.model.Naming;
import dev.schemac.naming.Names;
import dev.schemac.source.Span;

/** SC604: an explicit {@code @@map} table name follows the schema's naming convention. */
@AutoService(Rule.class)
public final class TableNameConvention extends Rule {
    public TableNameConvention() {
        super("SC604", Severity.WARNING, "Table name breaks the naming convention",
                "Derived table names follow the `naming` setting: snake_case plural by default "
                + "(`order_items`), snake_case singular with `naming = snake`. An explicit `@@map(\"...\")` "
                + "that breaks the convention makes one table unlike the others, and a name with an ASCII capital must "
                + "be quoted in every PostgreSQL query. With `naming = preserve` the rule does not apply. "
                + "Under the plural convention a mapped name is called singular only when it is the entity's "
                + "own last word in the singular (`@@map(\"order_item\")` for `OrderItem`): the English "
                + "inflector cannot judge a name in another language (`@@map(\"kunden\")` for `Kunde`), "
                + "and its proposal would be a non-word (`kundes`).");
    }

    @Override
    public void check(CheckContext context, Reporter out) {
        Naming naming = context.model().settings().naming();
        if (naming == Naming.PRESERVE) return;
        for (Entity e : context.model().entities()) {
            String t = e.tableName();
            if (t == null) continue;
            boolean snake = Words.isSnake(t);
            boolean pluralOk = naming != Naming.SNAKE_PLURAL || !spellsItsOwnSingular(e.name(), t);
            if (!snake || !pluralOk) out.report(e, breaks(Spans.tableMap(e), t, e.name(), naming));
        }
    }

    /**
     * Whether the table is named with the entity's own last word in the singular, where the
     * convention derives its plural (`@@map("order_item")` for `OrderItem`). Only then is the name
     * known to break the plural convention: the English inflector cannot tell whether another word
     * is a plural (German `kunden` for `Kunde` is one; Japanese `shohin` has none), so a table named
     * in another language is the author's choice.
     */
    static boolean spellsItsOwnSingular(String entity, String table) {
        String own = Words.last(entity);
        String last = Words.last(table);
        return last.equals(own) && !Names.pluralize(last).equals(last);
    }

    Diagnostic breaks(Span at, String table, String entity, Naming naming) {
        String expected = Names.table(entity, naming);
        String what = naming == Naming.SNAKE_PLURAL ? "snake_case plural" : "snake_case";
        return finding(at, "table name " + Quoted.stored(table) + " is not " + what,
                s -> "use " + Quoted.name(s.withText("@@map", ModelString.quote(expected))) + ", or drop " + Quoted.name(s.attribute("@@map"))
                        + " to get that name by default" + (naming == Naming.SNAKE_PLURAL && Words.isSnake(table)
                        ? "; if the tables are named in a language without English plurals, set `naming = snake`" : ""));
    }
}
