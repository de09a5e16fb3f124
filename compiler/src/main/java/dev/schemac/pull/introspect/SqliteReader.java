package dev.schemac.pull.introspect;

import dev.schemac.catalog.Catalog;
import dev.schemac.catalog.Check;
import dev.schemac.catalog.ColumnDefault;
import dev.schemac.catalog.ColumnType;
import dev.schemac.catalog.EnumDef;
import dev.schemac.catalog.ForeignKey;
import dev.schemac.catalog.Index;
import dev.schemac.catalog.KeptSql;
import dev.schemac.catalog.PrimaryKey;
import dev.schemac.catalog.RowFilter;
import dev.schemac.catalog.Table;
import dev.schemac.catalog.UniqueConstraint;
import dev.schemac.catalog.View;
import dev.schemac.model.Dialect;
import dev.schemac.model.ScalarKind;
import dev.schemac.naming.Names;
import dev.schemac.pull.DbEngine;
import dev.schemac.pull.Leftover;
import dev.schemac.pull.LiveSchema;
import dev.schemac.pull.PullFailure;
import dev.schemac.pull.PullMessages;
import dev.schemac.render.sql.Sql;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * SQLite: the PRAGMAs for columns, keys and indexes, and each table's CREATE TABLE text for
 * what only it keeps (constraint names, checks, AUTOINCREMENT, column comments).
 */
final class SqliteReader {
    private final Queries q;
    private final String schema;
    private final String prefix;

    SqliteReader(Queries q, String schema) {
        this.q = q;
        this.schema = schema == null ? "main" : schema;
        this.prefix = "\"" + this.schema.replace("\"", "\"\"") + "\".";
    }

    LiveSchema read(String database) throws PullFailure {
        var names = q.rows("the attached databases", "SELECT name FROM pragma_database_list").stream().map(r -> r.get(0)).toList();
        if (!names.contains(schema)) throw new PullFailure(PullMessages.unknownSchema("attached database", schema, names));
        String version = q.value("the SQLite version", "SELECT sqlite_version()");
        var objects = q.rows("the schema", "SELECT type, name, tbl_name, sql FROM " + prefix + "sqlite_master ORDER BY name");
        var triggers = new LinkedHashMap<String, List<List<String>>>();
        var leftovers = new ArrayList<Leftover>();
        var views = new ArrayList<View>();
        for (var o : objects) {
            if (o.get(0).equals("trigger")) triggers.computeIfAbsent(o.get(2), k -> new ArrayList<>()).add(o);
            if (o.get(0).equals("view")) {
                leftovers.add(new Leftover(Leftover.Kind.OBJECT, null, null, o.get(1), o.get(3), "a view; models hold tables only"));
                if (o.get(3) != null) views.add(new View(Dialect.SQLITE, o.get(1), o.get(3))); // SQLite's own CREATE VIEW text
            }
        }
        preload(objects);
        var tables = new ArrayList<Table>();
        var enums = new ArrayList<EnumDef>();
        var infos = new TreeMap<String, LiveSchema.TableInfo>();
        for (var o : objects) {
            if (!o.get(0).equals("table") || o.get(1).startsWith("sqlite_")) continue;
            TableDraft d = table(o.get(1), o.get(3));
            enums.addAll(enums(d));
            for (var trig : triggers.getOrDefault(o.get(1), List.of())) trigger(d, trig.get(1), trig.get(3));
            tables.add(d.table());
            infos.put(d.name, d.info());
        }
        var source = new LiveSchema.Source(DbEngine.SQLITE, version, database, schema, true);
        return new LiveSchema(source, Catalog.of(tables, enums, views), infos, leftovers, brokenKeys(infos));
    }

