package dev.schemac.pull.introspect;

import dev.schemac.catalog.Catalog;
import dev.schemac.catalog.View;
import dev.schemac.render.sql.Sql;
import dev.schemac.catalog.Check;
import dev.schemac.catalog.ColumnDefault;
import dev.schemac.catalog.ColumnType;
import dev.schemac.catalog.EnumDef;
import dev.schemac.catalog.ForeignKey;
import dev.schemac.catalog.Index;
import dev.schemac.catalog.PrimaryKey;
import dev.schemac.catalog.Table;
import dev.schemac.catalog.UniqueConstraint;
import dev.schemac.model.Dialect;
import dev.schemac.model.ScalarKind;
import dev.schemac.pull.DbEngine;
import dev.schemac.pull.Leftover;
import dev.schemac.pull.LiveSchema;
import dev.schemac.pull.PullFailure;
import dev.schemac.pull.PullMessages;
import dev.schemac.sqltext.SqlLexer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * MySQL 8 and MariaDB: information_schema, one query per kind of object for the whole
 * database; SHOW CREATE TABLE only for expression defaults that MySQL before 8.0.x leaves
 * out of information_schema.
 */
final class MysqlReader {
    private final Queries q;
    private final String schemaOption;

    MysqlReader(Queries q, String schema) {
        this.q = q;
        this.schemaOption = schema;
    }

