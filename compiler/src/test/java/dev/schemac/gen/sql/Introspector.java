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
import java.util.HashMap;
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

    public static DbShape read(Kind kind, Connection c) throws SQLException {
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

    /** A named check of SQLite's CREATE TABLE text: a bare name, or a quoted one holding anything (a space, a quote). */
    private static final Pattern CHECK_NAME = Pattern.compile("CONSTRAINT\\s+(?:\"((?:[^\"]|\"\")*)\"|([A-Za-z0-9_]+))\\s+CHECK");

    private static DbShape sqlite(Connection c) throws SQLException {
        var tables = new TreeMap<String, TableShape>();
        for (var t : rows(c, "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")) {
            String name = t.get(0);
            String sql = t.get(1);
            String q = "\"" + name.replace("\"", "\"\"") + "\"";
            var cols = new ArrayList<ColumnShape>();
            var pk = new TreeMap<Integer, String>();
            boolean autoincrement = sql.toUpperCase(Locale.ROOT).contains("AUTOINCREMENT");
            boolean withoutRowid = sql.toUpperCase(Locale.ROOT).replaceAll("\\s+", " ").contains("WITHOUT ROWID");
            var columns = rows(c, "SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info(?)", name);
            long keyColumns = columns.stream().filter(col -> !"0".equals(col.get(4))).count();
            for (var col : columns) {
                int pkPos = Integer.parseInt(col.get(4));
                if (pkPos > 0) pk.put(pkPos, col.get(0));
                boolean hasDefault = col.get(3) != null || (autoincrement && pkPos > 0);
                // What the column can hold, not what PRAGMA says was declared: the key of a WITHOUT ROWID
                // table and a rowid table's one INTEGER key column (the rowid) never hold NULL.
                boolean neverNull = pkPos > 0 && (withoutRowid || (keyColumns == 1 && col.get(1).equalsIgnoreCase("INTEGER")));
                cols.add(new ColumnShape(col.get(0), col.get(1).toUpperCase(Locale.ROOT), "0".equals(col.get(2)) && !neverNull,
                        hasDefault, false));
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
            while (m.find()) checks.add(m.group(1) != null ? m.group(1).replace("\"\"", "\"") : m.group(2));
            checks.sort(null);
            tables.put(name, new TableShape(cols, new KeyShape(null, new ArrayList<>(pk.values())),
                    sorted(foreignKeys, FK_ORDER), sorted(uniques, KEY_ORDER), sorted(indexes, KEY_ORDER), checks));
        }
        return new DbShape(tables);
    }

    // --- PostgreSQL: pg_catalog

    private static final Map<String, String> PG_ACTIONS = Map.of("a", "NO ACTION", "r", "RESTRICT", "c", "CASCADE",
            "n", "SET NULL", "d", "SET DEFAULT");

    /** One query per catalog for all tables at once, grouped by table: a model may have hundreds of tables. */
    private static DbShape postgres(Connection c) throws SQLException {
        String inPublic = " JOIN pg_class t ON t.oid = %s JOIN pg_namespace n ON n.oid = t.relnamespace "
                + "WHERE n.nspname = 'public' AND t.relkind = 'r'";
        var cols = new TreeMap<String, List<ColumnShape>>();
        for (var col : rows(c, "SELECT t.relname, attname, format_type(atttypid, atttypmod), NOT attnotnull, "
                + "(atthasdef OR attidentity <> '') FROM pg_attribute a" + inPublic.formatted("a.attrelid")
                + " AND attnum > 0 AND NOT attisdropped ORDER BY t.relname, attnum")) {
            // format_type quotes a type name as an identifier ("none"); the shape holds the name.
            cols.computeIfAbsent(col.get(0), k -> new ArrayList<>()).add(
                    new ColumnShape(col.get(1), unquote(col.get(2)), "t".equals(col.get(3)), "t".equals(col.get(4)), false));
        }
        var pks = new HashMap<String, KeyShape>();
        var uniques = new HashMap<String, List<KeyShape>>();
        var fks = new HashMap<String, List<ForeignKeyShape>>();
        var checks = new HashMap<String, List<String>>();
        for (var con : rows(c, "SELECT t.relname, conname, contype, "
                + "(SELECT string_agg(a.attname, ',' ORDER BY k.ord) FROM unnest(conkey) WITH ORDINALITY k(n, ord) "
                + " JOIN pg_attribute a ON a.attrelid = conrelid AND a.attnum = k.n), "
                + "confrelid::regclass::text, "
                + "(SELECT string_agg(a.attname, ',' ORDER BY k.ord) FROM unnest(confkey) WITH ORDINALITY k(n, ord) "
                + " JOIN pg_attribute a ON a.attrelid = confrelid AND a.attnum = k.n), "
                + "confdeltype, confupdtype FROM pg_constraint x" + inPublic.formatted("x.conrelid"))) {
            String table = con.get(0);
            List<String> columns = con.get(3) == null ? List.of() : List.of(con.get(3).split(","));
            switch (con.get(2)) {
                case "p" -> pks.put(table, new KeyShape(con.get(1), columns));
                case "u" -> uniques.computeIfAbsent(table, k -> new ArrayList<>()).add(new KeyShape(con.get(1), columns));
                case "f" -> fks.computeIfAbsent(table, k -> new ArrayList<>()).add(new ForeignKeyShape(con.get(1), columns,
                        unquote(con.get(4)), List.of(con.get(5).split(",")), PG_ACTIONS.get(con.get(6)),
                        PG_ACTIONS.get(con.get(7))));
                case "c" -> checks.computeIfAbsent(table, k -> new ArrayList<>()).add(con.get(1));
                default -> { }
            }
        }
        var indexes = new HashMap<String, List<KeyShape>>();
        for (var idx : rows(c, "SELECT t.relname, ic.relname, (SELECT string_agg(a.attname, ',' ORDER BY k.ord) "
                + " FROM unnest(i.indkey::int2[]) WITH ORDINALITY k(n, ord) JOIN pg_attribute a "
                + " ON a.attrelid = i.indrelid AND a.attnum = k.n) FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid"
                + inPublic.formatted("i.indrelid")
                + " AND NOT EXISTS (SELECT 1 FROM pg_constraint x WHERE x.conindid = i.indexrelid)")) {
            // An index on expressions only has no attribute to name.
            indexes.computeIfAbsent(idx.get(0), k -> new ArrayList<>()).add(new KeyShape(idx.get(1),
                    idx.get(2) == null ? List.of() : List.of(idx.get(2).split(","))));
        }
        var tables = new TreeMap<String, TableShape>();
        for (var t : rows(c, "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                + "WHERE n.nspname = 'public' AND c.relkind = 'r'")) {
            String name = t.get(0);
            var ck = new ArrayList<>(checks.getOrDefault(name, List.of()));
            ck.sort(null);
            tables.put(name, new TableShape(cols.getOrDefault(name, List.of()), pks.get(name),
                    sorted(fks.getOrDefault(name, List.of()), FK_ORDER), sorted(uniques.getOrDefault(name, List.of()), KEY_ORDER),
                    sorted(indexes.getOrDefault(name, List.of()), KEY_ORDER), ck));
        }
        return new DbShape(tables);
    }

    private static String unquote(String s) {
        return s.startsWith("\"") ? s.substring(1, s.length() - 1).replace("\"\"", "\"") : s;
    }

    // --- MySQL and MariaDB: information_schema

    /** One query per information_schema view for all tables at once, grouped by table. */
    private static DbShape mysql(Connection c, boolean mariadb) throws SQLException {
        var cols = new HashMap<String, List<ColumnShape>>();
        for (var col : rows(c, "SELECT TABLE_NAME, COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE, COLUMN_DEFAULT, EXTRA FROM "
                + "information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() ORDER BY TABLE_NAME, ORDINAL_POSITION")) {
            String def = col.get(4);
            // MariaDB reports a NULL default as the text NULL.
            String extra = col.get(5).toLowerCase(Locale.ROOT);
            // MySQL reports expression defaults (DEFAULT ('text')) only through EXTRA.
            boolean hasDefault = (def != null && !(mariadb && def.equals("NULL")))
                    || extra.contains("auto_increment") || extra.contains("default_generated");
            cols.computeIfAbsent(col.get(0), k -> new ArrayList<>()).add(
                    new ColumnShape(col.get(1), normalizeMysqlType(col.get(2)), "YES".equals(col.get(3)), hasDefault,
                            extra.contains("on update")));
        }
        // table -> constraint -> its columns, and the columns they reference, in key order
        var keyCols = new HashMap<String, Map<String, List<String>>>();
        var refCols = new HashMap<String, Map<String, List<String>>>();
        for (var k : rows(c, "SELECT TABLE_NAME, CONSTRAINT_NAME, COLUMN_NAME, REFERENCED_COLUMN_NAME FROM "
                + "information_schema.KEY_COLUMN_USAGE WHERE TABLE_SCHEMA = DATABASE() "
                + "ORDER BY TABLE_NAME, CONSTRAINT_NAME, ORDINAL_POSITION")) {
            keyCols.computeIfAbsent(k.get(0), x -> new LinkedHashMap<>()).computeIfAbsent(k.get(1), x -> new ArrayList<>()).add(k.get(2));
            if (k.get(3) != null) {
                refCols.computeIfAbsent(k.get(0), x -> new LinkedHashMap<>()).computeIfAbsent(k.get(1), x -> new ArrayList<>()).add(k.get(3));
            }
        }
        var pks = new HashMap<String, KeyShape>();
        var uniques = new HashMap<String, List<KeyShape>>();
        var checks = new HashMap<String, List<String>>();
        for (var tc : rows(c, "SELECT TABLE_NAME, CONSTRAINT_NAME, CONSTRAINT_TYPE FROM information_schema.TABLE_CONSTRAINTS "
                + "WHERE TABLE_SCHEMA = DATABASE()")) {
            String table = tc.get(0);
            var keys = keyCols.getOrDefault(table, Map.of());
            switch (tc.get(2)) {
                case "PRIMARY KEY" -> pks.put(table, new KeyShape(null, keys.get(tc.get(1))));
                case "UNIQUE" -> uniques.computeIfAbsent(table, k -> new ArrayList<>()).add(new KeyShape(tc.get(1), keys.get(tc.get(1))));
                case "CHECK" -> checks.computeIfAbsent(table, k -> new ArrayList<>()).add(tc.get(1));
                default -> { }
            }
        }
        if (mariadb) {
            // MariaDB adds CHECK (json_valid(column)) to JSON columns, named after the column.
            for (var ck : rows(c, "SELECT TABLE_NAME, CONSTRAINT_NAME FROM information_schema.CHECK_CONSTRAINTS WHERE "
                    + "CONSTRAINT_SCHEMA = DATABASE() AND CHECK_CLAUSE LIKE 'json_valid(%'")) {
                checks.getOrDefault(ck.get(0), new ArrayList<>()).remove(ck.get(1));
            }
        }
        var fks = new HashMap<String, List<ForeignKeyShape>>();
        for (var fk : rows(c, "SELECT TABLE_NAME, CONSTRAINT_NAME, REFERENCED_TABLE_NAME, DELETE_RULE, UPDATE_RULE FROM "
                + "information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE()")) {
            String table = fk.get(0);
            fks.computeIfAbsent(table, k -> new ArrayList<>()).add(new ForeignKeyShape(fk.get(1),
                    keyCols.getOrDefault(table, Map.of()).get(fk.get(1)), fk.get(2),
                    refCols.getOrDefault(table, Map.of()).getOrDefault(fk.get(1), List.of()), fk.get(3), fk.get(4)));
        }
        var idx = new HashMap<String, Map<String, List<String>>>();
        for (var st : rows(c, "SELECT TABLE_NAME, INDEX_NAME, COLUMN_NAME FROM information_schema.STATISTICS WHERE "
                + "TABLE_SCHEMA = DATABASE() AND NON_UNIQUE = 1 ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX")) {
            idx.computeIfAbsent(st.get(0), x -> new LinkedHashMap<>()).computeIfAbsent(st.get(1), x -> new ArrayList<>()).add(st.get(2));
        }
        var tables = new TreeMap<String, TableShape>();
        for (var t : rows(c, "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() "
                + "AND TABLE_TYPE = 'BASE TABLE'")) {
            String name = t.get(0);
            var indexes = new ArrayList<KeyShape>();
            idx.getOrDefault(name, Map.of()).forEach((k, v) -> indexes.add(new KeyShape(k, v)));
            var ck = new ArrayList<>(checks.getOrDefault(name, List.of()));
            ck.sort(null);
            tables.put(name, new TableShape(cols.getOrDefault(name, List.of()), pks.get(name),
                    sorted(fks.getOrDefault(name, List.of()), FK_ORDER), sorted(uniques.getOrDefault(name, List.of()), KEY_ORDER),
                    sorted(indexes, KEY_ORDER), ck));
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
