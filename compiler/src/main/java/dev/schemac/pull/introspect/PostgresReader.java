package dev.schemac.pull.introspect;

import dev.schemac.catalog.Catalog;
import dev.schemac.catalog.View;
import dev.schemac.render.sql.GeneratedColumnHolds;
import dev.schemac.render.sql.Sql;
import dev.schemac.catalog.Check;
import dev.schemac.catalog.ColumnDefault;
import dev.schemac.catalog.ColumnType;
import dev.schemac.catalog.EnumDef;
import dev.schemac.catalog.ForeignKey;
import dev.schemac.catalog.Index;
import dev.schemac.catalog.PrimaryKey;
import dev.schemac.catalog.Table;
import dev.schemac.catalog.RowFilter;
import dev.schemac.catalog.UniqueConstraint;
import dev.schemac.model.Dialect;
import dev.schemac.model.ScalarKind;
import dev.schemac.pull.DbEngine;
import dev.schemac.pull.Leftover;
import dev.schemac.pull.LiveSchema;
import dev.schemac.pull.PullFailure;
import dev.schemac.pull.PullMessages;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * PostgreSQL: pg_catalog, read with one query per kind of object for the whole schema (so a
 * schema of thousands of tables costs a handful of round trips).
 */
final class PostgresReader {
    private final Queries q;
    private final String schemaOption;
    /** Enum types not read as enums: type name → why (a label no model can hold). */
    private final Map<String, String> refusedEnums = new HashMap<>();

    /** The foreign keys added NOT VALID, whose rows from before PostgreSQL never checked ({@link #brokenKeys}). */
    private final List<LiveSchema.BrokenKey> notValidKeys = new ArrayList<>();
    /** Whether the pulled schema is the connection's own, which a query reaches without naming it. */
    private boolean ownSchema;

    PostgresReader(Queries q, String schema) {
        this.q = q;
        this.schemaOption = schema;
    }

    private record Attr(String table, String name) {}

    /**
     * PostgreSQL spells a type, a cast or a sequence with its schema wherever the session's search_path does not
     * reach it ({@code format_type}, {@code pg_get_expr}, {@code pg_get_viewdef}): the enum default of a table in
     * schema {@code sales} reads {@code 'new'::sales.status}, a {@code citext} column that the extension put in
     * schema {@code extensions} reads {@code extensions.citext}. Everything is read relative to the pulled schema
     * first, then the schemas extensions were installed in, as a session whose search_path is the application's
     * sees it, so a name is spelled as the model and the migrations (which name no schema) spell it. The setting
     * is the session's own and ends with the connection, which pull opened for itself.
     */
    private void nameRelativeTo(String schema) throws PullFailure {
        q.value("the search path", "SELECT set_config('search_path', string_agg(quote_ident(s.nspname), ', ' ORDER BY s.o, s.nspname), "
                + "false) FROM (SELECT ?::text AS nspname, 0 AS o UNION SELECT n.nspname, 1 FROM pg_extension e "
                + "JOIN pg_namespace n ON n.oid = e.extnamespace WHERE n.nspname NOT IN (?, 'pg_catalog')) s", schema, schema);
    }

    /**
     * The first schema a search_path names, as PostgreSQL reads the list ({@code "$user"} counts only when it is the only
     * one): a quoted name as written, its doubled quotes one and its commas part of it; an unquoted one with its ASCII
     * letters lower-cased ({@code ?currentSchema=Sales} looks for {@code sales}).
     */
    static String firstOnPath(String path) {
        if (path == null || path.isBlank()) return "public";
        var names = new ArrayList<String>();
        int i = 0;
        while (i < path.length()) {
            while (i < path.length() && (Character.isWhitespace(path.charAt(i)) || path.charAt(i) == ',')) i++;
            if (i >= path.length()) break;
            var n = new StringBuilder();
            if (path.charAt(i) == '"') {
                for (i++; i < path.length(); i++) {
                    char c = path.charAt(i);
                    if (c != '"') n.append(c);
                    else if (i + 1 < path.length() && path.charAt(i + 1) == '"') n.append(path.charAt(++i));
                    else { i++; break; }
                }
            } else {
                for (; i < path.length() && path.charAt(i) != ',' && !Character.isWhitespace(path.charAt(i)); i++) {
                    char c = path.charAt(i);
                    n.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
                }
            }
            // What follows a name up to the next comma (only blanks, in a path PostgreSQL took) is not part of it.
            while (i < path.length() && path.charAt(i) != ',') i++;
            if (!n.isEmpty()) names.add(n.toString());
        }
        return names.stream().filter(n -> !n.equals("$user")).findFirst().orElse(names.isEmpty() ? "public" : names.get(0));
    }