    LiveSchema read() throws PullFailure {
        String version = q.value("the server version", "SELECT VERSION()");
        boolean mariadb = version != null && version.toLowerCase(Locale.ROOT).contains("mariadb");
        DbEngine engine = mariadb ? DbEngine.MARIADB : DbEngine.MYSQL;
        String schema = schemaOption != null ? schemaOption : q.value("the current database", "SELECT DATABASE()");
        var known = q.rows("the databases", "SELECT SCHEMA_NAME FROM information_schema.SCHEMATA WHERE SCHEMA_NAME NOT IN "
                + "('information_schema', 'mysql', 'performance_schema', 'sys') ORDER BY SCHEMA_NAME").stream().map(r -> r.get(0)).toList();
        if (schema == null || !known.contains(schema)) {
            throw new PullFailure(PullMessages.unknownSchema("database", schema == null ? "(none in the URL)" : schema, known));
        }
        var leftovers = new ArrayList<Leftover>();
        var viewNames = new ArrayList<String>();
        var drafts = new TreeMap<String, TableDraft>();
        String generatedEngine = MysqlTableOptions.engine();
        for (var r : q.rows("the tables", "SELECT TABLE_NAME, TABLE_TYPE, TABLE_COMMENT, TABLE_COLLATION, ENGINE FROM information_schema.TABLES "
                + "WHERE TABLE_SCHEMA = ? ORDER BY TABLE_NAME", schema)) {
            if (r.get(1).equals("BASE TABLE")) {
                var d = new TableDraft(r.get(0));
                d.comment = r.get(2) == null || r.get(2).isEmpty() ? null : r.get(2);
                d.collation = r.get(3);
                // Another storage engine keeps other promises (MyISAM: no transactions, no foreign keys), never said silently.
                if (r.get(4) != null && !r.get(4).equalsIgnoreCase(generatedEngine)) {
                    d.leftover(Leftover.Kind.DIFFERENCE, null, null, "ENGINE=" + r.get(4), "a table of storage engine "
                            + Leftover.quoted(r.get(4)) + "; generate makes every table " + generatedEngine);
                }
                drafts.put(r.get(0), d);
            } else {
                leftovers.add(new Leftover(Leftover.Kind.OBJECT, null, null, r.get(0), r.get(1), "a view; models hold tables only"));
                if (r.get(1).equals("VIEW")) viewNames.add(r.get(0));
            }
        }
        var checkClauses = checks(schema, mariadb);
        var enums = new ArrayList<EnumDef>();
        columns(schema, engine, drafts, checkClauses, enums);
        var keyColumns = new LinkedHashMap<String, List<List<String>>>(); // table \0 constraint -> rows
        for (var r : q.rows("the key columns", "SELECT TABLE_NAME, CONSTRAINT_NAME, COLUMN_NAME, REFERENCED_TABLE_SCHEMA, "
                + "REFERENCED_TABLE_NAME, REFERENCED_COLUMN_NAME FROM information_schema.KEY_COLUMN_USAGE WHERE TABLE_SCHEMA = ? "
                + "ORDER BY TABLE_NAME, CONSTRAINT_NAME, ORDINAL_POSITION", schema)) {
            keyColumns.computeIfAbsent(r.get(0) + "\0" + r.get(1), k -> new ArrayList<>()).add(r);
        }
        var rules = new HashMap<String, List<String>>();
        for (var r : q.rows("the foreign keys", "SELECT TABLE_NAME, CONSTRAINT_NAME, DELETE_RULE, UPDATE_RULE FROM "
                + "information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = ?", schema)) {
            rules.put(r.get(0) + "\0" + r.get(1), r);
        }
        for (var r : q.rows("the constraints", "SELECT TABLE_NAME, CONSTRAINT_NAME, CONSTRAINT_TYPE FROM "
                + "information_schema.TABLE_CONSTRAINTS WHERE TABLE_SCHEMA = ? ORDER BY TABLE_NAME, CONSTRAINT_NAME", schema)) {
            TableDraft d = drafts.get(r.get(0));
            if (d == null) continue;
            var rows = keyColumns.getOrDefault(r.get(0) + "\0" + r.get(1), List.of());
            var cols = rows.stream().map(x -> x.get(2)).toList();
            switch (r.get(2)) {
                case "PRIMARY KEY" -> {
                    if (d.supported(cols)) d.primaryKey = new PrimaryKey(null, cols);
                    else d.leftover(Leftover.Kind.TABLE, null, d.name, "PRIMARY KEY", "the primary key includes a column schemac cannot type");
                }
                case "FOREIGN KEY" -> foreignKey(d, r.get(1), rows, rules.get(r.get(0) + "\0" + r.get(1)), schema);
                case "CHECK" -> {
                    String clause = checkClauses.remove(r.get(0) + "\0" + r.get(1));
                    if (clause == null) continue; // a json_valid check, read as the JSON type
                    var terms = Expressions.terms(clause, d.types(), true);
                    if (terms == null) {
                        d.leftover(Leftover.Kind.CHECK, null, r.get(1), "CHECK (" + clause + ")",
                                Collations.uncheckable(clause, true));
                    } else {
                        d.checks.add(new Check(r.get(1), terms));
                    }
                }
                default -> { } // UNIQUE: read with the indexes, which say more
            }
        }
        indexes(schema, drafts);
        triggers(schema, drafts);
        for (var r : q.rows("the routines", "SELECT ROUTINE_NAME, ROUTINE_TYPE FROM information_schema.ROUTINES "
                + "WHERE ROUTINE_SCHEMA = ? ORDER BY ROUTINE_NAME", schema)) {
            leftovers.add(new Leftover(Leftover.Kind.TRIGGER, null, null, r.get(0), r.get(1), "not pulled: a routine; models have none"));
        }
        var tables = new ArrayList<Table>();
        var infos = new TreeMap<String, LiveSchema.TableInfo>();
        for (TableDraft d : drafts.values()) {
            tables.add(d.table());
            infos.put(d.name, d.info());
        }
        boolean keepsChecks = q.works("SELECT 1 FROM information_schema.CHECK_CONSTRAINTS LIMIT 1");
        var views = new ArrayList<View>();
        // SHOW CREATE VIEW leaves unqualified only the tables of the connection's current database (and reads
        // the view there): read with the schema as current, so a view names its own database's tables bare, as
        // they are wherever the history's scripts make it again, whichever database the connection opened.
        String current = viewNames.isEmpty() ? null : q.current();
        if (!viewNames.isEmpty() && !schema.equals(current)) q.use(schema);
        try {
            for (String v : viewNames) {
                String sql = view(v);
                if (sql != null) views.add(new View(Dialect.MYSQL, v, sql));
            }
        } finally {
            if (current != null && !schema.equals(current)) q.use(current);
        }
        var source = new LiveSchema.Source(engine, version, schema, schema, keepsChecks);
        boolean own = schemaOption == null || schema.equals(q.current());
        return new LiveSchema(source, Catalog.of(tables, enums, views), infos, leftovers, brokenKeys(engine, own ? null : schema));
    }

