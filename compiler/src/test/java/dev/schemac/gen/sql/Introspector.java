package dev.schemac.gen.sql;

import dev.schemac.gen.sql.DbShape.ColumnShape;
import dev.schemac.gen.sql.DbShape.ForeignKeyShape;
import dev.schemac.gen.sql.DbShape.KeyShape;
import dev.schemac.gen.sql.DbShape.TableShape;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** Reads a live database's structure from the engine's own catalog. */
public final class Introspector {
    private Introspector() {}

    public enum Kind { SQLITE, POSTGRES, MARIADB, MYSQL }

    static DbShape read(Kind kind, Connection c) throws SQLException {
        return switch (kind) {
            case SQLITE -> sqlite(c);
            case POSTGRES -> postgres(c);
            case MARIADB, MYSQL -> mysql(c, kind == Kind.MARIADB);
        };
    }

    private static List<List<String>> rows(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) ps.setObject(i + 1, args[i]);
            try (ResultSet rs = ps.executeQuery()) {
                var out = new ArrayList<List<String>>();
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    var row = new ArrayList<String>();
                    for (int i = 1; i <= n; i++) row.add(rs.getString(i));
                    out.add(row);
                }
                return out;
            }
        }
    }

    private static <T> List<T> sorted(List<T> xs, Comparator<T> by) {
        var copy = new ArrayList<>(xs);
        copy.sort(by);
        return copy;
    }

    static final Comparator<KeyShape> KEY_ORDER = Comparator.comparing((KeyShape k) -> String.valueOf(k.name()))
            .thenComparing(k -> k.columns().toString());
    static final Comparator<ForeignKeyShape> FK_ORDER = Comparator
            .comparing((ForeignKeyShape k) -> String.valueOf(k.name())).thenComparing(k -> k.columns().toString());

    // --- SQLite: PRAGMAs; constraint names live only in the CREATE TABLE text

    private static final Pattern CHECK_NAME = Pattern.compile("CONSTRAINT\\s+\"?([A-Za-z0-9_]+)\"?\\s+CHECK");

    private static DbShape sqlite(Connection c) throws SQLException {
        var tables = new TreeMap<String, TableShape>();
        for (var t : rows(c, "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")) {
            String name = t.get(0);
            String sql = t.get(1);
            String q = "\"" + name.replace("\"", "\"\"") + "\"";
            var cols = new ArrayList<ColumnShape>();
            var pk = new TreeMap<Integer, String>();
            boolean autoincrement = sql.toUpperCase(Locale.ROOT).contains("AUTOINCREMENT");
            for (var col : rows(c, "SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info(?)", name)) {
                int pkPos = Integer.parseInt(col.get(4));
                if (pkPos > 0) pk.put(pkPos, col.get(0));
                boolean hasDefault = col.get(3) != null || (autoincrement && pkPos > 0);
                cols.add(new ColumnShape(col.get(0), col.get(1).toUpperCase(Locale.ROOT), "0".equals(col.get(2)), hasDefault));
            }
            var fks = new LinkedHashMap<String, List<List<String>>>();
            for (var fk : rows(c, "SELECT id, \"table\", \"from\", \"to\", on_update, on_delete FROM pragma_foreign_key_list(?) ORDER BY id, seq", name)) {
                fks.computeIfAbsent(fk.get(0), k -> new ArrayList<>()).add(fk);
            }
            var foreignKeys = new ArrayList<ForeignKeyShape>();
            for (var group : fks.values()) {
                foreignKeys.add(new ForeignKeyShape(null, group.stream().map(r -> r.get(2)).toList(), group.get(0).get(1),
                        group.stream().map(r -> r.get(3)).toList(), group.get(0).get(5), group.get(0).get(4)));
            }
            var uniques = new ArrayList<KeyShape>();
            var indexes = new ArrayList<KeyShape>();
            for (var idx : rows(c, "SELECT name, \"unique\", origin FROM pragma_index_list(?)", name)) {
                var idxCols = rows(c, "SELECT name FROM pragma_index_info(?) ORDER BY seqno", idx.get(0)).stream()
                        .map(r -> r.get(0)).toList();
                switch (idx.get(2)) {
                    case "u" -> uniques.add(new KeyShape(null, idxCols));
                    case "c" -> indexes.add(new KeyShape(idx.get(0), idxCols));
                    default -> { } // the primary key's own index
                }
            }
            var checks = new ArrayList<String>();
            var m = CHECK_NAME.matcher(sql);
            while (m.find()) checks.add(m.group(1));
            checks.sort(null);
            tables.put(name, new TableShape(cols, new KeyShape(null, new ArrayList<>(pk.values())),
                    sorted(foreignKeys, FK_ORDER), sorted(uniques, KEY_ORDER), sorted(indexes, KEY_ORDER), checks));
        }
        return new DbShape(tables);
    }

    // --- PostgreSQL: pg_catalog

    private static final Map<String, String> PG_ACTIONS = Map.of("a", "NO ACTION", "r", "RESTRICT", "c", "CASCADE",
            "n", "SET NULL", "d", "SET DEFAULT");

    private static DbShape postgres(Connection c) throws SQLException {
        var tables = new TreeMap<String, TableShape>();
        for (var t : rows(c, "SELECT c.oid, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                + "WHERE n.nspname = 'public' AND c.relkind = 'r'")) {
            long oid = Long.parseLong(t.get(0));
            var cols = new ArrayList<ColumnShape>();
            for (var col : rows(c, "SELECT attname, format_type(atttypid, atttypmod), NOT attnotnull, "
                    + "(atthasdef OR attidentity <> '') FROM pg_attribute WHERE attrelid = ? AND attnum > 0 "
                    + "AND NOT attisdropped ORDER BY attnum", oid)) {
                cols.add(new ColumnShape(col.get(0), col.get(1), "t".equals(col.get(2)), "t".equals(col.get(3))));
            }
            KeyShape pk = null;
            var uniques = new ArrayList<KeyShape>();
            var fks = new ArrayList<ForeignKeyShape>();
            var checks = new ArrayList<String>();
            for (var con : rows(c, "SELECT conname, contype, "
                    + "(SELECT string_agg(a.attname, ',' ORDER BY k.ord) FROM unnest(conkey) WITH ORDINALITY k(n, ord) "
                    + " JOIN pg_attribute a ON a.attrelid = conrelid AND a.attnum = k.n), "
                    + "confrelid::regclass::text, "
                    + "(SELECT string_agg(a.attname, ',' ORDER BY k.ord) FROM unnest(confkey) WITH ORDINALITY k(n, ord) "
                    + " JOIN pg_attribute a ON a.attrelid = confrelid AND a.attnum = k.n), "
                    + "confdeltype, confupdtype FROM pg_constraint WHERE conrelid = ?", oid)) {
                List<String> columns = con.get(2) == null ? List.of() : List.of(con.get(2).split(","));
                switch (con.get(1)) {
                    case "p" -> pk = new KeyShape(con.get(0), columns);
                    case "u" -> uniques.add(new KeyShape(con.get(0), columns));
                    case "f" -> fks.add(new ForeignKeyShape(con.get(0), columns, unquote(con.get(3)),
                            List.of(con.get(4).split(",")), PG_ACTIONS.get(con.get(5)), PG_ACTIONS.get(con.get(6))));
                    case "c" -> checks.add(con.get(0));
                    default -> { }
                }
            }
            var indexes = new ArrayList<KeyShape>();
            for (var idx : rows(c, "SELECT ic.relname, (SELECT string_agg(a.attname, ',' ORDER BY k.ord) "
                    + " FROM unnest(i.indkey::int2[]) WITH ORDINALITY k(n, ord) JOIN pg_attribute a "
                    + " ON a.attrelid = i.indrelid AND a.attnum = k.n) FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid "
                    + "WHERE i.indrelid = ? AND NOT EXISTS (SELECT 1 FROM pg_constraint x WHERE x.conindid = i.indexrelid)", oid)) {
                // An index on expressions only has no attribute to name.
                indexes.add(new KeyShape(idx.get(0), idx.get(1) == null ? List.of() : List.of(idx.get(1).split(","))));
            }
            checks.sort(null);
            tables.put(t.get(1), new TableShape(cols, pk, sorted(fks, FK_ORDER), sorted(uniques, KEY_ORDER),
                    sorted(indexes, KEY_ORDER), checks));
        }
        return new DbShape(tables);
    }

    private static String unquote(String s) {
        return s.startsWith("\"") ? s.substring(1, s.length() - 1).replace("\"\"", "\"") : s;
    }

    // --- MySQL and MariaDB: information_schema

    private static DbShape mysql(Connection c, boolean mariadb) throws SQLException {
        var tables = new TreeMap<String, TableShape>();
        for (var t : rows(c, "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() "
                + "AND TABLE_TYPE = 'BASE TABLE'")) {
            String name = t.get(0);
            var cols = new ArrayList<ColumnShape>();
            for (var col : rows(c, "SELECT COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE, COLUMN_DEFAULT, EXTRA FROM "
                    + "information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? ORDER BY ORDINAL_POSITION", name)) {
                String def = col.get(3);
                // MariaDB reports a NULL default as the text NULL.
                String extra = col.get(4).toLowerCase(Locale.ROOT);
                // MySQL reports expression defaults (DEFAULT ('text')) only through EXTRA.
                boolean hasDefault = (def != null && !(mariadb && def.equals("NULL")))
                        || extra.contains("auto_increment") || extra.contains("default_generated");
                cols.add(new ColumnShape(col.get(0), normalizeMysqlType(col.get(1)), "YES".equals(col.get(2)), hasDefault));
            }
            var keyCols = new LinkedHashMap<String, List<String>>();
            for (var k : rows(c, "SELECT CONSTRAINT_NAME, COLUMN_NAME FROM information_schema.KEY_COLUMN_USAGE WHERE "
                    + "TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? ORDER BY CONSTRAINT_NAME, ORDINAL_POSITION", name)) {
                keyCols.computeIfAbsent(k.get(0), x -> new ArrayList<>()).add(k.get(1));
            }
            KeyShape pk = null;
            var uniques = new ArrayList<KeyShape>();
            var checks = new ArrayList<String>();
            for (var tc : rows(c, "SELECT CONSTRAINT_NAME, CONSTRAINT_TYPE FROM information_schema.TABLE_CONSTRAINTS "
                    + "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ?", name)) {
                switch (tc.get(1)) {
                    case "PRIMARY KEY" -> pk = new KeyShape(null, keyCols.get(tc.get(0)));
                    case "UNIQUE" -> uniques.add(new KeyShape(tc.get(0), keyCols.get(tc.get(0))));
                    case "CHECK" -> checks.add(tc.get(0));
                    default -> { }
                }
            }
            if (mariadb) {
                // MariaDB adds CHECK (json_valid(column)) to JSON columns, named after the column.
                for (var ck : rows(c, "SELECT CONSTRAINT_NAME FROM information_schema.CHECK_CONSTRAINTS WHERE "
                        + "CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = ? AND CHECK_CLAUSE LIKE 'json_valid(%'", name)) {
                    checks.remove(ck.get(0));
                }
            }
            var fks = new ArrayList<ForeignKeyShape>();
            for (var fk : rows(c, "SELECT CONSTRAINT_NAME, REFERENCED_TABLE_NAME, DELETE_RULE, UPDATE_RULE FROM "
                    + "information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = ?", name)) {
                var refCols = rows(c, "SELECT REFERENCED_COLUMN_NAME FROM information_schema.KEY_COLUMN_USAGE WHERE "
                        + "TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? AND CONSTRAINT_NAME = ? ORDER BY ORDINAL_POSITION",
                        name, fk.get(0)).stream().map(r -> r.get(0)).toList();
                fks.add(new ForeignKeyShape(fk.get(0), keyCols.get(fk.get(0)), fk.get(1), refCols, fk.get(2), fk.get(3)));
            }
            var idx = new LinkedHashMap<String, List<String>>();
            for (var s : rows(c, "SELECT INDEX_NAME, COLUMN_NAME FROM information_schema.STATISTICS WHERE "
                    + "TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? AND NON_UNIQUE = 1 ORDER BY INDEX_NAME, SEQ_IN_INDEX", name)) {
                idx.computeIfAbsent(s.get(0), x -> new ArrayList<>()).add(s.get(1));
            }
            var indexes = new ArrayList<KeyShape>();
            idx.forEach((k, v) -> indexes.add(new KeyShape(k, v)));
            checks.sort(null);
            tables.put(name, new TableShape(cols, pk, sorted(fks, FK_ORDER), sorted(uniques, KEY_ORDER),
                    sorted(indexes, KEY_ORDER), checks));
        }
        return new DbShape(tables);
    }

    /**
     * Integer display widths (int(11)) are noise that MySQL 8.0.19+ and MariaDB differ on.
     * Only the type keyword is lower-cased: enum values keep their case.
     */
    static String normalizeMysqlType(String t) {
        int paren = t.indexOf('(');
        String s = paren < 0 ? t.toLowerCase(Locale.ROOT) : t.substring(0, paren).toLowerCase(Locale.ROOT) + t.substring(paren);
        if (s.equals("tinyint(1)")) return s;
        return s.replaceAll("^(tinyint|smallint|mediumint|int|bigint)\\(\\d+\\)", "$1");
    }
}
