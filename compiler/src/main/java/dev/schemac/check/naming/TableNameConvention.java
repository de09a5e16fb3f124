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
                + "that breaks the convention makes one table unlike the others, and a mixed-case name must "
                + "be quoted in every PostgreSQL query. With `naming = preserve` the rule does not apply.");
    }

    @Override
    public void check(CheckContext context, Reporter out) {
        Naming naming = context.model().settings().naming();
        if (naming == Naming.PRESERVE) return;
        for (Entity e : context.model().entities()) {
            String t = e.tableName();
            if (t == null) continue;
            boolean snake = Words.isSnake(t);
            boolean pluralOk = naming != Naming.SNAKE_PLURAL || Words.isPlural(Words.last(t))
                    || Names.pluralize(Words.last(t)).equals(Words.last(t));
            if (!snake || !pluralOk) out.report(e, breaks(Spans.tableMap(e), t, e.name(), naming));
        }
    }

    Diagnostic breaks(Span at, String table, String entity, Naming naming) {
        String expected = Names.table(entity, naming);
        String what = naming == Naming.SNAKE_PLURAL ? "snake_case plural" : "snake_case";
        return finding(at, "table name " + Quoted.name(table) + " is not " + what,
                s -> "use " + Quoted.name(s.withText("@@map", ModelString.quote(expected))) + ", or drop " + Quoted.name(s.attribute("@@map"))
                        + " to get that name by default");
    }
}