    /**
     * The foreign keys the rows break already (a database written while foreign keys were off), as SQLite's own check
     * counts them, each the key {@link #foreignKeys} resolved. A table with a key SQLite cannot check (its own note says
     * why) is left out: SQLite's check of it stops with an error.
     */
    private List<LiveSchema.BrokenKey> brokenKeys(Map<String, LiveSchema.TableInfo> infos) throws PullFailure {
        var out = new ArrayList<LiveSchema.BrokenKey>();
        for (var e : infos.entrySet()) {
            String table = e.getKey();
            var keys = resolvedKeys.getOrDefault(table, Map.of());
            if (keys.isEmpty() || keys.values().stream().anyMatch(ResolvedKey::mismatched)) continue;
            for (var r : q.rows("the rows that break a foreign key", "SELECT fkid, count(*) FROM pragma_foreign_key_check(?, ?) "
                    + "GROUP BY fkid ORDER BY fkid", table, schema)) {
                var key = keys.get(Integer.parseInt(r.get(0)));
                out.add(LiveSchema.BrokenKey.sqlite(schema, table, key.id(), key.columns(), key.parent(), key.parentColumns(),
                        Long.parseLong(r.get(1)), rowidOf(table, e.getValue())));
            }
        }
        return out;
    }

    /**
     * The name the table's rowid is read by: {@code rowid}, {@code _rowid_} or {@code oid}, the first that is no column of
     * the table (a column of that name hides it), or null where there is none.
     */
    private String rowidOf(String table, LiveSchema.TableInfo info) {
        if (withoutRowid.contains(table)) return null;
        for (String n : List.of("rowid", "_rowid_", "oid")) {
            if (info.columnOrder().stream().noneMatch(c -> c.equalsIgnoreCase(n))) return n;
        }
        return null;
    }

    /** A foreign key as {@link #foreignKeys} resolved it: its id in SQLite's PRAGMAs, and whether SQLite can check it. */
    private record ResolvedKey(int id, List<String> columns, String parent, List<String> parentColumns, boolean mismatched) {}

    private final Map<String, Map<Integer, ResolvedKey>> resolvedKeys = new LinkedHashMap<>();
    private final java.util.Set<String> withoutRowid = new java.util.HashSet<>();

    /** Every table's PRAGMA rows, read with one query per PRAGMA for the whole database. */
    private final Map<String, List<List<String>>> columnRows = new LinkedHashMap<>();
    private final Map<String, List<List<String>>> foreignKeyRows = new LinkedHashMap<>();
    private final Map<String, List<List<String>>> indexRows = new LinkedHashMap<>();
    private final Map<String, List<List<String>>> indexColumnRows = new LinkedHashMap<>();
    private final Map<String, String> indexSql = new LinkedHashMap<>();

    private void preload(List<List<String>> objects) throws PullFailure {
        String tables = " FROM " + prefix + "sqlite_master m JOIN ";
        String where = " WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\'";
        for (var r : q.rows("the columns", "SELECT m.name, p.name, p.type, p.\"notnull\", p.dflt_value, p.pk, p.hidden"
                + tables + "pragma_table_xinfo(m.name, ?) p" + where + " ORDER BY m.name, p.cid", schema)) {
            columnRows.computeIfAbsent(r.get(0), k -> new ArrayList<>()).add(r.subList(1, r.size()));
        }
        for (var r : q.rows("the foreign keys", "SELECT m.name, p.id, p.\"table\", p.\"from\", p.\"to\", p.on_update, p.on_delete"
                + tables + "pragma_foreign_key_list(m.name, ?) p" + where + " ORDER BY m.name, p.id, p.seq", schema)) {
            foreignKeyRows.computeIfAbsent(r.get(0), k -> new ArrayList<>()).add(r.subList(1, r.size()));
        }
        for (var r : q.rows("the indexes", "SELECT m.name, p.name, p.\"unique\", p.origin, p.partial"
                + tables + "pragma_index_list(m.name, ?) p" + where + " ORDER BY m.name, p.name", schema)) {
            indexRows.computeIfAbsent(r.get(0), k -> new ArrayList<>()).add(r.subList(1, r.size()));
        }
        for (var r : q.rows("the indexed columns", "SELECT p.name, x.cid, x.name, x.\"desc\", x.coll"
                + tables + "pragma_index_list(m.name, ?) p JOIN pragma_index_xinfo(p.name, ?) x" + where
                + " AND x.key = 1 ORDER BY p.name, x.seqno", schema, schema)) {
            indexColumnRows.computeIfAbsent(r.get(0), k -> new ArrayList<>()).add(r.subList(1, r.size()));
        }
        for (var o : objects) if (o.get(0).equals("index")) indexSql.put(o.get(1), o.get(3));
        for (var o : objects) if (o.get(0).equals("table")) tableSql.put(o.get(1), o.get(3));
    }

