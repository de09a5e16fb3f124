package dev.schemac.gen.prisma;

import dev.schemac.gen.prisma.DbSnapshot.ColumnSnap;
import dev.schemac.gen.prisma.DbSnapshot.ForeignKeySnap;
import dev.schemac.gen.prisma.DbSnapshot.IndexSnap;
import dev.schemac.gen.prisma.DbSnapshot.KeySnap;
import dev.schemac.gen.prisma.DbSnapshot.TableSnap;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a SQLite database into a {@link DbSnapshot}. The PRAGMA functions give columns,
 * keys and indexes; constraint names and AUTOINCREMENT exist only in the table's CREATE
 * statement, so those are read from it. That includes the name of a UNIQUE table
 * constraint: SQLite names its index sqlite_autoindex_<table>_<n>, and the snapshot
 * reports the constraint's own name instead.
 */
final class SqliteSnapshot {
    private SqliteSnapshot() {}

    private static final String IDENT = "\"?([A-Za-z_][A-Za-z0-9_]*)\"?";
    private static final Pattern PK_NAME = Pattern.compile("CONSTRAINT\\s+" + IDENT + "\\s+PRIMARY\\s+KEY", Pattern.CASE_INSENSITIVE);
    private static final Pattern FK_NAME = Pattern.compile("CONSTRAINT\\s+" + IDENT + "\\s+FOREIGN\\s+KEY\\s*\\(([^)]*)\\)", Pattern.CASE_INSENSITIVE);
    private static final Pattern PARTIAL_FILTER = Pattern.compile("(?is)\\bWHERE\\b(?!.*\\bWHERE\\b)(.*?);?\\s*$");
    private static final Pattern UNIQUE_NAME = Pattern.compile("CONSTRAINT\\s+" + IDENT + "\\s+UNIQUE\\s*\\(([^)]*)\\)", Pattern.CASE_INSENSITIVE);
    private static final Pattern CHECK_NAME = Pattern.compile("CONSTRAINT\\s+" + IDENT + "\\s+CHECK\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern AUTOINCREMENT = Pattern.compile("\\bAUTOINCREMENT\\b", Pattern.CASE_INSENSITIVE);

    static DbSnapshot read(Path file) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath())) {
            var tables = new TreeMap<String, TableSnap>();
            for (var e : query(c, "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'").entrySet()) {
                tables.put(e.getKey(), table(c, e.getKey(), e.getValue()));
            }
            var triggers = query(c, "SELECT name, tbl_name FROM sqlite_master WHERE type = 'trigger'");
            for (var t : triggers.entrySet()) {
                TableSnap snap = tables.get(t.getValue());
                if (snap != null) snap.triggers().add(t.getKey());
            }
            return new DbSnapshot(tables, Map.of(), Map.of(), Set.of());
        }
    }

    private static Map<String, String> query(Connection c, String sql) throws SQLException {
        var out = new TreeMap<String, String>();
        try (var s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) out.put(rs.getString(1), rs.getString(2));
        }
        return out;
    }

    private static TableSnap table(Connection c, String name, String sql) throws SQLException {
        var columns = new ArrayList<ColumnSnap>();
        var pk = new TreeMap<Integer, String>();
        boolean autoincrement = AUTOINCREMENT.matcher(sql).find();
        try (PreparedStatement ps = c.prepareStatement("SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_xinfo(?) ORDER BY cid")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (rs.getInt(5) > 0) pk.put(rs.getInt(5), rs.getString(1));
                    columns.add(new ColumnSnap(rs.getString(1), rs.getString(2), rs.getInt(3) == 1, rs.getString(4), null));
                }
            }
        }
        if (autoincrement && pk.size() == 1) {
            for (int i = 0; i < columns.size(); i++) {
                ColumnSnap col = columns.get(i);
                if (col.name().equals(pk.firstEntry().getValue())) {
                    columns.set(i, new ColumnSnap(col.name(), col.type(), col.notNull(), col.defaultValue(), "autoincrement"));
                }
            }
        }
        Matcher pkName = PK_NAME.matcher(sql);
        var primaryKey = new KeySnap(pkName.find() ? pkName.group(1) : null, List.copyOf(pk.values()));
        var uniques = new ArrayList<IndexSnap>();
        var indexes = new ArrayList<IndexSnap>();
        var uniqueNames = new HashMap<List<String>, String>();
        for (Matcher m = UNIQUE_NAME.matcher(sql); m.find(); ) uniqueNames.put(columnList(m.group(2)), m.group(1));
        readIndexes(c, name, uniqueNames, uniques, indexes);
        var checks = new TreeSet<String>();
        for (Matcher m = CHECK_NAME.matcher(sql); m.find(); ) checks.add(m.group(1));
        return new TableSnap(name, columns, primaryKey, foreignKeys(c, name, sql), uniques, indexes, checks, new TreeSet<>());
    }

    private static List<ForeignKeySnap> foreignKeys(Connection c, String table, String sql) throws SQLException {
        var names = new HashMap<List<String>, String>();
        for (Matcher m = FK_NAME.matcher(sql); m.find(); ) names.put(columnList(m.group(2)), m.group(1));
        var byId = new LinkedHashMap<Integer, List<String[]>>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, \"from\", \"table\", \"to\", on_delete, on_update FROM pragma_foreign_key_list(?) ORDER BY id, seq")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    byId.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>()).add(new String[] {
                            rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)});
                }
            }
        }
        var out = new ArrayList<ForeignKeySnap>();
        for (List<String[]> rows : byId.values()) {
            var from = rows.stream().map(r -> r[0]).toList();
            var to = rows.stream().map(r -> r[2]).toList();
            String[] first = rows.get(0);
            out.add(new ForeignKeySnap(names.get(from), from, first[1], to, first[3], first[4]));
        }
        return out;
    }

    private static List<String> columnList(String s) {
        var out = new ArrayList<String>();
        for (String part : s.split(",")) out.add(part.strip().replace("\"", ""));
        return out;
    }

    private static void readIndexes(Connection c, String table, Map<List<String>, String> uniqueNames, List<IndexSnap> uniques,
                                    List<IndexSnap> indexes) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT l.name, l.\"unique\", l.origin, l.partial, m.sql FROM pragma_index_list(?) l "
                + "LEFT JOIN sqlite_master m ON m.type = 'index' AND m.name = l.name ORDER BY l.name")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String origin = rs.getString(3);
                    if ("pk".equals(origin)) continue;
                    boolean constraint = "u".equals(origin);
                    var cols = indexColumns(c, rs.getString(1));
                    String indexName = constraint ? uniqueNames.getOrDefault(cols, rs.getString(1)) : rs.getString(1);
                    var snap = new IndexSnap(indexName, cols, constraint, rs.getInt(4) == 1 ? filter(rs.getString(5)) : null);
                    (rs.getInt(2) == 1 ? uniques : indexes).add(snap);
                }
            }
        }
    }

    /** SQLite keeps a partial index's CREATE INDEX text as written: its filter is what follows the last WHERE. */
    private static String filter(String createIndex) {
        Matcher m = PARTIAL_FILTER.matcher(createIndex);
        if (!m.find()) throw new IllegalStateException("a partial index without WHERE: " + createIndex);
        return m.group(1).strip();
    }

    private static List<String> indexColumns(Connection c, String index) throws SQLException {
        var out = new ArrayList<String>();
        try (PreparedStatement ps = c.prepareStatement("SELECT name FROM pragma_index_info(?) ORDER BY seqno")) {
            ps.setString(1, index);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(rs.getString(1));
            }
        }
        return out;
    }
}