    /** Every foreign key between the database's own tables, as the foreign keys are read, for {@link #brokenKeys}. */
    private final List<KeyRead> keys = new ArrayList<>();

    /** A foreign key by name: its table and columns, and the table and columns it references. */
    private record KeyRead(String table, String name, List<String> columns, String parent, List<String> parentColumns) {}

    /**
     * The foreign keys the rows break already: MySQL and MariaDB check no row a session writes with FOREIGN_KEY_CHECKS=0
     * (as a dump's load runs), so any key may have such rows; each is counted as the server checks a key it adds.
     */
    private List<LiveSchema.BrokenKey> brokenKeys(DbEngine engine, String schema) throws PullFailure {
        var out = new ArrayList<LiveSchema.BrokenKey>();
        for (var k : keys) {
            var key = LiveSchema.BrokenKey.server(engine, schema, k.table(), k.name(), k.columns(), k.parent(), k.parentColumns(),
                    false, null);
            var n = q.count(key.query("count(*)"));
            if (n.failure() != null) out.add(key.uncountedBecause(n.failure()));
            else if (n.n() > 0) out.add(key.withRows(n.n()));
        }
        return out;
    }

    /**
     * A view as the server keeps it ({@code SHOW CREATE VIEW}: its algorithm and SQL security, the
     * select with every column spelled out and the view's own database's tables unqualified, a
     * check option), without its {@code DEFINER}: the view is the account's that runs the script
     * where it is made again. Null when the server's text has not that shape.
     */
    private String view(String name) throws PullFailure {
        String id = Sql.id(Dialect.MYSQL, name);
        var rows = q.rows("the view " + Leftover.quoted(name), "SHOW CREATE VIEW " + id);
        if (rows.isEmpty() || rows.get(0).size() < 2 || rows.get(0).get(1) == null) return null;
        String text = rows.get(0).get(1);
        String head = " VIEW " + shown(name) + " AS "; // the server quotes every name it shows
        int at = text.indexOf(head);
        if (at < 0 || !text.startsWith("CREATE ")) return null;
        String options = DEFINER.matcher(text.substring("CREATE ".length(), at)).replaceAll("").replaceAll(" {2,}", " ").strip();
        return "CREATE " + (options.isEmpty() ? "" : options + " ") + "VIEW " + id + " AS " + text.substring(at + head.length());
    }

    /** The definer clause of {@code SHOW CREATE VIEW}: {@code DEFINER=`user`@`host`}, each part quoted as the server quotes names. */
    private static final java.util.regex.Pattern DEFINER = java.util.regex.Pattern.compile("DEFINER=`(?:[^`]|``)*`@`(?:[^`]|``)*`");

    /** Check clauses by table and name; MariaDB's json_valid column checks are left out (they make the JSON type). */
    private Map<String, String> checks(String schema, boolean mariadb) throws PullFailure {
        var out = new HashMap<String, String>();
        if (!q.works("SELECT 1 FROM information_schema.CHECK_CONSTRAINTS LIMIT 1")) return out; // no such table before Dialect.MYSQL_CHECKS_ENFORCED_FROM
        if (mariadb) {
            for (var r : q.rows("the checks", "SELECT TABLE_NAME, CONSTRAINT_NAME, CHECK_CLAUSE, LEVEL FROM "
                    + "information_schema.CHECK_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = ?", schema)) {
                out.put(r.get(0) + "\0" + r.get(1), r.get(2));
            }
        } else {
            for (var r : q.rows("the checks", "SELECT tc.TABLE_NAME, cc.CONSTRAINT_NAME, cc.CHECK_CLAUSE FROM "
                    + "information_schema.CHECK_CONSTRAINTS cc JOIN information_schema.TABLE_CONSTRAINTS tc ON "
                    + "tc.CONSTRAINT_SCHEMA = cc.CONSTRAINT_SCHEMA AND tc.CONSTRAINT_NAME = cc.CONSTRAINT_NAME "
                    + "AND tc.CONSTRAINT_TYPE = 'CHECK' WHERE cc.CONSTRAINT_SCHEMA = ?", schema)) {
                out.put(r.get(0) + "\0" + r.get(1), r.get(2));
            }
        }
        return out;
    }