    private TableDraft table(String name, String sql) throws PullFailure {
        var d = new TableDraft(name);
        SqliteTableSql parsed;
        try {
            parsed = SqliteTableSql.parse(sql);
        } catch (IllegalArgumentException e) {
            parsed = null;
        }
        var pk = new TreeMap<Integer, String>();
        for (var c : columnRows.getOrDefault(name, List.of())) {
            String col = c.get(0);
            int pkPos = Integer.parseInt(c.get(4));
            if (pkPos > 0) pk.put(pkPos, col);
            String canonical = NativeTypes.canonicalSqlite(c.get(1));
            var mapped = NativeTypes.map(DbEngine.SQLITE, canonical);
            String comment = parsed == null ? null : parsed.columnComments.get(col);
            if (!"0".equals(c.get(5))) {
                d.columns.add(new TableDraft.ColumnDraft(col, null, true, null, false, comment,
                        new LiveSchema.ColumnInfo(canonical, false, null)));
                // The definition is SQLite's own text of the column, which a rebuild of an adopted table declares again.
                String definition = parsed == null ? null : parsed.columnDefinitions.get(col);
                d.leftover(Leftover.Kind.COLUMN, col, col, definition != null ? definition : c.get(1), Leftover.COMPUTED);
                continue;
            }
            if (mapped == null) {
                d.columns.add(new TableDraft.ColumnDraft(col, null, "0".equals(c.get(2)), null, false, comment,
                        new LiveSchema.ColumnInfo(canonical, false, null)));
                // The definition is SQLite's own text of the column, which an adopted table's rebuild declares again.
                String definition = parsed == null ? null : parsed.columnDefinitions.get(col);
                d.leftover(Leftover.Kind.COLUMN, col, col, c.get(1).isEmpty() ? "(no type)" : c.get(1),
                        c.get(1).isEmpty() ? "the column has no declared type" : "no schemac type for " + Leftover.quoted(c.get(1)),
                        definition == null ? null : new Leftover.Shape.Declared(definition));
                continue;
            }
            var def = Expressions.defaultOf(c.get(3), mapped.type(), null, Dialect.SQLITE, false);
            String declared = parsed == null ? null : parsed.columnDefaults.get(col);
            d.columns.add(column(d, col, mapped, "0".equals(c.get(2)), def, declared, comment, canonical));
        }
        // Key columns that never hold NULL whatever PRAGMA's notnull says, so they are no nullable key:
        // every key column of a WITHOUT ROWID table (SQLite enforces it there), and an INTEGER PRIMARY
        // KEY of a rowid table, the rowid itself (a NULL inserted takes the next rowid; SQLite's
        // "INTEGER PRIMARY KEY DESC" exception is not told apart, so its NOT NULL goes unreported).
        if (parsed != null) {
            for (String col : pk.values()) {
                var c = d.column(col);
                boolean neverNull = parsed.withoutRowid || (pk.size() == 1 && c != null && "INTEGER".equals(c.info().nativeType()));
                if (c != null && c.nullable() && neverNull) {
                    d.columns.set(d.columns.indexOf(c), new TableDraft.ColumnDraft(c.name(), c.type(), false,
                            c.defaultValue(), c.autoIncrement(), c.comment(), c.info()));
                }
            }
        }
        // The rowid alias with AUTOINCREMENT is SQLite's autoincrement key.
        if (pk.size() == 1 && parsed != null && parsed.autoincrement) {
            var c = d.column(pk.get(1));
            if (c != null && c.type() != null) {
                d.columns.set(d.columns.indexOf(c), new TableDraft.ColumnDraft(c.name(), c.type(), c.nullable(), c.defaultValue(),
                        true, c.comment(), new LiveSchema.ColumnInfo(c.info().nativeType(), c.info().exactType(), LiveSchema.Generation.AUTOINCREMENT)));
            }
        }
        var collations = parsed == null ? Map.<String, String>of() : parsed.collations;
        collations.forEach((col, coll) -> {
            var c = d.column(col);
            if (c != null && c.type() != null && !Collations.sqliteDefault(coll)) {
                d.ownCollations.put(col, coll);
                Collations.column(d, col, coll, "BINARY");
            }
        });
        var constraints = parsed == null ? List.<SqliteTableSql.Constraint>of() : parsed.constraints;
        if (!pk.isEmpty()) {
            var cols = new ArrayList<>(pk.values());
            if (d.supported(cols)) {
                d.primaryKey = new PrimaryKey(named(constraints, "PRIMARY", cols), cols);
            } else {
                d.leftover(Leftover.Kind.TABLE, null, name, "PRIMARY KEY (" + String.join(", ", cols) + ")",
                        "the primary key includes a column schemac cannot type");
            }
        }
        if (parsed != null && parsed.withoutRowid) {
            withoutRowid.add(name);
            d.leftover(Leftover.Kind.DIFFERENCE, null, null, KeptSql.WITHOUT_ROWID, "a WITHOUT ROWID table; generate makes a rowid table");
        }
        if (parsed != null && parsed.strict) {
            d.leftover(Leftover.Kind.DIFFERENCE, null, null, KeptSql.STRICT,
                    "a STRICT table, which refuses a value of another type; generate makes a table that stores it under the column's affinity");
        }
        foreignKeys(d, constraints);
        indexes(d, constraints, collations);
        checks(d, constraints);
        return d;
    }

