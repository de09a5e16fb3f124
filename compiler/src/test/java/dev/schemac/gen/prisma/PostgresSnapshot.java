package dev.schemac.gen.prisma;

import dev.schemac.gen.prisma.DbSnapshot.ColumnSnap;
import dev.schemac.gen.prisma.DbSnapshot.ForeignKeySnap;
import dev.schemac.gen.prisma.DbSnapshot.IndexSnap;
import dev.schemac.gen.prisma.DbSnapshot.KeySnap;
import dev.schemac.gen.prisma.DbSnapshot.TableSnap;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Reads one PostgreSQL schema into a {@link DbSnapshot} from pg_catalog. The connection's
 * search_path is that schema alone, so format_type and pg_get_expr write type and sequence
 * names unqualified and two schemas built from different scripts compare by name.
 */
final class PostgresSnapshot {
    private PostgresSnapshot() {}

    private static final Pattern SERIAL = Pattern.compile("nextval\\('[^']+'::regclass\\)");

    static DbSnapshot read(Connection c, String schema) throws SQLException {
        var tableNames = new TreeMap<Long, String>();
        var comments = new TreeMap<String, String>();
        try (PreparedStatement ps = c.prepareStatement("SELECT c.oid, c.relname, obj_description(c.oid, 'pg_class') FROM pg_class c "
                + "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = ? AND c.relkind = 'r'")) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    tableNames.put(rs.getLong(1), rs.getString(2));
                    if (rs.getString(3) != null) comments.put(rs.getString(2), rs.getString(3));
                }
            }
        }
        var attnames = new HashMap<Long, Map<Integer, String>>();
        var tables = new TreeMap<String, TableSnap>();
        for (var t : tableNames.entrySet()) {
            var cols = columns(c, t.getKey(), t.getValue(), comments);
            var byNum = new HashMap<Integer, String>();
            cols.forEach((num, col) -> byNum.put(num, col.name()));
            attnames.put(t.getKey(), byNum);
            tables.put(t.getValue(), new TableSnap(t.getValue(), new ArrayList<>(cols.values()), null, new ArrayList<>(),
                    new ArrayList<>(), new ArrayList<>(), new TreeSet<>(), new TreeSet<>()));
        }
        for (var t : tableNames.entrySet()) {
            TableSnap snap = constraints(c, t.getKey(), tables.get(t.getValue()), tableNames, attnames);
            indexes(c, t.getKey(), snap, attnames.get(t.getKey()));
            triggers(c, t.getKey(), snap);
            tables.put(t.getValue(), snap);
        }
        return new DbSnapshot(tables, enums(c, schema, comments), comments, functions(c, schema));
    }

    private static TreeMap<Integer, ColumnSnap> columns(Connection c, long table, String name, Map<String, String> comments)
            throws SQLException {
        var out = new TreeMap<Integer, ColumnSnap>();
        try (PreparedStatement ps = c.prepareStatement("SELECT a.attnum, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull, "
                + "pg_get_expr(d.adbin, d.adrelid), a.attidentity, col_description(a.attrelid, a.attnum) FROM pg_attribute a "
                + "LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum "
                + "WHERE a.attrelid = ? AND a.attnum > 0 AND NOT a.attisdropped")) {
            ps.setLong(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String def = rs.getString(5);
                    String identity = rs.getString(6);
                    String generation = null;
                    if ("d".equals(identity)) generation = "identity by default";
                    else if ("a".equals(identity)) generation = "identity always";
                    else if (def != null && SERIAL.matcher(def).matches()) {
                        generation = "serial";
                        def = null;
                    }
                    out.put(rs.getInt(1), new ColumnSnap(rs.getString(2), rs.getString(3), rs.getBoolean(4), def, generation));
                    if (rs.getString(7) != null) comments.put(name + "." + rs.getString(2), rs.getString(7));
                }
            }
        }
        return out;
    }

    private static TableSnap constraints(Connection c, long table, TableSnap snap, Map<Long, String> tableNames,
                                         Map<Long, Map<Integer, String>> attnames) throws SQLException {
        KeySnap pk = null;
        try (PreparedStatement ps = c.prepareStatement("SELECT conname, contype, conkey, confrelid, confkey, confdeltype, confupdtype "
                + "FROM pg_constraint WHERE conrelid = ? ORDER BY conname")) {
            ps.setLong(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String name = rs.getString(1);
                    List<String> cols = names(rs.getArray(3), attnames.get(table));
                    switch (rs.getString(2)) {
                        case "p" -> pk = new KeySnap(name, cols);
                        case "f" -> {
                            long ref = rs.getLong(4);
                            snap.foreignKeys().add(new ForeignKeySnap(name, cols, tableNames.get(ref),
                                    names(rs.getArray(5), attnames.get(ref)), action(rs.getString(6)), action(rs.getString(7))));
                        }
                        case "c" -> snap.checks().add(name);
                        default -> { }
                    }
                }
            }
        }
        return new TableSnap(snap.name(), snap.columns(), pk, snap.foreignKeys(), snap.uniques(), snap.indexes(), snap.checks(),
                snap.triggers());
    }

    private static void indexes(Connection c, long table, TableSnap snap, Map<Integer, String> attnames) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT ic.relname, i.indisunique, i.indkey::text, "
                + "EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid AND k.contype = 'u'), "
                + "pg_get_expr(i.indpred, i.indrelid) "
                + "FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid WHERE i.indrelid = ? AND NOT i.indisprimary "
                + "ORDER BY ic.relname")) {
            ps.setLong(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    var cols = new ArrayList<String>();
                    for (String n : rs.getString(3).split(" ")) cols.add(attnames.get(Integer.parseInt(n)));
                    var index = new IndexSnap(rs.getString(1), cols, rs.getBoolean(4), rs.getString(5));
                    (rs.getBoolean(2) ? snap.uniques() : snap.indexes()).add(index);
                }
            }
        }
    }

    private static void triggers(Connection c, long table, TableSnap snap) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT tgname FROM pg_trigger WHERE tgrelid = ? AND NOT tgisinternal")) {
            ps.setLong(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) snap.triggers().add(rs.getString(1));
            }
        }
    }

    private static Map<String, List<String>> enums(Connection c, String schema, Map<String, String> comments) throws SQLException {
        var out = new TreeMap<String, List<String>>();
        try (PreparedStatement ps = c.prepareStatement("SELECT t.typname, e.enumlabel, obj_description(t.oid, 'pg_type') FROM pg_type t "
                + "JOIN pg_namespace n ON n.oid = t.typnamespace JOIN pg_enum e ON e.enumtypid = t.oid "
                + "WHERE n.nspname = ? ORDER BY t.typname, e.enumsortorder")) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                    if (rs.getString(3) != null) comments.put("type " + rs.getString(1), rs.getString(3));
                }
            }
        }
        return out;
    }

    private static TreeSet<String> functions(Connection c, String schema) throws SQLException {
        var out = new TreeSet<String>();
        try (PreparedStatement ps = c.prepareStatement("SELECT p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
                + "WHERE n.nspname = ?")) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(rs.getString(1) + "()");
            }
        }
        return out;
    }

    private static List<String> names(Array numbers, Map<Integer, String> attnames) throws SQLException {
        var out = new ArrayList<String>();
        if (numbers == null) return out;
        for (Object n : (Object[]) numbers.getArray()) out.add(attnames.get(((Number) n).intValue()));
        return out;
    }

    /** pg_constraint's one-letter referential actions, spelled as SQL and SQLite's PRAGMA spell them. */
    private static String action(String code) {
        if (code == null) return null;
        return switch (code) {
            case "a" -> "NO ACTION";
            case "r" -> "RESTRICT";
            case "c" -> "CASCADE";
            case "n" -> "SET NULL";
            case "d" -> "SET DEFAULT";
            default -> throw new IllegalStateException("unknown referential action " + code);
        };
    }
}