    LiveSchema read(String database) throws PullFailure {
        String version = q.value("the server version", "SHOW server_version");
        String schema = schemaOption != null ? schemaOption : q.value("the current schema", "SELECT current_schema()");
        // No schema of the session's search_path exists (a URL's ?currentSchema=sales where there is no sales): the
        // schema the application would use is the first one the path names, which the check below refuses.
        if (schema == null) schema = firstOnPath(q.value("the search path", "SELECT current_setting('search_path')"));
        String ns = q.value("the schema", "SELECT oid::text FROM pg_namespace WHERE nspname = ?", schema);
        if (ns == null) {
            var known = q.rows("the schemas", "SELECT nspname FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_%' "
                    + "AND nspname <> 'information_schema' ORDER BY nspname").stream().map(r -> r.get(0)).toList();
            throw new PullFailure(PullMessages.unknownSchema("schema", schema, known));
        }
        long nsOid = Long.parseLong(ns);
        ownSchema = schema.equals(schemaOption == null ? schema : q.value("the current schema", "SELECT current_schema()"));
        nameRelativeTo(schema);
        var leftovers = new ArrayList<Leftover>();
        var drafts = new TreeMap<String, TableDraft>();
        var tableNames = new HashMap<String, String>(); // oid -> name
        var owned = new HashSet<String>();
        for (var r : q.rows("owned sequences", "SELECT s.relname FROM pg_class s JOIN pg_depend d ON d.objid = s.oid "
                + "AND d.classid = 'pg_class'::regclass AND d.deptype IN ('a', 'i') WHERE s.relkind = 'S' AND s.relnamespace = ?", nsOid)) {
            owned.add(r.get(0));
        }
        for (var r : q.rows("the tables", "SELECT c.oid::text, c.relname, c.relkind, obj_description(c.oid, 'pg_class'), "
                + "c.relispartition, (SELECT p.relname FROM pg_inherits i JOIN pg_class p ON p.oid = i.inhparent "
                + "WHERE i.inhrelid = c.oid LIMIT 1), c.relpersistence, c.relhassubclass FROM pg_class c WHERE c.relnamespace = ? "
                + "AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S') ORDER BY c.relname", nsOid)) {
            String kind = r.get(2);
            String name = r.get(1);
            switch (kind) {
                case "r", "p" -> {
                    if ("t".equals(r.get(4))) {
                        leftovers.add(new Leftover(Leftover.Kind.OBJECT, null, null, name, "PARTITION OF " + r.get(5),
                                "a partition; its parent " + Leftover.quoted(r.get(5)) + " is pulled, partitioning is not"));
                        continue;
                    }
                    var d = new TableDraft(name);
                    d.comment = r.get(3);
                    drafts.put(name, d);
                    tableNames.put(r.get(0), name);
                    if (kind.equals("p")) d.leftover(Leftover.Kind.DIFFERENCE, null, name, null,
                            "it is partitioned; generate makes a plain table");
                    // What PostgreSQL keeps of a table beside its columns and constraints: none of it is a model's, and
                    // each changes which rows the table holds or reads, so it is said rather than dropped in silence.
                    if ("u".equals(r.get(6))) d.leftover(Leftover.Kind.DIFFERENCE, null, name, "UNLOGGED",
                            "an unlogged table, which PostgreSQL empties after a crash; generate makes a logged table");
                    if (r.get(5) != null) d.leftover(Leftover.Kind.DIFFERENCE, null, name, "INHERITS (" + r.get(5) + ")",
                            "it inherits the columns of " + Leftover.quoted(r.get(5)) + "; generate makes a table of its own, which inherits none");
                    if (kind.equals("r") && "t".equals(r.get(7))) d.leftover(Leftover.Kind.DIFFERENCE, null, name, null,
                            "other tables inherit from it, and a query of it reads their rows too; generate makes a table none inherits, "
                            + "and a migration's DROP COLUMN, RENAME COLUMN or ALTER COLUMN ... TYPE on it also changes each table "
                            + "that inherits it, which the history does not know");
                }
                case "v" -> leftovers.add(new Leftover(Leftover.Kind.OBJECT, null, null, name, "VIEW", "a view; models hold tables only"));
                case "m" -> leftovers.add(new Leftover(Leftover.Kind.OBJECT, null, null, name, "MATERIALIZED VIEW",
                        "a materialized view; models hold tables only"));
                case "f" -> leftovers.add(new Leftover(Leftover.Kind.OBJECT, null, null, name, "FOREIGN TABLE",
                        "a foreign table; models hold tables only"));
                case "S" -> {
                    if (!owned.contains(name)) {
                        leftovers.add(new Leftover(Leftover.Kind.OBJECT, null, null, name, "SEQUENCE",
                                "a sequence no column owns; models have none"));
                    }
                }
                default -> { }
            }
        }
        var enums = enums(nsOid, schema, leftovers);
        var enumValues = new HashMap<String, List<String>>();
        for (EnumDef e : enums) enumValues.put(e.typeName(), e.values());
        var attnames = columns(nsOid, tableNames, drafts, enumValues);
        constraints(nsOid, tableNames, drafts, attnames, schema);
        indexes(nsOid, tableNames, drafts, attnames);
        var triggerFunctions = triggers(nsOid, tableNames, drafts);
        routines(nsOid, triggerFunctions, leftovers);
        for (var r : q.rows("the domains and composite types", "SELECT t.typname, t.typtype FROM pg_type t WHERE t.typnamespace = ? "
                + "AND (t.typtype = 'd' OR (t.typtype = 'c' AND EXISTS (SELECT 1 FROM pg_class c WHERE c.oid = t.typrelid "
                + "AND c.relkind = 'c'))) ORDER BY t.typname", nsOid)) {
            leftovers.add(new Leftover(Leftover.Kind.OBJECT, null, null, r.get(0), r.get(1).equals("d") ? "DOMAIN" : "TYPE",
                    r.get(1).equals("d") ? "a domain; models have none" : "a composite type; models have none"));
        }
        var tables = new ArrayList<Table>();
        var infos = new TreeMap<String, LiveSchema.TableInfo>();
        for (TableDraft d : drafts.values()) {
            tables.add(d.table());
            infos.put(d.name, d.info());
        }
        // A view's definition as PostgreSQL keeps it (its columns spelled out), for a migration history to carry (View).
        var views = new ArrayList<View>();
        // What each view reads, as PostgreSQL resolved it (its rule's dependencies): each table or view, with the
        // columns it reads of it; an empty name is the relation as a whole. One of another schema is schema.table,
        // so that it is not taken for the adopted table of its name.
        var reads = new java.util.HashMap<String, java.util.Map<String, List<String>>>();
        for (var r : q.rows("what the views read", "SELECT v.relname, CASE WHEN t.relnamespace = v.relnamespace THEN t.relname "
                + "ELSE n.nspname || '.' || t.relname END, coalesce(a.attname, '') FROM pg_depend d "
                + "JOIN pg_rewrite w ON w.oid = d.objid JOIN pg_class v ON v.oid = w.ev_class JOIN pg_class t ON t.oid = d.refobjid "
                + "JOIN pg_namespace n ON n.oid = t.relnamespace "
                + "LEFT JOIN pg_attribute a ON d.refobjsubid > 0 AND a.attrelid = t.oid AND a.attnum = d.refobjsubid "
                + "WHERE d.classid = 'pg_rewrite'::regclass AND d.refclassid = 'pg_class'::regclass AND v.relnamespace = ? "
                + "AND v.relkind = 'v' AND t.oid <> v.oid ORDER BY 1, 2, 3", nsOid)) {
            var columns = reads.computeIfAbsent(r.get(0), k -> new java.util.TreeMap<>()).computeIfAbsent(r.get(1), k -> new ArrayList<>());
            if (!r.get(2).isEmpty()) columns.add(r.get(2));
        }
        // The functions it calls that are not PostgreSQL's own (whose dependencies are not recorded), as `name()`.
        for (var r : q.rows("the functions the views call", "SELECT DISTINCT v.relname, p.proname FROM pg_depend d "
                + "JOIN pg_rewrite w ON w.oid = d.objid JOIN pg_class v ON v.oid = w.ev_class JOIN pg_proc p ON p.oid = d.refobjid "
                + "WHERE d.classid = 'pg_rewrite'::regclass AND d.refclassid = 'pg_proc'::regclass AND v.relnamespace = ? "
                + "AND v.relkind = 'v' ORDER BY 1, 2", nsOid)) {
            reads.computeIfAbsent(r.get(0), k -> new java.util.TreeMap<>()).putIfAbsent(r.get(1) + "()", new ArrayList<>());
        }
        // Its options (security_barrier, check_option) are not in the definition: they go back in its WITH.
        for (var r : q.rows("the views", "SELECT c.relname, pg_get_viewdef(c.oid, true), array_to_string(c.reloptions, ', ') "
                + "FROM pg_class c WHERE c.relnamespace = ? AND c.relkind = 'v' ORDER BY c.relname", nsOid)) {
            String options = r.get(2) == null || r.get(2).isEmpty() ? "" : " WITH (" + r.get(2) + ")";
            if (r.get(1) != null) views.add(new View(Dialect.POSTGRES, r.get(0), "CREATE VIEW " + Sql.id(Dialect.POSTGRES, r.get(0))
                    + options + " AS\n" + r.get(1), reads.getOrDefault(r.get(0), java.util.Map.of())));
        }
        var source = new LiveSchema.Source(DbEngine.POSTGRES, version, database, schema, true);
        return new LiveSchema(source, Catalog.of(tables, enums, views), infos, leftovers, brokenKeys());
    }

