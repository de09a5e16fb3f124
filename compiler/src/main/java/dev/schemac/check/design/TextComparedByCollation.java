package dev.schemac.check.design;

import com.google.auto.service.AutoService;
import dev.schemac.check.CheckContext;
import dev.schemac.check.Reporter;
import dev.schemac.check.Rule;
import dev.schemac.diag.Diagnostic;
import dev.schemac.diag.Severity;
import dev.schemac.model.Entity;
import dev.schemac.model.EntityCheck;
import dev.schemac.model.Field;
import dev.schemac.model.FieldCheck;
import dev.schemac.model.FieldType;
import dev.schemac.render.markdown.Quoted;
import dev.schemac.source.Span;
import java.util.HashSet;

/**
 * SC711: a check that compares text. Which texts pass is each database's collation's to say,
 * not the model's: no output can state one rule that all of them keep.
 */
@AutoService(Rule.class)
public final class TextComparedByCollation extends Rule {
    public TextComparedByCollation() {
        super("SC711", Severity.WARNING, "Check compares text, which each database's collation decides",
                "A `@check` that compares a text field with a literal (`@check(< \"m\")`) or a `@@check` that "
                + "compares two text fields (`@@check(first < last)`) is decided by each database's "
                + "collation: MySQL's `utf8mb4_unicode_ci`, which schemac's DDL sets, orders and equates "
                + "text without regard to case or accents (`'Y' < 'm'`, and `'X' = 'x'`); a PostgreSQL "
                + "database orders by its locale (`C`, or an ICU or glibc locale such as en-US, where `'Y' > "
                + "'m'`); SQLite compares code points. A row one database accepts, another refuses. The "
                + "databases keep the check as written; the SQLModel API models do not repeat it (Python "
                + "compares code points, which would claim a rule the database does not keep). Compare something whose order every "
                + "database shares (a number, a date, an enum), or accept that each database decides.");
    }

    @Override
    public void check(CheckContext context, Reporter out) {
        var reported = new HashSet<Span>();
        for (Entity e : context.model().entities()) {
            for (Field f : e.storedFields()) {
                if (!text(f)) continue;
                for (FieldCheck c : f.checks()) {
                    if (c instanceof FieldCheck.Compare cmp && reported.add(cmp.span())) {
                        out.report(e, literal(cmp.span(), e.name() + "." + f.name(), cmp.op().symbol()));
                    }
                }
            }
            for (EntityCheck c : e.checks()) {
                boolean left = e.field(c.left()).map(TextComparedByCollation::text).orElse(false);
                boolean right = e.field(c.right()).map(TextComparedByCollation::text).orElse(false);
                if ((left || right) && reported.add(c.span())) {
                    out.report(e, fields(c.span(), e.name(), c.left(), c.op().symbol(), c.right()));
                }
            }
        }
    }

    private static boolean text(Field f) {
        return f.type() instanceof FieldType.Scalar s && s.kind().isText();
    }

    Diagnostic literal(Span at, String field, String op) {
        return finding(at, Quoted.name(field) + " is compared (" + op + ") with text: each database's collation decides "
                + "which values pass, and the API models do not check it", (String) null);
    }

    Diagnostic fields(Span at, String entity, String left, String op, String right) {
        return finding(at, "the check " + Quoted.name(left + " " + op + " " + right) + " of " + Quoted.name(entity)
                + " compares text: each database's collation decides which rows pass, and the API models do not check it",
                (String) null);
    }
}
