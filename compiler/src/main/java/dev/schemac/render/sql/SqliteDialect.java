package dev.schemac.render.sql;

import dev.schemac.catalog.Catalog;
import dev.schemac.catalog.Check;
import dev.schemac.catalog.Column;
import dev.schemac.catalog.Table;
import dev.schemac.model.Dialect;
import dev.schemac.model.ScalarKind;
import dev.schemac.types.TypeTable;
import java.util.ArrayList;
import java.util.List;

/**
 * SQLite 3: enums are text with a CHECK, autoincrement keys are INTEGER PRIMARY KEY
 * AUTOINCREMENT, {@code @updated} columns are kept by an AFTER UPDATE trigger, and foreign
 * keys are enforced only on connections that run {@code PRAGMA foreign_keys = ON}.
 */
final class SqliteDialect extends SqlDialect {
    @Override String tableOptionSeparator() { return ", "; }

    /** SQLite's REAL is an 8-byte double: a {@code float} bound is compared as written. */
    @Override boolean floatIsBinary32() { return false; }

    /**
     * SQLite compares a time or datetime as text. The DDL's defaults and the seed store
     * {@code 2030-06-15 12:00:00}; SQLAlchemy stores {@code 2030-06-15 12:00:00.000000}, which
     * sorts after it. {@code >=} and {@code <} take the bare form, {@code >} and {@code <=} the
     * form with zero microseconds: then both forms of the bound's own instant fall on the side
     * the operator puts them (and every other instant too). An {@code =} or {@code <>} matches one
     * form only: the bare one, which the scripts write.
     */
    @Override
    String temporal(ScalarKind kind, dev.schemac.model.Op op, String canonical) {
        boolean withTime = kind == ScalarKind.TIME || kind == ScalarKind.DATETIME;
        return withTime && (op == dev.schemac.model.Op.GT || op == dev.schemac.model.Op.LE) ? canonical + ".000000" : canonical;
    }

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
        if (c.type().isEnum()) return enumType(catalog.enumDef(c.type().enumName()).orElseThrow().values());
        return super.columnType(c, catalog);
    }

    /** SQLite has no enum type: an enum's column is text as long as its longest value, its values a check. */
    static String enumType(List<String> values) {
        return "VARCHAR(" + values.stream().mapToInt(String::length).max().orElse(1) + ")";
    }

    /**
     * A STRICT table (an adopted database's, {@link Table#strict}) refuses a column declared with any type
     * but INTEGER, REAL, TEXT, BLOB and ANY: each of its columns is declared with the STRICT type of the
     * same meaning ({@link TypeTable#sqliteStrict}), in the CREATE TABLE of a rebuild and in ADD COLUMN alike.
     * The model's bounds (a string's length, a range) are checks of their own, which the table keeps.
     */
    @Override
    String declaredType(Column c, Table t, Catalog catalog) {
        return t != null && t.strict() ? TypeTable.sqliteStrict(c.type()) : columnType(c, catalog);
    }

    /** SQLite's AUTOINCREMENT exists only on a column declared exactly INTEGER (64-bit anyway). */
    @Override
    String columnDefinition(Column c, Table t, Catalog catalog) {
        String def = super.columnDefinition(c, t, catalog);
        if (!c.autoIncrement() || c.type().isEnum()) return def;
        return "INTEGER" + def.substring(declaredType(c, t, catalog).length());
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

    /** SQLite has no regular expressions built in; enum membership is a check, there being no enum type. */
    @Override boolean keeps(Check.Term t) { return !(t instanceof Check.Pattern); }

    @Override
    String regex(String column, String pattern) {
        throw new IllegalStateException("SQLite keeps no pattern check");
    }

    @Override
    List<String> preamble(Catalog catalog) {
        return List.of("PRAGMA foreign_keys = ON;");
    }

    /**
     * One trigger per table, under the Catalog's name: it sets each {@code @updated} column
     * the UPDATE left unchanged, as PostgreSQL's BEFORE UPDATE trigger does, in one UPDATE of
     * its own that sets them all. That UPDATE does not fire the trigger again (SQLite runs no
     * trigger recursively unless {@code PRAGMA recursive_triggers} is on), so a value the
     * UPDATE gave a column is kept; one trigger per column would fire the other and
     * overwrite it. With several columns each keeps its value unless it was left unchanged.
     */
    @Override
    List<String> afterTable(Table t, Catalog catalog) {
        if (t.updatedAtTrigger() == null) return List.of();
        var updated = t.columns().stream().filter(Column::updatedAt).toList();
        var unchanged = new ArrayList<String>();
        var sets = new ArrayList<String>();
        for (Column c : updated) {
            String col = id(c.name());
            String same = "NEW." + col + " IS OLD." + col;
            unchanged.add(same);
            String now = now(c.type().kind());
            sets.add(col + " = " + (updated.size() == 1 ? now : "CASE WHEN " + same + " THEN " + now + " ELSE " + col + " END"));
        }
        var where = new ArrayList<String>();
        for (String k : t.primaryKey().columns()) where.add(id(k) + " = NEW." + id(k));
        return List.of("CREATE TRIGGER " + id(t.updatedAtTrigger()) + " AFTER UPDATE ON " + id(t.name()) + " FOR EACH ROW\n"
                + "WHEN " + String.join(" OR ", unchanged) + "\n"
                + "BEGIN\n"
                + "  UPDATE " + id(t.name()) + " SET " + String.join(", ", sets) + " WHERE " + String.join(" AND ", where) + ";\n"
                + "END;");
    }

    @Override boolean alterForwardForeignKeys() { return false; }

    @Override String dropForeignKey(String table, String name) { return null; }

    @Override List<String> dropExtras(Catalog catalog) { return List.of(); }
}
