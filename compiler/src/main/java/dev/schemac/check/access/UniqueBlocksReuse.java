package dev.schemac.check.access;

import dev.schemac.render.markdown.Quoted;
import com.google.auto.service.AutoService;
import dev.schemac.catalog.Table;
import dev.schemac.catalog.UniqueConstraint;
import dev.schemac.check.CheckContext;
import dev.schemac.check.Reporter;
import dev.schemac.check.Rule;
import dev.schemac.diag.Diagnostic;
import dev.schemac.diag.Severity;
import dev.schemac.model.Dialect;
import dev.schemac.model.Entity;
import dev.schemac.model.Field;
import dev.schemac.check.Spans;
import dev.schemac.source.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * SC731: a unique of a soft-deleting entity that still holds over deleted rows on the primary
 * database: a deleted row keeps its value, and nobody can take it again.
 */
@AutoService(Rule.class)
public final class UniqueBlocksReuse extends Rule {
    public UniqueBlocksReuse() {
        super("SC731", Severity.WARNING, "Deleted rows keep blocking a unique value",
                "On an entity that soft-deletes (`deleted_at`), a deleted row stays in the table. A unique "
                + "constraint over every row keeps its value taken: a customer who deleted an account "
                + "cannot sign up again with the same email. schemac makes such a unique hold among the "
                + "live rows (`WHERE deleted_at IS NULL`) as a partial unique index on PostgreSQL and "
                + "SQLite. It cannot on MySQL, which has no partial indexes, nor for the foreign key of "
                + "a one-to-one, whose relation rests on the unique: there a deleted row still blocks "
                + "its value: restore the deleted row instead of creating a new one, or delete it for real. "
                + "Adding `deleted_at` to the unique is no way out: it is NULL on every live row, and NULLs are "
                + "never equal, so such a unique lets any number of live rows share the other columns; the rule "
                + "reports that too.");
    }

    @Override
    public void check(CheckContext context, Reporter out) {
        Dialect primary = context.model().settings().dialect();
        for (Entity e : context.model().entities()) {
            if (e.softDelete().isEmpty()) continue;
            Table t = context.table(e);
            String marker = t.columnsOf(Entity.SOFT_DELETE_FIELD).get(0).name();
            for (UniqueConstraint u : t.uniques()) {
                if (u.columns().contains(marker)) {
                    if (u.columns().size() > 1) out.report(e, withMarker(span(e, u, t), e.name(), u, marker));
                } else if (u.reason() == UniqueConstraint.Reason.ONE_TO_ONE) {
                    out.report(e, oneToOne(span(e, u, t), e.name(), u));
                } else if (primary == Dialect.MYSQL) {
                    out.report(e, mysql(span(e, u, t), e.name(), u));
                }
            }
        }
    }

    /** The field a unique is written on, or its {@code @@unique}; the entity's name when the text does not say. */
    static Span span(Entity e, UniqueConstraint u, Table t) {
        if (u.reason() != UniqueConstraint.Reason.ENTITY) {
            for (Field f : e.storedFields()) if (columns(t, List.of(f.name())).equals(u.columns())) return f.span();
        }
        for (var spec : e.uniques()) if (columns(t, spec.fields()).equals(u.columns())) return spec.span();
        return Spans.entityName(e);
    }

    private static List<String> columns(Table t, List<String> fields) {
        var out = new ArrayList<String>();
        for (String f : fields) t.columnsOf(f).forEach(c -> out.add(c.name()));
        return out;
    }

    Diagnostic oneToOne(Span at, String entity, UniqueConstraint u) {
        return finding(at, Quoted.stored(u.name()) + " makes a one-to-one of " + Quoted.name(entity) + ", which soft-deletes: a deleted "
                + entity + " keeps its " + Quoted.columns(u.columns()) + " taken on every database",
                "restore the deleted row rather than create another, or delete it for real");
    }

    Diagnostic withMarker(Span at, String entity, UniqueConstraint u, String marker) {
        var others = u.columns().stream().filter(c -> !c.equals(marker)).toList();
        return finding(at, Quoted.stored(u.name()) + " of " + Quoted.name(entity) + " includes " + Quoted.stored(marker) + ", which is NULL on every live row: NULLs are "
                + "never equal, so it lets live rows share " + Quoted.columns(others),
                "drop " + Quoted.stored(marker) + " from the unique: on PostgreSQL and SQLite schemac makes it hold among the live rows");
    }

    Diagnostic mysql(Span at, String entity, UniqueConstraint u) {
        return finding(at, Quoted.stored(u.name()) + " of " + Quoted.name(entity) + ", which soft-deletes, holds over deleted rows on MySQL, "
                + "the primary database: a deleted " + entity + " keeps its " + Quoted.columns(u.columns()) + " taken",
                "MySQL has no partial indexes: restore a deleted row rather than create a new one, or delete it for real");
    }
}