    private List<EnumDef> enums(long ns, String schema, List<Leftover> leftovers) throws PullFailure {
        var values = new LinkedHashMap<String, List<String>>();
        var docs = new HashMap<String, String>();
        for (var r : q.rows("the enum types", "SELECT t.typname, e.enumlabel, obj_description(t.oid, 'pg_type') FROM pg_type t "
                + "LEFT JOIN pg_enum e ON e.enumtypid = t.oid WHERE t.typnamespace = ? AND t.typtype = 'e' "
                + "ORDER BY t.typname, e.enumsortorder", ns)) {
            var list = values.computeIfAbsent(r.get(0), k -> new ArrayList<>());
            if (r.get(1) != null) list.add(r.get(1));
            if (r.get(2) != null) docs.put(r.get(0), r.get(2));
        }
        var out = new ArrayList<EnumDef>();
        values.forEach((name, vs) -> {
            if (vs.isEmpty()) {
                leftovers.add(new Leftover(Leftover.Kind.OBJECT, null, null, name, "CREATE TYPE " + name + " AS ENUM ()",
                        "an enum type without values; an enum of a model has at least one"));
            } else if (EnumLabels.problem(vs) != null) {
                String why = "its " + EnumLabels.problem(vs);
                refusedEnums.put(name, why);
                leftovers.add(new Leftover(Leftover.Kind.OBJECT, null, null, name, "CREATE TYPE " + name + " AS ENUM ("
                        + vs.stream().map(v -> dev.schemac.render.sql.Sql.string(Dialect.POSTGRES, v)).collect(java.util.stream.Collectors.joining(", "))
                        + ")", why));
            } else {
                out.add(new EnumDef(name, name, docs.get(name), vs));
            }
        });
        return out;
    }

