package dev.schemac.gen.docs;

import dev.schemac.catalog.Catalog;
import dev.schemac.catalog.Check;
import dev.schemac.catalog.Table;
import dev.schemac.model.Dialect;
import dev.schemac.render.sql.Sql;
import java.util.ArrayList;
import java.util.List;

/**
 * What a dialect's DDL really holds of the Catalog, for sentences that count or name its
 * constraints: an enum's membership check exists only where the dialect has no enum type
 * (SQLite), a {@code @pattern} check only where it has regular expressions (not SQLite), and
 * the {@code @updated} triggers only on SQLite and PostgreSQL (MySQL has a column clause).
 */
final class Rendered {
    private Rendered() {}

    /** A check of a table, as a dialect writes it. */
    record TableCheck(Table table, Check check) {}

    static List<TableCheck> checks(Dialect d, Catalog catalog) {
        var out = new ArrayList<TableCheck>();
        for (Table t : catalog.tables()) for (Check c : t.checks()) if (Sql.check(d, t, c) != null) out.add(new TableCheck(t, c));
        return out;
    }

    static List<Check> checks(Dialect d, Table t) {
        return t.checks().stream().filter(c -> Sql.check(d, t, c) != null).toList();
    }

    /** The names of the {@code @updated} triggers the dialect's DDL creates. */
    static List<String> triggers(Dialect d, Catalog catalog) {
        var out = new ArrayList<String>();
        for (Table t : catalog.tables()) {
            if (t.updatedAtTrigger() != null && !Sql.updatedAtTriggers(d, t, catalog).isEmpty()) out.add(t.updatedAtTrigger());
        }
        return out;
    }

    /**
     * Whether the UUIDs the dialect's DDL generates are random (version 4): SQLite's expression
     * and PostgreSQL's {@code gen_random_uuid()} are; MySQL's {@code UUID()} is version 1, built
     * from the time and the server's MAC address, so it is unique but can be guessed.
     */
    static boolean randomUuids(Dialect d) {
        return d != Dialect.MYSQL;
    }

    /** Whether some column is kept current on update ({@code @updated}). */
    static boolean updatedColumns(Catalog catalog) {
        return catalog.tables().stream().anyMatch(t -> t.columns().stream().anyMatch(c -> c.updatedAt()));
    }
}
