package dev.schemac.gen.docs;

import dev.schemac.render.text.NameText;
import dev.schemac.catalog.Catalog;
import dev.schemac.catalog.ForeignKey;
import dev.schemac.catalog.Table;
import dev.schemac.catalog.UniqueConstraint;
import dev.schemac.gen.TargetContext;
import dev.schemac.model.Entity;
import dev.schemac.model.Model;
import dev.schemac.model.Dialect;
import java.util.ArrayList;
import java.util.List;

/**
 * What soft delete does to this model's constraints: which entities soft-delete, how their
 * unique constraints hold (live rows only on PostgreSQL and SQLite, every row on MySQL and for
 * a one-to-one), which foreign-key actions a soft delete does not trigger, and which index
 * filters the live rows.
 */
final class SoftDeleteConflicts {
    private final Model model;
    private final Catalog catalog;
    private final WrittenDialects written;

    SoftDeleteConflicts(TargetContext ctx) {
        this.model = ctx.model();
        this.catalog = ctx.catalog();
        this.written = WrittenDialects.of(ctx);
    }

    void render(StringBuilder b) {
        b.append("### Soft Delete and Uniqueness\n\n");
        var soft = model.entities().stream().filter(e -> e.softDelete().isPresent()).toList();
        if (soft.isEmpty()) {
            // What a delete for real does, said of what this model has: a model without uniques frees no value, one without foreign keys runs no action.
            boolean uniques = catalog.tables().stream().anyMatch(t -> !t.uniques().isEmpty());
            boolean fks = catalog.tables().stream().anyMatch(t -> !t.foreignKeys().isEmpty());
            b.append("No entity of the ").append(Words.title(model)).append(" schema soft-deletes (none has an optional `deleted_at` field): a delete removes the row")
                    .append(uniques ? ", so the values it held under a unique constraint free up" : "")
                    .append(fks ? ", and the foreign keys' `ON DELETE` actions apply to every delete" : "").append(".\n\n");
            return;
        }
        // The marker's column, as the Catalog names it (a @map may rename it).
        var markers = new java.util.TreeSet<String>();
        for (Entity e : soft) markers.add(catalog.tableOf(e.name()).orElseThrow().columnsOf(Entity.SOFT_DELETE_FIELD).get(0).name());
        String markerWords = markers.size() == 1 ? Words.name(markers.first()) : "its " + Words.name(Entity.SOFT_DELETE_FIELD) + " column";
        String live = markers.size() == 1 ? Words.code(NameText.of(markers.first()) + " IS NULL") : "that column `IS NULL`";
        b.append(Words.list(soft.stream().map(Entity::name).toList())).append(soft.size() == 1 ? " soft-deletes" : " soft-delete")
                .append(": a row is marked deleted by setting ").append(markerWords).append(" and stays in the table, so every query of live rows filters ")
                .append(live).append(".\n\n");
        for (Entity e : soft) {
            Table t = catalog.tableOf(e.name()).orElseThrow();
            String marker = t.columnsOf(Entity.SOFT_DELETE_FIELD).get(0).name();
            for (String s : conflicts(e, t, marker)) b.append("- ").append(s).append("\n");
        }
        b.append("\n");
    }

    private List<String> conflicts(Entity e, Table t, String marker) {
        var out = new ArrayList<String>();
        for (UniqueConstraint u : t.uniques()) {
            String cols = "(" + Words.columns(u.columns()) + ")";
            if (u.partial()) {
                String partial = written.names(Dialect.POSTGRES, Dialect.SQLITE);
                String s = Words.name(u.name()) + " " + cols + " holds among the live " + e.name() + " rows only";
                if (!partial.isEmpty()) {
                    s += ": on " + partial + " it is a partial unique index " + Words.code("WHERE " + NameText.of(marker) + " IS NULL")
                            + ", so a deleted row frees its value and a live duplicate is still refused.";
                }
                if (written.has(Dialect.MYSQL)) {
                    s += (partial.isEmpty() ? ". " : " ") + "MySQL has no partial indexes and keeps it over every row: there a deleted "
                            + e.name() + " keeps its value taken until the row is deleted for real.";
                }
                out.add(s);
            } else if (u.columns().contains(marker)) {
                out.add(Words.name(u.name()) + " " + cols + " includes " + Words.name(marker) + ", which is NULL on every live row; NULLs are never equal, so it lets live rows share the other columns (SC731).");
            } else {
                out.add(Words.name(u.name()) + " " + cols + " makes a one-to-one and holds over every row on every database: a deleted "
                        + e.name() + " keeps its value taken, so restoring it is the way back (SC731).");
            }
        }
        for (Table other : catalog.tables()) {
            for (ForeignKey fk : other.foreignKeys()) {
                if (!fk.referencedTable().equals(t.name())) continue;
                String rows = Words.name(other.name()) + " rows";
                String what = switch (fk.onDelete()) {
                    case CASCADE -> "deletes the " + rows + " that refer to it" + CascadeChain.inTurn(catalog, other.name())
                            + CascadeChain.unless(catalog, other.name()) + ", but soft-deleting one leaves them in place, referring to a deleted row";
                    case RESTRICT, NO_ACTION -> "is refused while " + rows + " refer to it, but soft-deleting one is not";
                    case SET_NULL -> "sets " + Words.names(fk.columns()) + " of the " + rows + " that refer to it to NULL, but soft-deleting one leaves them pointing at it";
                };
                out.add("Deleting " + Words.a(e.name()) + " for real " + what + " (" + Words.name(fk.name()) + "): the application applies "
                        + "the soft delete to them, or hides them with their parent.");
            }
        }
        var holding = t.indexes().stream().filter(i -> i.columns().contains(marker)).map(i -> Words.name(i.name())).toList();
        // A planner reads an index for `IS NULL` only where that finds few rows: PostgreSQL knows the share of NULLs and reads
        // the table while most rows are live (DocumentTruthOnRealEnginesTest).
        out.add(!holding.isEmpty() ? Words.list(holding) + (holding.size() == 1 ? " contains " : " contain ") + Words.name(marker)
                + ", so the live-row filter can read " + (holding.size() == 1 ? "it" : "them")
                + (written.has(Dialect.POSTGRES) ? "; PostgreSQL does so only while few rows are live, and reads the whole table while most are" : "") + "."
                : "No index of " + Words.name(t.name()) + " contains " + Words.name(marker) + ", so the live-row filter is checked row by row (SC703).");
        return out;
    }
}