    /** Reads every column; returns attnum → name per table oid. */
    private Map<String, Map<Integer, String>> columns(long ns, Map<String, String> tableNames, Map<String, TableDraft> drafts,
                                                      Map<String, List<String>> enumValues) throws PullFailure {
        var attnames = new HashMap<String, Map<Integer, String>>();
        for (var r : q.rows("the columns", "SELECT a.attrelid::text, a.attnum, a.attname, format_type(a.atttypid, a.atttypmod), "
                + "a.attnotnull, pg_get_expr(d.adbin, d.adrelid), a.attidentity, a.attgenerated, col_description(a.attrelid, a.attnum), "
                + "t.typtype, t.typname, t.typnamespace = c.relnamespace, t.typcategory, "
                + "(SELECT co.collname FROM pg_collation co WHERE co.oid = a.attcollation "
                + "AND a.attcollation <> t.typcollation), "
                // The start and step of the sequence an identity or serial column owns: generate's start at 1, step 1.
                + "(SELECT s.seqstart || ' ' || s.seqincrement FROM pg_depend dep JOIN pg_sequence s ON s.seqrelid = dep.objid "
                + "WHERE dep.classid = 'pg_class'::regclass AND dep.refclassid = 'pg_class'::regclass "
                + "AND dep.refobjid = a.attrelid AND dep.refobjsubid = a.attnum AND dep.deptype IN ('a', 'i') LIMIT 1), "
                // What a generated column holds besides its definition: dropping the column takes it.
                + "CASE WHEN a.attgenerated <> '' THEN " + GeneratedColumnHolds.sql("a.attrelid", "a.attnum", "E'\\n'") + " END "
                + "FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_type t ON t.oid = a.atttypid "
                + "LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum "
                + "WHERE c.relnamespace = ? AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped "
                + "ORDER BY a.attrelid, a.attnum", ns)) {
            String table = tableNames.get(r.get(0));
            if (table == null) continue;
            TableDraft d = drafts.get(table);
            String col = r.get(2);
            attnames.computeIfAbsent(r.get(0), k -> new HashMap<>()).put(Integer.parseInt(r.get(1)), col);
            boolean nullable = !"t".equals(r.get(4));
            String def = r.get(5);
            String identity = r.get(6);
            String comment = r.get(8);
            String typtype = r.get(9);
            String formatted = r.get(3);
            if (r.get(7) != null && !r.get(7).isEmpty()) {
                d.columns.add(new TableDraft.ColumnDraft(col, null, nullable, null, false, comment,
                        new LiveSchema.ColumnInfo(formatted, false, null)));
                List<String> held = r.get(15) == null ? List.of() : List.of(r.get(15).split("\n"));
                d.leftover(Leftover.Kind.COLUMN, col, col, formatted + " GENERATED ALWAYS AS (" + def + ") "
                        // PostgreSQL 18 computes a generated column on read ('v') unless it is stored ('s').
                        + ("v".equals(r.get(7)) ? "VIRTUAL" : "STORED"),
                        Leftover.COMPUTED_POSTGRES, new Leftover.Shape.Generated(held));
                continue;
            }
            ColumnType type;
            String canonical;
            boolean exact;
            List<String> values = null;
            if ("e".equals(typtype) && "t".equals(r.get(11)) && enumValues.containsKey(r.get(10))) {
                type = ColumnType.ofEnum(r.get(10));
                canonical = r.get(10);
                exact = true;
                values = enumValues.get(r.get(10));
            } else {
                canonical = NativeTypes.canonicalPostgres(formatted);
                var mapped = "A".equals(r.get(12)) || "d".equals(typtype) || "e".equals(typtype) ? null
                        : NativeTypes.map(DbEngine.POSTGRES, canonical);
                if (mapped == null) {
                    d.columns.add(new TableDraft.ColumnDraft(col, null, nullable, null, false, comment,
                            new LiveSchema.ColumnInfo(canonical, false, null)));
                    String why = "A".equals(r.get(12)) ? "arrays are lists of scalars, which a column of a model cannot hold"
                            : "d".equals(typtype) ? Leftover.quoted(formatted) + " is a domain"
                            : "e".equals(typtype) ? Leftover.quoted(formatted) + " is an enum type " + (!"t".equals(r.get(11))
                                    ? "of another schema" : refusedEnums.containsKey(r.get(10)) ? "a model cannot hold: "
                                    + refusedEnums.get(r.get(10)) : "without values")
                            : "no schemac type for " + Leftover.quoted(formatted);
                    d.leftover(Leftover.Kind.COLUMN, col, col, formatted + (nullable ? "" : " NOT NULL")
                            + (def == null ? "" : " DEFAULT " + def), why);
                    continue;
                }
                type = mapped.type();
                exact = mapped.exact();
            }
            LiveSchema.Generation generated = null;
            boolean auto = false;
            ColumnDefault value = null;
            if (identity != null && !identity.isEmpty()) {
                generated = identity.equals("a") ? LiveSchema.Generation.IDENTITY_ALWAYS : LiveSchema.Generation.IDENTITY_BY_DEFAULT;
                auto = true;
                // Both notes are about the identity generate makes, so the lift keeps them only where the column stays @auto.
                if (identity.equals("a")) d.leftover(Leftover.Kind.DIFFERENCE, col, col, generated.words(),
                        "generate makes it GENERATED BY DEFAULT AS IDENTITY", new Leftover.Shape.Generates(generated, null, null));
                sequenceSteps(d, col, r.get(14), "its identity", generated);
            } else {
                var parsed = Expressions.defaultOf(def, type, values, Dialect.POSTGRES, false);
                if (parsed instanceof Expressions.Default.Sequence && r.get(14) == null) {
                    // nextval of a sequence the column does not own (one several tables share, a ticket number): not the
                    // column's own counter, which is all @auto can say.
                    d.leftover(Leftover.Kind.DEFAULT, col, col, def, "it takes numbers from a sequence the column does not own "
                            + "(shared, or not OWNED BY it); a model's @auto is a counter of the column's own");
                } else if (parsed instanceof Expressions.Default.Sequence) {
                    generated = LiveSchema.Generation.SERIAL;
                    auto = true;
                    sequenceSteps(d, col, r.get(14), "its sequence", generated);
                } else if (parsed instanceof Expressions.Default.Value v) {
                    value = v.value();
                } else if (parsed instanceof Expressions.Default.Unsupported u) {
                    d.leftover(Leftover.Kind.DEFAULT, col, col, def, u.reason());
                }
            }
            if (r.get(13) != null) {
                d.ownCollations.put(col, r.get(13));
                Collations.column(d, col, r.get(13), "the database's default");
            }
            d.columns.add(new TableDraft.ColumnDraft(col, type, nullable, value, auto, comment,
                    new LiveSchema.ColumnInfo(canonical, exact, generated)));
        }
        return attnames;
    }

