package dev.schemac.render.sql;

import dev.schemac.catalog.Catalog;
import dev.schemac.catalog.Check;
import dev.schemac.catalog.Column;
import dev.schemac.catalog.Table;
import dev.schemac.model.Dialect;
import dev.schemac.model.ScalarKind;
import java.util.ArrayList;
import java.util.List;

/**
 * SQLite 3: enums are text with a CHECK, autoincrement keys are INTEGER PRIMARY KEY
 * AUTOINCREMENT, {@code @updated} columns are kept by an AFTER UPDATE trigger, and foreign
 * keys are enforced only on connections that run {@code PRAGMA foreign_keys = ON}.
 */
final class SqliteDialect extends SqlDialect {
    @Override Dialect dialect() { return Dialect.SQLITE; }

    @Override String engine() { return "SQLite 3.35 or later"; }

    @Override char quoteChar() { return '"'; }

    /**
     * SQLite has no escapes in string literals, and the sqlite3 shell drops the CR of a CR LF
     * when it reads a script, so a carriage return is written as {@code char(13)} joined to
     * the rest, in parentheses, which SQLite takes wherever a literal may stand (a DEFAULT
     * then being an expression).
     */
    @Override
    String string(String s) {
        if (s.indexOf('\r') < 0) return super.string(s);
        var parts = new java.util.ArrayList<String>();
        String[] pieces = s.split("\r", -1);
        for (int i = 0; i < pieces.length; i++) {
            if (i > 0) parts.add("char(13)");
            if (!pieces[i].isEmpty()) parts.add(super.string(pieces[i]));
        }
        return "(" + String.join(" || ", parts) + ")";
    }

    @Override
    String columnType(Column c, Catalog catalog) {
        if (c.type().isEnum()) {
            int longest = catalog.enumDef(c.type().enumName()).orElseThrow().values().stream()
                    .mapToInt(String::length).max().orElse(1);
            return "VARCHAR(" + longest + ")";
        }
        return super.columnType(c, catalog);
    }

    /** SQLite's AUTOINCREMENT exists only on a column declared exactly INTEGER (64-bit anyway). */
    @Override
    String columnDefinition(Column c, Table t, Catalog catalog) {
        String def = super.columnDefinition(c, t, catalog);
        if (!c.autoIncrement() || c.type().isEnum()) return def;
        return "INTEGER" + def.substring(columnType(c, catalog).length());
    }

    @Override boolean inlineAutoIncrementKey() { return true; }

    /** SQLite has no UUID function; this expression builds a version 4 UUID from random bytes. */
    @Override
    String uuid() {
        return "(lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || "
                + "substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || "
                + "substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))))";
    }

    @Override String lengthFunction() { return "length"; }

    @Override String regex(String column, String pattern) { return null; }

    @Override String enumMember(Check.EnumMember e) { return inList(e); }

    @Override
    List<String> preamble(Catalog catalog) {
        return List.of("PRAGMA foreign_keys = ON;");
    }

    @Override
    List<String> afterTable(Table t, Catalog catalog) {
        if (t.updatedAtTrigger() == null) return List.of();
        var out = new ArrayList<String>();
        for (Column c : t.columns()) {
            if (!c.updatedAt()) continue;
            // WHEN: an UPDATE that sets the column itself keeps its value, as MySQL's ON UPDATE does.
            var where = new ArrayList<String>();
            for (String k : t.primaryKey().columns()) where.add(id(k) + " = NEW." + id(k));
            String name = t.updatedAtTrigger() + (countUpdated(t) > 1 ? "_" + c.name() : "");
            out.add("CREATE TRIGGER " + id(name) + " AFTER UPDATE ON " + id(t.name()) + " FOR EACH ROW\n"
                    + "WHEN NEW." + id(c.name()) + " IS OLD." + id(c.name()) + "\n"
                    + "BEGIN\n"
                    + "  UPDATE " + id(t.name()) + " SET " + id(c.name()) + " = " + now(c.type().kind())
                    + " WHERE " + String.join(" AND ", where) + ";\n"
                    + "END;");
        }
        return out;
    }

    private static long countUpdated(Table t) {
        return t.columns().stream().filter(Column::updatedAt).count();
    }

    @Override boolean alterForwardForeignKeys() { return false; }

    @Override String dropForeignKey(String table, String name) { return null; }

    @Override List<String> dropExtras(Catalog catalog) { return List.of(); }
}