    private void columns(String schema, DbEngine engine, Map<String, TableDraft> drafts, Map<String, String> checks,
                         List<EnumDef> enums) throws PullFailure {
        boolean mariadb = engine == DbEngine.MARIADB;
        Map<String, String> createTables = new HashMap<>();
        String generatedCollation = MysqlTableOptions.collation();
        for (var r : q.rows("the columns", "SELECT TABLE_NAME, COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE, COLUMN_DEFAULT, EXTRA, "
                + "COLUMN_COMMENT, GENERATION_EXPRESSION, COLLATION_NAME FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ? "
                + "ORDER BY TABLE_NAME, ORDINAL_POSITION", schema)) {
            TableDraft d = drafts.get(r.get(0));
            if (d == null) continue;
            String col = r.get(1);
            String columnType = r.get(2);
            boolean nullable = "YES".equals(r.get(3));
            String extra = r.get(5) == null ? "" : r.get(5).toLowerCase(Locale.ROOT);
            String comment = r.get(6) == null || r.get(6).isEmpty() ? null : r.get(6);
            String canonical = NativeTypes.canonicalMysql(columnType);
            if (r.get(7) != null && !r.get(7).isEmpty()) {
                d.columns.add(new TableDraft.ColumnDraft(col, null, nullable, null, false, comment,
                        new LiveSchema.ColumnInfo(canonical, false, null)));
                // Whole, as SHOW CREATE TABLE says it: whether the engine stores the values or computes them at each read,
                // and whether the column may be NULL, are the column's as much as its expression is.
                String kind = extra.contains("stored") ? " STORED" : " VIRTUAL";
                d.leftover(Leftover.Kind.COLUMN, col, col, columnType + " AS (" + r.get(7) + ")" + kind + (nullable ? "" : " NOT NULL"),
                        Leftover.COMPUTED_MYSQL);
                continue;
            }
            ColumnType type;
            boolean exact;
            List<String> enumValues = null;
            var values = canonical.startsWith("enum(") ? NativeTypes.enumValues(columnType) : null;
            String refused = values == null ? null : EnumLabels.problem(values);
            if (refused != null) {
                d.columns.add(new TableDraft.ColumnDraft(col, null, nullable, null, false, comment,
                        new LiveSchema.ColumnInfo(canonical, false, null)));
                d.leftover(Leftover.Kind.COLUMN, col, col, columnType + (nullable ? "" : " NOT NULL"),
                        "a model enum cannot hold its " + refused);
                continue;
            }
            if (values != null) {
                String enumName = d.name + "\0" + col; // a name no table or column has: table NUL column
                enums.add(new EnumDef(enumName, null, null, values));
                type = ColumnType.ofEnum(enumName);
                exact = true;
                enumValues = values;
            } else {
                var mapped = NativeTypes.map(engine, canonical);
                String jsonCheck = mariadb && canonical.equals("longtext") ? jsonCheck(checks, d.name, col) : null;
                if (jsonCheck != null) {
                    checks.remove(jsonCheck);
                    mapped = new NativeTypes.Mapped(new ColumnType(ScalarKind.JSON, null, null, null, null), true);
                }
                if (mapped == null) {
                    d.columns.add(new TableDraft.ColumnDraft(col, null, nullable, null, false, comment,
                            new LiveSchema.ColumnInfo(canonical, false, null)));
                    d.leftover(Leftover.Kind.COLUMN, col, col, columnType + (nullable ? "" : " NOT NULL"),
                            "no schemac type for " + Leftover.quoted(columnType) + NativeTypes.whatToDo(engine, canonical));
                    continue;
                }
                type = mapped.type();
                exact = mapped.exact();
            }
            boolean auto = extra.contains("auto_increment");
            String defText = defaultText(r.get(4), extra, type, canonical, mariadb);
            if (defText == null && extra.contains("default_generated")) {
                defText = createTables.computeIfAbsent(d.name, this::showCreate) == null ? null
                        : ShowCreate.defaultOf(createTables.get(d.name), col);
            }
            if (defText == null && extra.contains("default_generated") && !type.isEnum() && type.kind() == ScalarKind.CHAR
                    && Integer.valueOf(36).equals(type.length())) {
                // MySQL 8.0.15 hides the expression default of a key column everywhere; on CHAR(36) it is a UUID.
                defText = "uuid()";
                d.leftover(Leftover.Kind.GUESSED, col, col, "DEFAULT (?)", "MySQL " + version(q) + " does not show this "
                        + "column's expression default; a CHAR(36) default is read as uuid()");
            }
            var parsed = Expressions.defaultOf(defText, type, enumValues, Dialect.MYSQL, true);
            ColumnDefault value = null;
            if (parsed instanceof Expressions.Default.Value v) value = v.value();
            else if (parsed instanceof Expressions.Default.Unsupported u) d.leftover(Leftover.Kind.DEFAULT, col, col, defText, u.reason());
            if (value instanceof ColumnDefault.Uuid && type.kind() == ScalarKind.CHAR) {
                type = new ColumnType(ScalarKind.UUID, null, null, null, null);
                exact = NativeTypes.rendered(engine, type).equals(canonical);
            }
            if (extra.contains("on update")) {
                if (type.isEnum() || type.kind() != ScalarKind.DATETIME) {
                    d.leftover(Leftover.Kind.TRIGGER, col, col, "ON UPDATE " + extra.substring(extra.indexOf("on update") + 10),
                            "not pulled: ON UPDATE on a column that is not a datetime");
                } else {
                    d.updatedColumns.add(col);
                }
            }
            // MariaDB 10.3 and MySQL 8.0.23 say INVISIBLE in EXTRA: SELECT * and an INSERT without a column list leave it out.
            if (extra.contains("invisible")) {
                d.leftover(Leftover.Kind.DIFFERENCE, col, col, "INVISIBLE", "an invisible column, which SELECT * and an INSERT "
                        + "without a column list leave out; a model has no such column, and generate makes it visible");
            }
            // JSON keeps its own binary collation on both sides; any other text column takes the table's.
            // A collation that is not the table's is the column's own, which a MODIFY COLUMN without one would drop.
            if (r.get(8) != null && (type.isEnum() || type.kind() != ScalarKind.JSON) && !r.get(8).equals(d.collation)) {
                d.ownCollations.put(col, r.get(8));
            }
            if (r.get(8) != null && (type.isEnum() || type.kind() != ScalarKind.JSON) && !r.get(8).equals(generatedCollation)) {
                if (r.get(8).equals(d.collation)) d.tableCollated.add(col);
                else Collations.column(d, col, r.get(8), generatedCollation);
            }
            d.columns.add(new TableDraft.ColumnDraft(col, type, nullable, value, auto, comment,
                    new LiveSchema.ColumnInfo(canonical, exact, auto ? LiveSchema.Generation.AUTO_INCREMENT : null)));
        }
        for (TableDraft d : drafts.values()) Collations.table(d, generatedCollation);
    }

