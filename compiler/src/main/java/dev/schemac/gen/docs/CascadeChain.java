package dev.schemac.gen.docs;

import dev.schemac.catalog.Catalog;
import dev.schemac.catalog.ForeignKey;
import dev.schemac.catalog.Table;
import dev.schemac.model.ReferentialAction;
import dev.schemac.render.sql.Sql;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * Where a cascading delete stops: a delete that cascades into a table deletes its rows only
 * if no row of a further table still refers to one of them through a {@code RESTRICT} or
 * {@code NO ACTION} key; otherwise the whole statement fails. One foreign key alone never says
 * what a delete does, so the sentences that say "deletes its rows" ask this first.
 */
final class CascadeChain {
    private CascadeChain() {}

    /**
     * The foreign keys, as {@code `table.columns` (`ON DELETE action`)}, that refuse a delete of rows of {@code table}
     * or of any row the delete cascades to from there, in Catalog order.
     */
    static List<String> blockers(Catalog catalog, String table) {
        var out = new ArrayList<String>();
        var seen = new HashSet<String>();
        var todo = new ArrayDeque<String>();
        todo.add(table);
        seen.add(table);
        while (!todo.isEmpty()) {
            String deleted = todo.poll();
            for (Table t : catalog.tables()) {
                for (ForeignKey fk : t.foreignKeys()) {
                    if (!fk.referencedTable().equals(deleted)) continue;
                    if (fk.onDelete() == ReferentialAction.RESTRICT || fk.onDelete() == ReferentialAction.NO_ACTION) {
                        String key = Words.qualified(t.name(), fk.columns()) + " (`ON DELETE "
                                + Sql.action(fk.onDelete()) + "`)";
                        if (!out.contains(key)) out.add(key);
                    } else if (fk.onDelete() == ReferentialAction.CASCADE && seen.add(t.name())) {
                        todo.add(t.name());
                    }
                }
            }
        }
        return out;
    }

    /**
     * The tables whose rows a delete of rows of {@code table} removes further down, through
     * cascading keys, each once, in the order reached (nearest first, Catalog order among
     * equals); {@code table} itself is among them when a cascade leads back to it (a tree, a cycle).
     */
    static List<String> reached(Catalog catalog, String table) {
        var out = new ArrayList<String>();
        var todo = new ArrayDeque<String>();
        todo.add(table);
        while (!todo.isEmpty()) {
            String deleted = todo.poll();
            for (Table t : catalog.tables()) {
                for (ForeignKey fk : t.foreignKeys()) {
                    if (fk.referencedTable().equals(deleted) && fk.onDelete() == ReferentialAction.CASCADE && !out.contains(t.name())) {
                        out.add(t.name());
                        todo.add(t.name());
                    }
                }
            }
        }
        return out;
    }

    /**
     * The clause after "deletes its X rows" that names the rest of the cascade: empty when the
     * rows of {@code table} take no further rows with them.
     */
    static String inTurn(Catalog catalog, String table) {
        var further = reached(catalog, table);
        if (further.isEmpty()) return "";
        return ", and, in turn, the " + Words.list(further.stream().map(Words::name).toList())
                + " rows that refer to those through cascading keys";
    }

    /**
     * The clause after "deletes its X rows" when rows of {@code table} are deleted by a cascade:
     * empty when nothing below refuses it.
     */
    static String unless(Catalog catalog, String table) {
        var by = blockers(catalog, table);
        if (by.isEmpty()) return "";
        // A referring row the delete removes as well: an engine that checks the key as it deletes each row refuses
        // or not by the order it deletes in (SQLite a RESTRICT key, MySQL both); PostgreSQL checks once the cascade
        // has run (DocumentTruthOnRealEnginesTest).
        var restrict = refusingWithin(catalog, table, ReferentialAction.RESTRICT);
        var noAction = refusingWithin(catalog, table, ReferentialAction.NO_ACTION);
        noAction.removeAll(restrict);
        String also = (restrict.isEmpty() ? "" : "; on SQLite and MySQL, which check each row as they delete it, a referring row of "
                + Words.either(restrict) + " that the same delete removes can refuse it too")
                + (noAction.isEmpty() ? "" : "; on MySQL, which checks each row as it deletes it, a referring row of "
                + Words.either(noAction) + " that the same delete removes can refuse it too");
        return ", or the whole delete fails while a row still refers to one it would delete through "
                + Words.list(by) + also;
    }

    /** The tables, in Catalog order and as code, whose {@code action} keys refuse the delete in rows it removes itself. */
    private static List<String> refusingWithin(Catalog catalog, String table, ReferentialAction action) {
        var removed = new HashSet<>(reached(catalog, table));
        removed.add(table);
        var out = new ArrayList<String>();
        for (Table t : catalog.tables()) {
            if (!removed.contains(t.name())) continue;
            for (ForeignKey fk : t.foreignKeys()) {
                String named = Words.name(t.name());
                if (fk.onDelete() == action && removed.contains(fk.referencedTable()) && !out.contains(named)) out.add(named);
            }
        }
        return out;
    }
}