    /**
     * A column's own sequence that does not start at 1 and step by 1 ({@code START WITH 100 INCREMENT BY 10}):
     * generate's identity does, so the ids the rebuilt database assigns differ. {@code steps} is
     * {@code "start increment"}, null when no sequence was found.
     */
    private static void sequenceSteps(TableDraft d, String col, String steps, String whose, LiveSchema.Generation how) {
        if (steps == null) return;
        String[] p = steps.split(" ");
        if (p[0].equals("1") && p[1].equals("1")) return;
        d.leftover(Leftover.Kind.DIFFERENCE, col, col, "START WITH " + p[0] + " INCREMENT BY " + p[1], whose + " starts at " + p[0]
                + " and steps by " + p[1] + "; generate's identity starts at 1 and steps by 1",
                new Leftover.Shape.Generates(how, Long.valueOf(p[0]), Long.valueOf(p[1])));
    }

    private static List<String> attributes(String keyText, Map<Integer, String> names) {
        if (keyText == null) return null;
        String s = keyText.replace("{", "").replace("}", "").strip();
        var out = new ArrayList<String>();
        if (s.isEmpty()) return out;
        for (String part : s.split("[ ,]+")) {
            int n = Integer.parseInt(part);
            if (n == 0) return null; // an expression
            String name = names == null ? null : names.get(n);
            if (name == null) return null;
            out.add(name);
        }
        return out;
    }