    private String version;

    private String version(Queries q) {
        if (version == null) {
            try {
                version = q.value("the server version", "SELECT VERSION()");
            } catch (PullFailure e) {
                version = "";
            }
        }
        return version;
    }

    private String showCreate(String table) {
        try {
            var rows = q.rows("the definition of " + Leftover.quoted(table), "SHOW CREATE TABLE " + shown(table));
            return rows.isEmpty() ? null : rows.get(0).get(1);
        } catch (PullFailure e) {
            return null;
        }
    }

    private static String jsonCheck(Map<String, String> checks, String table, String column) {
        for (var e : checks.entrySet()) {
            if (!e.getKey().startsWith(table + "\0")) continue;
            String clause = e.getValue().replace(" ", "");
            if (clause.equals("json_valid(" + shown(column) + ")")) return e.getKey();
        }
        return null;
    }

    /**
     * The default as an SQL expression: MariaDB reports one; MySQL reports a literal's bare
     * value, and an expression only when EXTRA says DEFAULT_GENERATED.
     */
    private static String defaultText(String reported, String extra, ColumnType type, String canonical, boolean mariadb) {
        if (reported == null) return null;
        if (mariadb) return reported.equalsIgnoreCase("NULL") ? null : reported;
        // MySQL 8 reports a BIT default as the literal b'0', which is no text to quote.
        if (canonical.startsWith("bit") && reported.matches("b'[01]*'")) return reported;
        if (extra.contains("default_generated")) return reported.contains("\\") ? null : reported;
        if (!type.isEnum() && type.kind() == ScalarKind.DATETIME && reported.toUpperCase(Locale.ROOT).startsWith("CURRENT_TIMESTAMP")) {
            return reported;
        }
        return dev.schemac.render.sql.Sql.string(Dialect.MYSQL, reported);
    }