    private TableDraft.ColumnDraft column(TableDraft d, String col, NativeTypes.Mapped mapped, boolean nullable,
                                          Expressions.Default def, String declaredDefault, String comment, String canonical) {
        var value = def instanceof Expressions.Default.Value v ? v.value() : null;
        if (def instanceof Expressions.Default.Unsupported u) {
            // The statement's own DEFAULT term, which an adopted table's CREATE TABLE declares the column with again.
            d.leftover(Leftover.Kind.DEFAULT, col, col, null, u.reason(), declaredDefault == null ? null
                    : new Leftover.Shape.Declared(Sql.id(Dialect.SQLITE, col) + " DEFAULT " + declaredDefault));
        }
        ColumnType type = mapped.type();
        // CHAR(36) defaulting to a random UUID is how schemac stores a uuid here.
        if (value instanceof ColumnDefault.Uuid && type.kind() == ScalarKind.CHAR) {
            type = new ColumnType(ScalarKind.UUID, null, null, null, null);
        }
        boolean exact = mapped.exact() || NativeTypes.rendered(DbEngine.SQLITE, type).equals(canonical);
        return new TableDraft.ColumnDraft(col, type, nullable, value, false, comment,
                new LiveSchema.ColumnInfo(canonical, exact, null));
    }

    /** The name a constraint of this kind over these columns has in the CREATE TABLE text, or null. */
    private static String named(List<SqliteTableSql.Constraint> constraints, String kind, List<String> cols) {
        var c = constraint(constraints, kind, cols);
        return c == null ? null : c.name();
    }