    private void constraints(long ns, Map<String, String> tableNames, Map<String, TableDraft> drafts,
                             Map<String, Map<Integer, String>> attnames, String schema) throws PullFailure {
        for (var r : q.rows("the constraints", "SELECT con.conrelid::text, con.conname, con.contype, con.conkey::text, "
                + "con.confrelid::text, cf.relname, cfn.nspname, con.confkey::text, con.confdeltype, con.confupdtype, "
                + "pg_get_constraintdef(con.oid), con.condeferrable, con.confmatchtype, con.convalidated, con.connoinherit "
                + "FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid "
                + "LEFT JOIN pg_class cf ON cf.oid = con.confrelid LEFT JOIN pg_namespace cfn ON cfn.oid = cf.relnamespace "
                + "WHERE c.relnamespace = ? AND con.contype IN ('p', 'u', 'f', 'c', 'x') ORDER BY c.relname, con.conname", ns)) {
            String table = tableNames.get(r.get(0));
            if (table == null) continue;
            TableDraft d = drafts.get(table);
            String name = r.get(1);
            String def = r.get(10);
            var cols = attributes(r.get(3), attnames.get(r.get(0)));
            switch (r.get(2)) {
                case "p" -> {
                    if (cols == null || !d.supported(cols)) {
                        d.leftover(Leftover.Kind.TABLE, null, table, def, "the primary key includes a column schemac cannot type");
                    } else {
                        d.primaryKey = new PrimaryKey(name, cols);
                        deferrable(d, "primary key", name, def, r.get(11));
                    }
                }
                case "u" -> {
                    if (cols == null || !d.supported(cols) || def.contains(" INCLUDE ") || def.contains("NULLS NOT DISTINCT")) {
                        d.leftover(Leftover.Kind.INDEX, null, name, def, cols == null || !d.supported(cols)
                                ? "a column of it is not pulled" : "the language has no INCLUDE or NULLS NOT DISTINCT");
                    } else {
                        d.uniques.add(new UniqueConstraint(name, cols, UniqueConstraint.Reason.ENTITY));
                        deferrable(d, "unique constraint", name, def, r.get(11));
                    }
                }
                case "f" -> {
                    var refs = attributes(r.get(7), null);
                    String target = r.get(5);
                    if (!schema.equals(r.get(6))) {
                        d.leftover(Leftover.Kind.FOREIGN_KEY, null, name, def, "it references a table in schema " + Leftover.quoted(r.get(6)));
                        continue;
                    }
                    refs = referencedColumns(r.get(7), r.get(4), attnames);
                    var onDelete = Actions.of(r.get(8));
                    var onUpdate = Actions.of(r.get(9));
                    if (cols == null || refs == null || !d.supported(cols)) {
                        d.leftover(Leftover.Kind.FOREIGN_KEY, null, name, def, "a column of it is not pulled");
                    } else if (onDelete == null || onUpdate == null) {
                        d.leftover(Leftover.Kind.FOREIGN_KEY, null, name, def, "SET DEFAULT has no schemac action");
                    } else {
                        d.foreignKeys.add(new ForeignKey(name, cols, target, refs, onDelete, onUpdate, null, false));
                        deferrable(d, "foreign key", name, def, r.get(11));
                        if ("f".equals(r.get(12))) d.leftover(Leftover.Kind.DIFFERENCE, null, name, def,
                                "foreign key " + Leftover.quoted(name) + " is MATCH FULL; generate makes it MATCH SIMPLE");
                        notValidated(d, "foreign key", name, def, r.get(13));
                    }
                    if ("f".equals(r.get(13)) && cols != null && refs != null) {
                        notValidKeys.add(LiveSchema.BrokenKey.server(DbEngine.POSTGRES, ownSchema ? null : schema, table, name,
                                cols, target, refs, "f".equals(r.get(12)), parentCollations(r.get(4), r.get(7))));
                    }
                }
                case "c" -> {
                    String clause = def.replaceFirst("^CHECK ", "").replaceFirst(" NOT VALID$", "").replaceFirst(" NO INHERIT$", "");
                    var terms = Expressions.terms(clause, d.types(), false);
                    if (terms == null) {
                        d.leftover(Leftover.Kind.CHECK, null, name, def, Collations.uncheckable(clause, false));
                    } else {
                        d.checks.add(new Check(name, terms));
                        notValidated(d, "check", name, def, r.get(13));
                        if ("t".equals(r.get(14))) d.leftover(Leftover.Kind.DIFFERENCE, null, name, def, "check " + Leftover.quoted(name)
                                + " is NO INHERIT: a table that inherits this one does not get it; generate makes one such a table inherits");
                    }
                }
                default -> d.leftover(Leftover.Kind.CHECK, null, name, def, "an exclusion constraint; models have none");
            }
        }
    }