    private void foreignKey(TableDraft d, String name, List<List<String>> rows, List<String> rule, String schema) {
        var cols = rows.stream().map(x -> x.get(2)).toList();
        var refs = rows.stream().map(x -> x.get(5)).toList();
        String target = rows.isEmpty() ? null : rows.get(0).get(4);
        String def = "FOREIGN KEY (" + String.join(", ", cols) + ") REFERENCES " + target + " (" + String.join(", ", refs) + ")"
                + (rule == null ? "" : " ON DELETE " + rule.get(2) + " ON UPDATE " + rule.get(3));
        if (rows.isEmpty() || rule == null) return;
        if (!schema.equals(rows.get(0).get(3))) {
            d.leftover(Leftover.Kind.FOREIGN_KEY, null, name, def, "it references a table in database " + Leftover.quoted(rows.get(0).get(3)));
            return;
        }
        keys.add(new KeyRead(d.name, name, cols, target, refs));
        if (Actions.of(rule.get(2)) == null || Actions.of(rule.get(3)) == null) {
            d.leftover(Leftover.Kind.FOREIGN_KEY, null, name, def, "SET DEFAULT has no schemac action");
            return;
        }
        if (!d.supported(cols)) {
            d.leftover(Leftover.Kind.FOREIGN_KEY, null, name, def, "a column of it is not pulled");
            return;
        }
        d.foreignKeys.add(new ForeignKey(name, cols, target, refs, Actions.of(rule.get(2)), Actions.of(rule.get(3)), null, false));
    }

    private void indexes(String schema, Map<String, TableDraft> drafts) throws PullFailure {
        record Part(String column, String subPart, String type, String collation, boolean unique, String expression, boolean hidden) {
            /** The key part as CREATE INDEX writes it: {@code (lower(email))}, {@code name(50)}, {@code created_at DESC}. */
            String definition() {
                String part = column == null ? "(" + (expression == null ? "expression" : expression) + ")"
                        : column + (subPart == null ? "" : "(" + subPart + ")");
                return "D".equals(collation) ? part + " DESC" : part;
            }
        }
        // Columns of STATISTICS that only some servers have: MySQL 8's EXPRESSION (functional key parts) and IS_VISIBLE,
        // MariaDB 10.6's IGNORED. Either way a hidden index is one the optimizer does not use.
        var extra = new HashSet<String>();
        for (var r : q.rows("the index columns the server reports", "SELECT COLUMN_NAME FROM information_schema.COLUMNS "
                + "WHERE TABLE_SCHEMA = 'information_schema' AND TABLE_NAME = 'STATISTICS' "
                + "AND COLUMN_NAME IN ('EXPRESSION', 'IS_VISIBLE', 'IGNORED')")) {
            extra.add(r.get(0).toUpperCase(Locale.ROOT));
        }
        String expression = extra.contains("EXPRESSION") ? "EXPRESSION" : "NULL";
        String hidden = extra.contains("IS_VISIBLE") ? "IS_VISIBLE = 'NO'" : extra.contains("IGNORED") ? "IGNORED = 'YES'" : "0 = 1";
        String hiddenWord = extra.contains("IS_VISIBLE") ? "INVISIBLE" : "IGNORED";
        var byIndex = new LinkedHashMap<String, List<Part>>();
        for (var r : q.rows("the indexes", "SELECT TABLE_NAME, INDEX_NAME, NON_UNIQUE, COLUMN_NAME, SUB_PART, INDEX_TYPE, "
                + "COLLATION, " + expression + ", CASE WHEN " + hidden + " THEN 'Y' ELSE 'N' END "
                + "FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = ? ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX",
                schema)) {
            byIndex.computeIfAbsent(r.get(0) + "\0" + r.get(1), k -> new ArrayList<>())
                    .add(new Part(r.get(3), r.get(4), r.get(5), r.get(6), "0".equals(r.get(2)), r.get(7), "Y".equals(r.get(8))));
        }
        for (var e : byIndex.entrySet()) {
            String[] key = e.getKey().split("\0", 2);
            TableDraft d = drafts.get(key[0]);
            String name = key[1];
            if (d == null || name.equals("PRIMARY")) continue;
            var parts = e.getValue();
            var cols = parts.stream().map(Part::column).toList();
            boolean unique = parts.get(0).unique();
            boolean invisible = parts.get(0).hidden();
            String def = (unique ? "UNIQUE " : "") + "INDEX " + name + " (" + String.join(", ",
                    parts.stream().map(Part::definition).toList()) + ")" + (invisible ? " " + hiddenWord : "");
            String problem = null;
            // MySQL's INVISIBLE, MariaDB's IGNORED: generate's index is one the optimizer uses.
            if (invisible) problem = "it is " + hiddenWord + ", unused by the optimizer; generate makes an index it uses";
            else if (cols.contains(null)) problem = "it indexes an expression";
            else if (!"BTREE".equalsIgnoreCase(parts.get(0).type())) problem = "it is a " + parts.get(0).type() + " index";
            else if (parts.stream().anyMatch(p -> p.subPart() != null)) problem = "it indexes a prefix of a column";
            else if (parts.stream().anyMatch(p -> "D".equals(p.collation()))) problem = "a column is in descending order";
            else if (!d.supported(cols)) problem = "a column of it is not pulled";
            if (problem != null) {
                d.leftover(Leftover.Kind.INDEX, null, name, def, problem);
                continue;
            }
            if (unique) d.uniques.add(new UniqueConstraint(name, cols, UniqueConstraint.Reason.ENTITY));
            else d.indexes.add(new Index(name, cols, Index.Reason.ENTITY));
        }
    }