    /** The constraint of this kind over these columns in the CREATE TABLE text, or null. */
    private static SqliteTableSql.Constraint constraint(List<SqliteTableSql.Constraint> constraints, String kind,
                                                        List<String> cols) {
        for (var c : constraints) if (c.kind().equals(kind) && c.columns().equals(cols)) return c;
        return null;
    }

    private void foreignKeys(TableDraft d, List<SqliteTableSql.Constraint> constraints) throws PullFailure {
        var groups = new LinkedHashMap<String, List<List<String>>>();
        for (var fk : foreignKeyRows.getOrDefault(d.name, List.of())) {
            groups.computeIfAbsent(fk.get(0), k -> new ArrayList<>()).add(fk);
        }
        for (var g : groups.values()) {
            var cols = g.stream().map(r -> r.get(2)).toList();
            // SQLite finds the table a foreign key names in any case of ASCII letters: the key names it as the table is named.
            String found = tableNamed(g.get(0).get(1));
            String target = found == null ? g.get(0).get(1) : found;
            List<String> named = g.stream().map(r -> r.get(3)).toList();
            boolean implicit = named.contains(null);
            List<String> refs = !implicit ? named : found == null ? List.of() : primaryKeyOf(found);
            // SQLite checks a key against its table only when a row is written or checked: where the columns it references
            // are no key of that table, or there is no such table, it refuses each INSERT and UPDATE of this table while
            // foreign keys are enforced ("foreign key mismatch", "no such table"). Such a key is no relation, kept as declared.
            String mismatch = found == null ? "there is no such table"
                    : implicit ? (refs.size() == cols.size() ? null : refs.isEmpty() ? "that table has no primary key"
                    : "that table's primary key has " + refs.size() + " columns where it has " + cols.size())
                    : notAKey(found, refs);
            String fkName = named(constraints, "FOREIGN", cols);
            var onDelete = Actions.of(g.get(0).get(5));
            var onUpdate = Actions.of(g.get(0).get(4));
            boolean columnsShown = !implicit && !refs.isEmpty();
            String def = "FOREIGN KEY (" + String.join(", ", cols) + ") REFERENCES " + target
                    + (columnsShown ? " (" + String.join(", ", refs) + ")" : "")
                    + " ON DELETE " + g.get(0).get(5) + " ON UPDATE " + g.get(0).get(4);
            var written = constraint(constraints, "FOREIGN", cols);
            var shape = new Leftover.Shape.Reference(cols, target, implicit ? List.of() : refs, g.get(0).get(5), g.get(0).get(4),
                    written != null && written.deferred(), mismatch != null);
            int id = Integer.parseInt(g.get(0).get(0));
            resolvedKeys.computeIfAbsent(d.name, k -> new TreeMap<>()).put(id, new ResolvedKey(id, cols, target, refs, mismatch != null));
            if (mismatch != null) {
                d.leftover(Leftover.Kind.FOREIGN_KEY, null, fkName == null ? "(unnamed)" : fkName, def, (implicit
                        ? "it names no columns of " + Leftover.quoted(target) + ", and " + mismatch
                        : "it references " + refs + " of " + Leftover.quoted(target) + ", and " + mismatch)
                        + (found == null ? "" : " (SQLite's foreign key mismatch)"), shape);
                continue;
            }
            if (onDelete == null || onUpdate == null) {
                d.leftover(Leftover.Kind.FOREIGN_KEY, null, fkName == null ? "(unnamed)" : fkName, def,
                        "SET DEFAULT has no schemac action", shape);
                continue;
            }
            if (!d.supported(cols) || refs.isEmpty()) {
                d.leftover(Leftover.Kind.FOREIGN_KEY, null, fkName == null ? "(unnamed)" : fkName, def,
                        "a column of it is not pulled", shape);
                continue;
            }
            d.foreignKeys.add(new ForeignKey(fkName, cols, target, refs, onDelete, onUpdate, null, false));
            if (written != null && written.deferred()) {
                d.leftover(Leftover.Kind.DIFFERENCE, null, fkName == null ? "(unnamed)" : fkName,
                        def + " DEFERRABLE INITIALLY DEFERRED", "foreign key " + (fkName == null ? "(unnamed)" : Leftover.quoted(fkName))
                                + " is checked at commit (DEFERRABLE INITIALLY DEFERRED); generate makes it immediate", shape);
            }
        }
    }