    /**
     * A key checked at commit (or deferrable to it): generate makes every key immediate, so an update
     * that passes through a duplicate within a transaction (renumbering positions) would fail there.
     */
    /**
     * A check or foreign key added NOT VALID holds for the rows written since, not for those before it, which PostgreSQL
     * never read: the model's constraint, and the one generate makes, holds for every row.
     */
    private static void notValidated(TableDraft d, String what, String name, String def, String validated) {
        if ("f".equals(validated)) d.leftover(Leftover.Kind.DIFFERENCE, null, name, def, what + " " + Leftover.quoted(name)
                + " is NOT VALID: the rows from before it was added are not checked; generate makes one every row meets");
    }

    /**
     * The keys added NOT VALID that rows from before break: PostgreSQL checks them when the key is validated or added
     * again, as an adopted history's migration that changes the key does. Only those keys: a valid key holds for every row.
     */
    private List<LiveSchema.BrokenKey> brokenKeys() throws PullFailure {
        var out = new ArrayList<LiveSchema.BrokenKey>();
        for (var k : notValidKeys) {
            var n = q.count(k.query("count(*)"));
            if (n.failure() != null) out.add(k.uncountedBecause(n.failure()));
            else if (n.n() > 0) out.add(k.withRows(n.n()));
        }
        return out;
    }

    /**
     * Per column of a foreign key, the parent column's collation as PostgreSQL's own check of the key writes it into the
     * comparison ({@code COLLATE "pg_catalog"."C"}), so a count compares as the engine does, and can compare at all where the
     * two columns' collations differ; empty for a column without one (a number).
     */
    private List<String> parentCollations(String parentOid, String keyText) throws PullFailure {
        var out = new ArrayList<String>();
        for (String attnum : keyText.replaceAll("[{}]", "").split(",")) {
            String c = q.value("the collation of a referenced column", "SELECT coalesce((SELECT 'COLLATE ' || quote_ident(n.nspname) "
                    + "|| '.' || quote_ident(co.collname) FROM pg_attribute a JOIN pg_collation co ON co.oid = a.attcollation "
                    + "JOIN pg_namespace n ON n.oid = co.collnamespace WHERE a.attrelid = ?::oid AND a.attnum = ?::int2), '')",
                    parentOid, attnum.strip());
            out.add(c == null ? "" : c);
        }
        return out;
    }

    private static void deferrable(TableDraft d, String what, String name, String def, String condeferrable) {
        if ("t".equals(condeferrable)) {
            d.leftover(Leftover.Kind.DIFFERENCE, null, name, def, what + " " + Leftover.quoted(name) + " is DEFERRABLE; generate makes it immediate");
        }
    }

    private static List<String> referencedColumns(String keyText, String targetOid, Map<String, Map<Integer, String>> attnames) {
        return attributes(keyText, attnames.get(targetOid));
    }

    private void indexes(long ns, Map<String, String> tableNames, Map<String, TableDraft> drafts,
                         Map<String, Map<Integer, String>> attnames) throws PullFailure {
        for (var r : q.rows("the indexes", "SELECT i.indrelid::text, ic.relname, i.indisunique, i.indkey::text, "
                + "pg_get_expr(i.indpred, i.indrelid), am.amname, pg_get_indexdef(i.indexrelid), i.indoption::text, "
                + "i.indnkeyatts, i.indnatts, "
                // An operator class other than the column type's default (varchar_pattern_ops serves LIKE 'x%').
                + "(SELECT string_agg(oc.opcname, ', ') FROM unnest(i.indclass) AS u(oid) JOIN pg_opclass oc ON oc.oid = u.oid "
                + "WHERE NOT oc.opcdefault), "
                // A collation other than the column's (indcollation and indkey count from 0 and 1).
                + "(SELECT string_agg(co.collname, ', ') FROM unnest(i.indcollation) WITH ORDINALITY AS u(coll, n) "
                + "JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[u.n - 1] "
                + "JOIN pg_collation co ON co.oid = u.coll WHERE u.coll <> 0 AND u.coll <> a.attcollation) "
                + "FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid "
                + "JOIN pg_am am ON am.oid = ic.relam JOIN pg_class c ON c.oid = i.indrelid WHERE c.relnamespace = ? "
                + "AND NOT EXISTS (SELECT 1 FROM pg_constraint x WHERE x.conindid = i.indexrelid AND x.contype IN ('p', 'u', 'x')) "
                + "ORDER BY ic.relname", ns)) {
            String table = tableNames.get(r.get(0));
            if (table == null) continue;
            TableDraft d = drafts.get(table);
            String name = r.get(1);
            String def = r.get(6);
            var cols = attributes(r.get(3).replace(' ', ','), attnames.get(r.get(0)));
            String problem = null;
            RowFilter live = r.get(4) == null ? null : LiveRows.of(r.get(4));
            if (r.get(4) != null && (live == null || !"t".equals(r.get(2)))) problem = "it is a partial index (WHERE " + r.get(4) + ")";
            else if (cols == null) problem = "it indexes an expression";
            else if (!r.get(5).equals("btree")) problem = "it is a " + r.get(5) + " index";
            else if (!r.get(8).equals(r.get(9))) problem = "it INCLUDEs other columns";
            else if (!r.get(7).replaceAll("[0 ]", "").isEmpty()) problem = "a column is in descending or NULLS FIRST order";
            else if (r.get(10) != null) problem = "it compares with the operator class " + r.get(10)
                    + ", not the column type's default";
            else if (r.get(11) != null) problem = "it compares under the collation " + r.get(11) + ", not the column's";
            else if (!d.supported(cols)) problem = "a column of it is not pulled";
            if (problem != null) {
                d.leftover(Leftover.Kind.INDEX, null, name, def, problem);
                continue;
            }
            if ("t".equals(r.get(2)) && live != null) {
                // A unique over live rows is an index in schemac's DDL too: nothing changes when it is generated.
                d.filteredUnique(new UniqueConstraint(name, cols, UniqueConstraint.Reason.ENTITY, live), def,
                        "it is a partial index (WHERE " + r.get(4) + ")", null);
            } else if ("t".equals(r.get(2))) {
                d.uniques.add(new UniqueConstraint(name, cols, UniqueConstraint.Reason.ENTITY));
                d.uniqueIndexes.add(name);
            } else {
                d.indexes.add(new Index(name, cols, Index.Reason.ENTITY));
            }
        }
    }