    private void triggers(String schema, Map<String, TableDraft> drafts) throws PullFailure {
        for (var r : q.rows("the triggers", "SELECT TRIGGER_NAME, EVENT_OBJECT_TABLE, ACTION_TIMING, EVENT_MANIPULATION, "
                + "ACTION_STATEMENT FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = ? ORDER BY TRIGGER_NAME", schema)) {
            TableDraft d = drafts.get(r.get(1));
            if (d == null) continue;
            d.leftover(Leftover.Kind.TRIGGER, null, r.get(0), r.get(2) + " " + r.get(3) + " " + r.get(4),
                    "not pulled: models have no triggers besides @updated (ON UPDATE CURRENT_TIMESTAMP)");
        }
    }

    /** Reads one column's DEFAULT clause out of SHOW CREATE TABLE. */
    static final class ShowCreate {
        private ShowCreate() {}

        static String defaultOf(String createTable, String column) {
            String quoted = shown(column);
            for (String line : createTable.split("\n")) {
                String l = line.strip();
                if (!l.startsWith(quoted + " ")) continue;
                var tokens = SqlLexer.code(l.substring(quoted.length()), true);
                for (int i = 0; i < tokens.size(); i++) {
                    if (!tokens.get(i).is("DEFAULT")) continue;
                    int start = tokens.get(i).end();
                    int depth = 0;
                    int end = i + 1;
                    for (; end < tokens.size(); end++) {
                        var t = tokens.get(end);
                        if (t.is("(")) depth++;
                        if (t.is(")")) depth--;
                        if (depth == 0 && end > i + 1 && t.kind() == SqlLexer.Kind.WORD && !t.text().startsWith("_")) break;
                        if (depth == 0 && t.is(",")) break;
                    }
                    String rest = l.substring(quoted.length());
                    int stop = end < tokens.size() ? tokens.get(end).start() : rest.length();
                    String expr = rest.substring(start, stop).strip();
                    return expr.endsWith(",") ? expr.substring(0, expr.length() - 1).strip() : expr;
                }
            }
            return null;
        }
    }

    /** A name as the server spells it in what it shows (SHOW CREATE, view bodies): always between backticks, doubled inside. */
    private static String shown(String name) {
        return "`" + name.replace("`", "``") + "`";
    }
}
