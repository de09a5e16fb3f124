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
import dev.schemac.model.Field;
import dev.schemac.naming.Names;
import dev.schemac.source.Span;
import java.util.HashSet;
import java.util.Locale;

/** SC605: an explicit {@code @map} column name is snake_case. */
@AutoService(Rule.class)
public final class ColumnNameConvention extends Rule {
    public ColumnNameConvention() {
        super("SC605", Severity.WARNING, "Column name is not snake_case",
                "Columns are snake_case (`created_at`, `user_id`). `@map(\"...\")` exists to keep a "
                + "legacy column name, but a mixed-case or spaced name must be quoted in every query on "
                + "PostgreSQL (which folds unquoted names to lower case) and reads unlike every other column.");
    }

    @Override
    public void check(CheckContext context, Reporter out) {
        var reported = new HashSet<Span>();
        for (Entity e : context.model().entities()) {
            for (Field f : e.storedFields()) {
                if (f.columnName() != null && !Words.isSnake(f.columnName()) && reported.add(f.span())) {
                    out.report(e, notSnake(Spans.columnMap(f), f.columnName()));
                }
            }
        }
    }

    Diagnostic notSnake(Span at, String column) {
        return finding(at, "column name " + Quoted.name(column) + " is not snake_case",
                s -> "use " + Quoted.name(s.withText("@map", "\"" + Names.snake(column.replace(' ', '_')).toLowerCase(Locale.ROOT) + "\"")));
    }
}