    /** Reads triggers; returns the functions that recognised @updated triggers call. */
    private Set<String> triggers(long ns, Map<String, String> tableNames, Map<String, TableDraft> drafts) throws PullFailure {
        var used = new HashSet<String>();
        var other = new HashSet<String>();
        for (var r : q.rows("the triggers", "SELECT tg.tgrelid::text, tg.tgname, tg.tgtype, p.proname, p.prosrc, "
                + "pg_get_triggerdef(tg.oid), l.lanname FROM pg_trigger tg JOIN pg_class c ON c.oid = tg.tgrelid "
                + "JOIN pg_proc p ON p.oid = tg.tgfoid JOIN pg_language l ON l.oid = p.prolang "
                + "WHERE c.relnamespace = ? AND NOT tg.tgisinternal ORDER BY c.relname, tg.tgname", ns)) {
            String table = tableNames.get(r.get(0));
            if (table == null) continue;
            TableDraft d = drafts.get(table);
            int type = Integer.parseInt(r.get(2));
            // tgtype bits: 1 row, 2 before, 4 insert, 8 delete, 16 update, 32 truncate.
            boolean beforeUpdateRow = (type & 1) != 0 && (type & 2) != 0 && (type & (4 | 8 | 32)) == 0 && (type & 16) != 0;
            var cols = beforeUpdateRow && "plpgsql".equals(r.get(6)) ? UpdatedTriggers.postgres(r.get(4)) : null;
            if (cols != null && cols.stream().allMatch(c -> d.column(c) != null && d.column(c).type() != null
                    && !d.column(c).type().isEnum() && d.column(c).type().kind() == ScalarKind.DATETIME)) {
                d.updatedColumns.addAll(cols);
                d.updatedTrigger = r.get(1);
                if (!r.get(1).equals(r.get(3))) {
                    d.leftover(Leftover.Kind.TRIGGER, null, r.get(3) + "()", r.get(5), "the function of trigger " + Leftover.quoted(r.get(1))
                            + ", read as @updated; generate writes one named after the trigger");
                }
                used.add(r.get(3));
            } else {
                d.leftover(Leftover.Kind.TRIGGER, null, r.get(1), r.get(5), "not pulled: models have no triggers besides @updated");
                other.add(r.get(3));
            }
        }
        used.removeAll(other);
        return used;
    }

    private void routines(long ns, Set<String> triggerFunctions, List<Leftover> leftovers) throws PullFailure {
        for (var r : q.rows("the functions", "SELECT p.proname, pg_get_function_identity_arguments(p.oid), p.prokind "
                + "FROM pg_proc p WHERE p.pronamespace = ? AND NOT EXISTS (SELECT 1 FROM pg_depend d "
                + "WHERE d.objid = p.oid AND d.deptype = 'e') ORDER BY p.proname", ns)) {
            if (triggerFunctions.contains(r.get(0))) continue;
            String kind = "p".equals(r.get(2)) ? "PROCEDURE" : "a".equals(r.get(2)) ? "AGGREGATE" : "FUNCTION";
            leftovers.add(new Leftover(Leftover.Kind.TRIGGER, null, null, r.get(0) + "(" + r.get(1) + ")", kind,
                    "not pulled: a routine; models have none"));
        }
    }
}
