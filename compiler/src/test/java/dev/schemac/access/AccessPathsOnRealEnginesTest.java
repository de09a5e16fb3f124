package dev.schemac.access;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.catalog.Catalog;
import dev.schemac.catalog.Table;
import dev.schemac.compile.Compilation;
import dev.schemac.compile.Compiler;
import dev.schemac.gen.TargetOptions;
import dev.schemac.gen.Targets;
import dev.schemac.gen.seed.SeedTarget;
import dev.schemac.gen.sql.Introspector.Kind;
import dev.schemac.gen.sql.LiveDb;
import dev.schemac.model.Dialect;
import dev.schemac.render.sql.Sql;
import dev.schemac.support.TestPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The index the documents and SC730 name for each structured {@code @@query} is the one the
 * real planner uses. Each model is built on SQLite and PostgreSQL, loaded with seeded sample
 * rows ({@value #ROWS} per table) and analysed; each query is then run through
 * {@code EXPLAIN QUERY PLAN} (SQLite) and {@code EXPLAIN} with {@code enable_seqscan},
 * {@code enable_bitmapscan} and {@code enable_sort} off (PostgreSQL: each stays possible, at a
 * prohibitive cost, so it shows only where nothing else answers the query). A served query must be read through the named index and, when it sorts,
 * without a sort step; a query said to be found through an index and then sorted must show
 * the sort. A query of a soft-deleting entity reads the live rows ({@code deleted_at IS NULL}),
 * as {@link AccessPath#live()} says.
 */
class AccessPathsOnRealEnginesTest {
    /** Rows per table: enough that reading a whole table costs more than an index. */
    static final int ROWS = 2000;

    static List<Path> models() throws IOException {
        var out = new ArrayList<Path>();
        try (Stream<Path> dirs = Files.list(TestPaths.examples())) {
            for (Path d : dirs.sorted().toList()) {
                Path m = d.resolve(d.getFileName() + ".schema");
                if (Files.isRegularFile(m)) out.add(m);
            }
        }
        out.add(TestPaths.testResources().resolve("access/planner.schema"));
        out.add(TestPaths.testResources().resolve("checks/access/SC730-query-not-served.schema"));
        // Document test models with structured queries: a MySQL-primary ledger, composite and natural keys, a cycle.
        for (String m : List.of("ledger", "ids", "graph")) out.add(TestPaths.testResources().resolve("docs/" + m + ".schema"));
        return out;
    }

    static Stream<Arguments> cases() throws IOException {
        var out = new ArrayList<Arguments>();
        for (Path m : models()) {
            for (Kind k : List.of(Kind.SQLITE, Kind.POSTGRES)) out.add(Arguments.of(k, m.getFileName().toString(), m));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{1} on {0}")
    @MethodSource("cases")
    void theNamedIndexIsTheOneThePlannerUses(Kind kind, String name, Path model) throws Exception {
        Compilation c = Compiler.compile(List.of(model));
        assertThat(c.hasErrors()).as("%s", c.diagnostics()).isFalse();
        var paths = AccessPaths.of(c.model(), c.catalog()).stream().filter(AccessPath::verified).toList();
        if (paths.isEmpty()) return; // a model without structured queries claims nothing to check
        Dialect d = kind == Kind.SQLITE ? Dialect.SQLITE : Dialect.POSTGRES;
        var seed = Targets.run(c, List.of(Targets.byName("seed").orElseThrow()),
                new TargetOptions(TargetOptions.DEFAULT_TIMESTAMP, 7, ROWS, Map.of()));
        assertThat(seed.hasErrors()).as("%s", seed.diagnostics()).isFalse();
        try (LiveDb db = LiveDb.fresh(kind, "plans")) {
            db.run(Sql.create(d, c.catalog(), c.model().settings().name()));
            db.run(seed.files().get(SeedTarget.path(d)));
            // A table that soft-deletes holds mostly live rows; the sample generator fills an optional
            // column most of the time, so all but one row in twenty are made live again (its uniques
            // hold over every row, so no live duplicate can appear).
            for (var e : c.model().entities()) {
                if (e.softDelete().isEmpty()) continue;
                Table t = c.catalog().tableOf(e.name()).orElseThrow();
                String col = Sql.id(d, t.columnsOf(e.softDelete().get().name()).get(0).name());
                db.run("UPDATE " + Sql.id(d, t.name()) + " SET " + col + " = NULL WHERE "
                        + (kind == Kind.SQLITE ? "rowid % 20 <> 0" : "abs(hashtext(ctid::text)) % 20 <> 0") + ";");
            }
            db.run("ANALYZE;");
            var failures = new ArrayList<String>();
            int checked = 0;
            try (Connection conn = db.connect(); Statement s = conn.createStatement()) {
                if (kind == Kind.POSTGRES) {
                    // The question is whether the named index can deliver the rows (and their order), not
                    // what a planner picks for a few thousand rows: a whole-table read, a bitmap scan (which
                    // never returns rows in index order) and a sort are made the last resort, so a plan still
                    // shows one only where no index can do without it.
                    s.execute("SET enable_seqscan = off");
                    s.execute("SET enable_bitmapscan = off");
                    s.execute("SET enable_sort = off");
                }
                for (AccessPath p : paths) {
                    String sql = query(s, d, p);
                    if (sql == null) continue; // no row to take the compared values from
                    String plan = plan(s, kind, sql);
                    String problem = judge(kind, conn, c.catalog(), p, plan);
                    if (problem != null) failures.add(p.entity().name() + " \"" + p.pattern().description() + "\": " + problem
                            + "\n    " + sql + "\n    " + plan.replace("\n", "\n    "));
                    checked++;
                }
            }
            assertThat(failures).as("queries whose plan disagrees with the index the model names").isEmpty();
            assertThat(checked).as("queries checked").isPositive();
        }
    }

    /** What the plan must show, or null when it does. */
    static String judge(Kind kind, Connection conn, Catalog catalog, AccessPath p, String plan) throws SQLException {
        boolean sorts = kind == Kind.POSTGRES ? Pattern.compile("(?m)^\\s*(->\\s*)?(Incremental )?Sort\\b").matcher(plan).find()
                : plan.contains("USE TEMP B-TREE FOR");
        if (p.served()) {
            IndexCandidate named = p.servedBy().orElseThrow();
            Set<String> used = used(kind, plan);
            IndexCandidate ix = null;
            // The named index, or another the rule says serves the query as well (a tie the statistics decide).
            for (IndexCandidate candidate : AccessPaths.serving(p)) {
                Set<String> names = names(kind, conn, p.table(), candidate);
                boolean rowid = names.contains(ROWID);
                if (used.stream().anyMatch(names::contains) || rowid && used.isEmpty() && !plan.contains("USING")) { // SQLite reads a rowid table in key order
                    ix = candidate;
                    break;
                }
            }
            if (ix == null && kind == Kind.SQLITE) {
                // The one exception the documents state: SQLite may take the index led by the soft-delete column.
                var marker = AccessPaths.liveMarkerIndex(p);
                if (marker.isPresent() && used.stream().anyMatch(marker.get().name()::equals)) {
                    TIES.add(p.table().name() + ": " + p.pattern().description() + ": SQLITE took " + marker.get().name()
                            + " (the live-row caveat the documents state)");
                    return null;
                }
            }
            if (ix == null) return "expected " + named.name() + " (or " + AccessPaths.serving(p).stream().map(IndexCandidate::name).toList()
                    + "), the plan uses " + used;
            if (!ix.equals(named)) TIES.add(p.table().name() + ": " + p.pattern().description() + ": " + kind + " took " + ix.name() + " over " + named.name());
            boolean oneRow = ix.unique() && p.equality().containsAll(ix.columns());
            if (!oneRow && !p.order().isEmpty() && sorts) return "served by " + ix.name() + " but the plan sorts";
            return null;
        }
        // Unserved with a sort: the documents say the rows are sorted after every read.
        if (!p.order().isEmpty() && !p.mixedOrder() && !sorts) return "said to need a sort, but the plan has none";
        return null;
    }

    static final String ROWID = "<rowid>";

    /** Queries where the planner took another serving index than the named one, printed for the record. */
    static final List<String> TIES = java.util.Collections.synchronizedList(new ArrayList<>());

    @org.junit.jupiter.api.AfterAll
    static void report() {
        for (String t : TIES) System.out.println("[schemac] equally served: " + t);
    }

    /** The names the plan may give the candidate's B-tree on this engine. */
    static Set<String> names(Kind kind, Connection conn, Table t, IndexCandidate ix) throws SQLException {
        var out = new HashSet<String>(Set.of(ix.name()));
        if (kind != Kind.SQLITE || ix.kind() == IndexCandidate.Kind.INDEX || ix.where() != null) return out;
        // SQLite names the indexes of PRIMARY KEY and UNIQUE constraints sqlite_autoindex_<table>_<n>;
        // an INTEGER PRIMARY KEY is the rowid itself.
        if (ix.kind() == IndexCandidate.Kind.PRIMARY_KEY && ix.columns().size() == 1) out.add(ROWID);
        try (Statement s = conn.createStatement();
             var rs = s.executeQuery("SELECT il.name FROM pragma_index_list('" + t.name().replace("'", "''") + "') il")) {
            var autos = new ArrayList<String>();
            while (rs.next()) autos.add(rs.getString(1));
            for (String a : autos) {
                var cols = new ArrayList<String>();
                try (var r2 = s.getConnection().createStatement()
                        .executeQuery("SELECT name FROM pragma_index_info('" + a.replace("'", "''") + "') ORDER BY seqno")) {
                    while (r2.next()) cols.add(r2.getString(1));
                }
                if (a.startsWith("sqlite_autoindex_") && cols.equals(ix.columns())) out.add(a);
            }
        }
        return out;
    }

    private static final Pattern PG_INDEX = Pattern.compile("(?:Index Scan|Index Only Scan)(?: Backward)? using \"?([^\" ]+)\"? on"
            + "|Bitmap Index Scan on \"?([^\" ]+)\"?");
    private static final Pattern SQLITE_INDEX = Pattern.compile("USING (?:COVERING )?INDEX (\\S+)|USING (INTEGER PRIMARY KEY)");

    /** The indexes a plan reads. */
    static Set<String> used(Kind kind, String plan) {
        var out = new HashSet<String>();
        Matcher m = (kind == Kind.POSTGRES ? PG_INDEX : SQLITE_INDEX).matcher(plan);
        while (m.find()) {
            String n = m.group(1) != null ? m.group(1) : m.group(2);
            out.add(n.equals("INTEGER PRIMARY KEY") ? ROWID : n);
        }
        return out;
    }

    /**
     * The query the pattern describes, with the compared values taken from a live row (each
     * as a quoted literal the engine reads in the column's type), or null when the table has
     * no such row.
     */
    static String query(Statement s, Dialect d, AccessPath p) throws SQLException {
        String table = Sql.id(d, p.table().name());
        var live = p.live() != null ? List.of(Sql.id(d, p.live()) + " IS NULL") : List.<String>of();
        var where = new ArrayList<String>(live);
        if (!p.equality().isEmpty()) {
            var probe = new ArrayList<String>(live);
            for (String col : p.equality()) probe.add(Sql.id(d, col) + " IS NOT NULL");
            String sample = "SELECT " + String.join(", ", p.equality().stream().map(col -> Sql.id(d, col)).toList()) + " FROM " + table
                    + " WHERE " + String.join(" AND ", probe) + " LIMIT 1";
            try (var rs = s.executeQuery(sample)) {
                if (!rs.next()) return null;
                for (int i = 0; i < p.equality().size(); i++) {
                    where.add(Sql.id(d, p.equality().get(i)) + " = " + Sql.string(d, rs.getString(i + 1)));
                }
            }
        }
        var b = new StringBuilder("SELECT * FROM ").append(table);
        if (!where.isEmpty()) b.append(" WHERE ").append(String.join(" AND ", where));
        if (!p.order().isEmpty()) {
            // A sorted list is read a page at a time, as an application shows it.
            b.append(" ORDER BY ").append(String.join(", ",
                    p.order().stream().map(o -> Sql.id(d, o.column()) + (o.descending() ? " DESC" : "")).toList()));
        }
        if (!p.order().isEmpty()) b.append(" LIMIT ").append(PAGE);
        return b.toString();
    }

    /** Rows of one page of a sorted list. */
    static final int PAGE = 20;

    static String plan(Statement s, Kind kind, String sql) throws SQLException {
        var out = new ArrayList<String>();
        try (var rs = s.executeQuery((kind == Kind.POSTGRES ? "EXPLAIN " : "EXPLAIN QUERY PLAN ") + sql)) {
            int col = kind == Kind.POSTGRES ? 1 : rs.getMetaData().getColumnCount();
            while (rs.next()) out.add(rs.getString(col));
        }
        return String.join("\n", out);
    }
}
