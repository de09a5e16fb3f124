package dev.schemac.check.design;

import dev.schemac.render.markdown.Quoted;
import com.google.auto.service.AutoService;
import dev.schemac.catalog.Column;
import dev.schemac.catalog.Index;
import dev.schemac.catalog.Table;
import dev.schemac.catalog.UniqueConstraint;
import dev.schemac.check.CheckContext;
import dev.schemac.check.Reporter;
import dev.schemac.check.Rule;
import dev.schemac.diag.Diagnostic;
import dev.schemac.diag.Severity;
import dev.schemac.model.Entity;
import dev.schemac.model.Field;
import dev.schemac.source.Span;
import java.util.List;

/** SC703: a soft-deleted entity ({@code deleted_at}) has no index containing {@code deleted_at}. */
@AutoService(Rule.class)
public final class SoftDeleteIndex extends Rule {
    public SoftDeleteIndex() {
        super("SC703", Severity.WARNING, "Soft-delete column is not indexed",
                "With soft delete every ordinary query filters `deleted_at IS NULL`. Without an index "
                + "that contains `deleted_at` the filter is applied row by row after every other lookup, "
                + "and listing the live rows of a large table scans it. Any index with the column "
                + "serves: `@@index(deleted_at)`, or a composite one led by the usual lookup column "
                + "(`@@index(user, deleted_at)`).");
    }

    @Override
    public void check(CheckContext context, Reporter out) {
        for (Entity e : context.model().entities()) {
            var field = e.field(Entity.SOFT_DELETE_FIELD).filter(Field::isStored);
            if (field.isEmpty()) continue;
            Table t = context.table(e);
            List<String> cols = t.columnsOf("deleted_at").stream().map(Column::name).toList();
            if (cols.isEmpty()) continue;
            String col = cols.get(0);
            boolean indexed = t.primaryKey().columns().contains(col)
                    || t.indexes().stream().map(Index::columns).anyMatch(c -> c.contains(col))
                    || t.uniques().stream().map(UniqueConstraint::columns).anyMatch(c -> c.contains(col));
            if (!indexed) out.report(e, notIndexed(field.get().span(), e.name(), t.name(), col));
        }
    }

    Diagnostic notIndexed(Span at, String entity, String table, String column) {
        return finding(at, "`" + entity + ".deleted_at` marks soft deletes but no index of `" + table + "` contains it",
                s -> "add " + Quoted.name(s.withFields("@@index", List.of("deleted_at"), List.of(column))) + " to " + Quoted.name(entity)
                        + " (or to the mixin that declares `deleted_at`)");
    }
}