    /** The table SQLite takes for {@code name}: the one named so up to the case of ASCII letters; null when none is. */
    private String tableNamed(String name) {
        if (columnRows.containsKey(name)) return name;
        for (String t : columnRows.keySet()) if (asciiLower(t).equals(asciiLower(name))) return t;
        return null;
    }

    private static String asciiLower(String s) {
        var b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) b.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
        return b.toString();
    }

    /**
     * Why SQLite does not take {@code columns} of {@code table} as a key a foreign key may reference, or null where it
     * does: its primary key, or the columns of a unique index over no expression and all its rows (not partial), in any
     * order and any case, that compares each column under the column's own collation (SQLite's rule: a unique
     * {@code (code COLLATE NOCASE)} on a BINARY column is no key, and each write of the key's table then fails with
     * "foreign key mismatch").
     */
    private String notAKey(String table, List<String> columns) throws PullFailure {
        var wanted = new java.util.TreeSet<String>();
        for (String c : columns) wanted.add(asciiLower(c));
        // A rowid alias (INTEGER PRIMARY KEY) is the one primary key without an index of its own: SQLite takes it as it
        // is. Any other primary key is its autoindex (origin 'pk'), judged below as SQLite judges it, collations too.
        boolean pkIndexed = indexRows.getOrDefault(table, List.of()).stream().anyMatch(idx -> "pk".equals(idx.get(2)));
        if (wanted.size() == columns.size() && !pkIndexed) {
            var pk = new java.util.TreeSet<String>();
            for (String c : primaryKeyOf(table)) pk.add(asciiLower(c));
            if (pk.equals(wanted)) return null;
        }
        String collated = null;
        for (var idx : indexRows.getOrDefault(table, List.of())) {
            if (!"1".equals(idx.get(1)) || "1".equals(idx.get(3)) || wanted.size() != columns.size()) continue;
            var keyed = new java.util.TreeSet<String>();
            int n = 0;
            String otherCollation = null;
            String unknown = null;
            for (var k : indexColumnRows.getOrDefault(idx.get(0), List.of())) {
                n++;
                if (k.get(1) == null || k.get(0).startsWith("-")) continue;
                keyed.add(asciiLower(k.get(1)));
                String own = columnCollation(table, k.get(1));
                if (own == null) unknown = k.get(1);
                else if (k.get(3) != null && !k.get(3).equalsIgnoreCase(own)) otherCollation = k.get(1) + " COLLATE " + k.get(3);
            }
            if (n != columns.size() || !keyed.equals(wanted)) continue;
            String what = "pk".equals(idx.get(2)) ? "the primary key" : "the unique index " + Leftover.quoted(idx.get(0));
            if (unknown != null) {
                if (collated == null) collated = "the collation of " + Leftover.quoted(unknown) + " is not known (schemac cannot "
                        + "read the table's SQL), so whether SQLite takes " + what + " over them as a key is not known";
                continue;
            }
            if (otherCollation == null) return null;
            if (collated == null) collated = what + " over them compares " + Leftover.quoted(otherCollation)
                    + ", not under the column's own collation, which SQLite does not take as a key";
        }
        return collated != null ? collated : "they are neither its primary key nor the columns of a unique index of it";
    }

    /**
     * The collation {@code column} of {@code table} declares (BINARY where it declares none), read from the table's SQL;
     * null where that SQL cannot be read, so the collation is not known (never assumed).
     */
    private String columnCollation(String table, String column) throws PullFailure {
        var declared = declaredCollations.computeIfAbsent(table, t -> {
            try {
                return tableSql.get(t) == null ? null : SqliteTableSql.parse(tableSql.get(t)).collations;
            } catch (IllegalArgumentException | NullPointerException e) {
                return null;
            }
        });
        if (declared == null) return null;
        for (var e : declared.entrySet()) if (e.getKey().equalsIgnoreCase(column)) return e.getValue();
        return "BINARY";
    }

    private final Map<String, String> tableSql = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> declaredCollations = new LinkedHashMap<>();

    private List<String> primaryKeyOf(String table) {
        var pk = new TreeMap<Integer, String>();
        for (var c : columnRows.getOrDefault(table, List.of())) {
            int p = Integer.parseInt(c.get(4));
            if (p > 0) pk.put(p, c.get(0));
        }
        return new ArrayList<>(pk.values());
    }

    private void indexes(TableDraft d, List<SqliteTableSql.Constraint> constraints, Map<String, String> collations)
            throws PullFailure {
        for (var idx : indexRows.getOrDefault(d.name, List.of())) {
            String name = idx.get(0);
            String origin = idx.get(2);
            if (origin.equals("pk")) continue;
            var cols = new ArrayList<String>();
            var keyColumns = new ArrayList<Leftover.Shape.KeyColumn>();
            String problem = null;
            for (var k : indexColumnRows.getOrDefault(name, List.of())) {
                boolean own = k.get(3) == null || k.get(3).equalsIgnoreCase(collations.getOrDefault(k.get(1), "BINARY"));
                keyColumns.add(new Leftover.Shape.KeyColumn(k.get(1), own ? null : k.get(3), "1".equals(k.get(2))));
                if (k.get(0).equals("-2")) problem = "it indexes an expression";
                else if (k.get(0).equals("-1")) problem = "it indexes the rowid";
                else if (k.get(2).equals("1")) problem = "a column is in descending order";
                else if (!Collations.sqliteDefault(k.get(3)) && !k.get(3).equalsIgnoreCase(collations.getOrDefault(k.get(1), "BINARY"))) {
                    // The column's own collation is reported with the column; another one only the index has.
                    problem = "it compares " + Leftover.quoted(k.get(1)) + " under " + Leftover.quoted("COLLATE " + k.get(3)) + "; a model has no collation";
                }
                cols.add(k.get(1));
            }
            RowFilter live = null;
            if ("1".equals(idx.get(3))) {
                String sql = indexSql.get(name);
                int at = sql == null ? -1 : sql.toUpperCase(Locale.ROOT).lastIndexOf(" WHERE ");
                live = at < 0 || !"1".equals(idx.get(1)) ? null : LiveRows.of(sql.substring(at + 7).strip());
                if (live == null) problem = "it is a partial index (WHERE)";
            }
            if (problem == null && !d.supported(cols)) problem = "a column of it is not pulled";
            String def = indexSql.get(name) != null ? indexSql.get(name) : (origin.equals("u") ? "UNIQUE (" : "INDEX (")
                    + String.join(", ", cols) + ")";
            if (problem != null) {
                // SQLite keeps the SQL of an index it was given; one a constraint made has none, only its columns.
                d.leftover(Leftover.Kind.INDEX, null, name, def, problem,
                        indexSql.get(name) != null ? null : new Leftover.Shape.Key(origin.equals("u"), keyColumns));
                continue;
            }
            if (origin.equals("u")) {
                d.uniques.add(new UniqueConstraint(named(constraints, "UNIQUE", cols), cols, UniqueConstraint.Reason.ENTITY));
            } else if ("1".equals(idx.get(1)) && live != null) {
                // A unique over live rows is an index in schemac's DDL too: nothing changes when it is generated.
                d.filteredUnique(new UniqueConstraint(name, cols, UniqueConstraint.Reason.ENTITY, live), def,
                        "it is a partial index (WHERE)", null);
            } else if ("1".equals(idx.get(1))) {
                d.uniques.add(new UniqueConstraint(name, cols, UniqueConstraint.Reason.ENTITY));
                d.uniqueIndexes.add(name);
            } else {
                d.indexes.add(new Index(name, cols, Index.Reason.ENTITY));
            }
        }
    }

    private void checks(TableDraft d, List<SqliteTableSql.Constraint> constraints) {
        var types = d.types();
        for (var c : constraints) {
            if (!c.kind().equals("CHECK")) continue;
            var terms = Expressions.terms(c.clause(), types, false);
            if (terms == null) {
                d.leftover(Leftover.Kind.CHECK, null, c.name() == null ? "(unnamed)" : c.name(), "CHECK (" + c.clause()
                                + (SqliteTableSql.endsInLineComment(c.clause()) ? "\n)" : ")"),
                        Collations.uncheckable(c.clause(), false));
                continue;
            }
            d.checks.add(new Check(c.name(), terms));
        }
    }

    /**
     * SQLite has no enum type: schemac stores an enum as text, declared as the SQLite dialect
     * declares it ({@link Sql#sqliteEnumType}: in a STRICT table as
     * TEXT), with an IN check in the column's derived check. A column stored exactly so is read
     * as an enum.
     */
    private static List<EnumDef> enums(TableDraft d) {
        var out = new ArrayList<EnumDef>();
        boolean strict = d.leftovers.stream().anyMatch(l -> l.kind() == Leftover.Kind.DIFFERENCE
                && KeptSql.STRICT.equals(l.definition()));
        for (Check ch : d.checks) {
            for (Check.Term t : ch.terms()) {
                if (!(t instanceof Check.EnumMember m)) continue;
                var c = d.column(m.column());
                if (c == null || c.type() == null || c.type().isEnum() || !c.type().kind().isText()) continue;
                String declared = NativeTypes.canonicalSqlite(Sql.sqliteEnumType(m.values(), strict));
                if (!declared.equals(c.info().nativeType())) continue;
                if (EnumLabels.problem(m.values()) != null) continue; // stays a string with its check
                String derived = Names.constraint("ck", d.name, List.of(m.column()));
                if (ch.name() != null && !ch.name().equals(derived)) continue;
                String enumName = d.name + "\0" + m.column();
                var def = c.defaultValue();
                if (def instanceof ColumnDefault.Text text && m.values().contains(text.value())) {
                    def = new ColumnDefault.EnumValue(text.value());
                } else if (def != null) {
                    continue;
                }
                out.add(new EnumDef(enumName, null, null, m.values()));
                d.columns.set(d.columns.indexOf(c), new TableDraft.ColumnDraft(c.name(), ColumnType.ofEnum(enumName),
                        c.nullable(), def, false, c.comment(), c.info()));
            }
        }
        return out;
    }

    private void trigger(TableDraft d, String name, String sql) {
        var cols = UpdatedTriggers.sqlite(sql, d.name);
        if (cols != null && cols.stream().allMatch(c -> d.column(c) != null && d.column(c).type() != null
                && !d.column(c).type().isEnum() && d.column(c).type().kind() == ScalarKind.DATETIME)) {
            d.updatedColumns.addAll(cols);
            // schemac writes one trigger per table; before that, one per column, suffixed with the column when
            // there were several: such a database still reads as one trigger under the table's name.
            String base = cols.size() == 1 && name.endsWith("_" + cols.get(0)) && d.updatedTrigger != null
                    ? name.substring(0, name.length() - cols.get(0).length() - 1) : name;
            if (d.updatedTrigger == null || d.updatedTrigger.startsWith(base)) d.updatedTrigger = base;
            return;
        }
        d.leftover(Leftover.Kind.TRIGGER, null, name, sql, "not pulled: models have no triggers besides @updated");
    }
}
