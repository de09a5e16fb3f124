package dev.schemac.check.naming;

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
import dev.schemac.model.Origin;
import dev.schemac.source.Span;
import java.util.HashSet;
import java.util.List;

/** SC603: field names are snake_case. */
@AutoService(Rule.class)
public final class FieldNameCase extends Rule {
    public FieldNameCase() {
        super("SC603", Severity.WARNING, "Field name is not snake_case",
                "Field names become column names and Python attribute names, where snake_case is the "
                + "convention (`created_at`, `user_id`); Prisma gets camelCase fields mapped onto the "
                + "snake_case columns. A camelCase or capitalised field makes a column that PostgreSQL "
                + "folds to lower case unless it is quoted everywhere.");
    }

    @Override
    public void check(CheckContext context, Reporter out) {
        var reported = new HashSet<Span>();  // a mixin's field is one declaration, reported once
        for (Entity e : context.model().entities()) {
            for (Field f : e.fields()) {
                if (f.origin() != Origin.IMPLICIT && !Words.isSnake(f.name()) && reported.add(f.span())) {
                    out.report(e, notSnake(f.span(), f.name()));
                }
            }
        }
    }

    Diagnostic notSnake(Span at, String name) {
        // The words of the name, lower case, joined by single underscores: `__label__` becomes `label`.
        String snake = String.join("_", Words.of(name));
        if (!Words.isSnake(snake)) {
            return finding(at, "field " + Quoted.name(name) + " is not snake_case",
                    "rename it with lower-case words joined by single underscores, starting with a letter");
        }
        List<String> reserved = ReservedIdentifier.languagesReserving(snake);
        return finding(at, "field " + Quoted.name(name) + " is not snake_case", "rename it " + Quoted.name(snake)
                + (reserved.isEmpty() ? "" : ", though " + ReservedIdentifier.and(reserved) + " reserve that name too (SC607)"));
    }
}
