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
import dev.schemac.source.Span;

/**
 * SC732: a unique of a soft-deleting entity that schemac generates as a partial unique index
 * of the live rows, said once so that the model's reader knows the value frees up on delete.
 */
@AutoService(Rule.class)
public final class UniqueOfLiveRows extends Rule {
    public UniqueOfLiveRows() {
        super("SC732", Severity.INFO, "Unique among live rows only",
                "On an entity that soft-deletes (`deleted_at`), schemac generates each `@unique` and "
                + "`@@unique` as a partial unique index of the live rows (`WHERE deleted_at IS NULL`) on "
                + "PostgreSQL and SQLite, so a deleted row frees its value while a live duplicate is still "
                + "refused. MySQL has no partial indexes and keeps the unique over every row there (see "
                + "SC731). The Prisma schema declares them with `where: raw(\"deleted_at IS NULL\")`, behind "
                + "Prisma's preview feature `partialIndexes`.");
    }

    @Override
    public void check(CheckContext context, Reporter out) {
        if (context.model().settings().dialect() == Dialect.MYSQL) return; // SC731 says what holds there
        for (Entity e : context.model().entities()) {
            if (e.softDelete().isEmpty()) continue;
            Table t = context.table(e);
            for (UniqueConstraint u : t.uniques()) {
                if (u.partial()) out.report(e, live(UniqueBlocksReuse.span(e, u, t), e.name(), u));
            }
        }
    }

    Diagnostic live(Span at, String entity, UniqueConstraint u) {
        return finding(at, Quoted.stored(u.name()) + " holds among live " + entity + " rows only: deleting one frees its "
                + Quoted.columns(u.columns()) + " on PostgreSQL and SQLite; MySQL keeps it over every row", (String) null);
    }
}
