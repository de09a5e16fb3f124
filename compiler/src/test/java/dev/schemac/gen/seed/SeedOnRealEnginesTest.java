package dev.schemac.gen.seed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.catalog.Table;
import dev.schemac.compile.Compilation;
import dev.schemac.compile.Compiler;
import dev.schemac.model.Dialect;
import dev.schemac.support.TestPaths;
import dev.schemac.gen.TargetOptions;
import dev.schemac.gen.Targets;
import dev.schemac.gen.sql.Introspector.Kind;
import dev.schemac.gen.sql.LiveDb;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The seed scripts of every example and SQL test model load into real SQLite, PostgreSQL,
 * MariaDB and MySQL 8 on top of the generated schema, with foreign keys enforced and every
 * check in force (MySQL 8.0.15, the newest on Maven Central, parses checks without
 * enforcing them; MariaDB enforces the same script's): each table gets the rows asked for
 * (or the script says why not), SQLite's foreign key check finds no orphan. Then one more
 * row per table, inserted as an application would (autoincrement keys left to the
 * database), goes in: PostgreSQL's identity sequences continue after the seeded ids.
 */
class SeedOnRealEnginesTest {
    static final int ROWS = 4;

    /** Every relational test model, and the seed's own: reference cycles and tight constraints. */
    static List<Path> models() throws IOException {
        var out = new ArrayList<>(dev.schemac.support.TestModels.relationalAndReservedOnDemand());
        try (var files = Files.list(dev.schemac.support.TestPaths.testResources().resolve("seed-models"))) {
            out.addAll(files.filter(p -> p.toString().endsWith(".schema")).sorted().toList());
        }
        return out;
    }

    static Stream<Arguments> cases() throws IOException {
        var out = new ArrayList<Arguments>();
        for (Path m : models()) {
            for (Kind k : List.of(Kind.SQLITE, Kind.POSTGRES, Kind.MARIADB, Kind.MYSQL)) out.add(Arguments.of(k, m.getFileName().toString(), m));
        }
        return out.stream();
    }

    static Dialect dialect(Kind k) {
        return switch (k) {
            case SQLITE -> Dialect.SQLITE;
            case POSTGRES -> Dialect.POSTGRES;
            case MARIADB, MYSQL -> Dialect.MYSQL;
        };
    }

    @ParameterizedTest(name = "{1} on {0}")
    @MethodSource("cases")
    void seedLoadsWithEveryConstraintEnforced(Kind kind, String name, Path model) throws Exception {
        Compilation c = Compiler.compile(List.of(model));
        assertThat(c.hasErrors()).as("%s", c.diagnostics()).isFalse();
        Dialect d = dialect(kind);
        var options = new TargetOptions("20260301120000", 7, ROWS, Map.of());
        var files = Targets.run(c, List.of(Targets.byName(d.id()).orElseThrow(), Targets.byName("seed").orElseThrow()), options)
                .files();
        String seed = files.get(SeedTarget.path(d));
        var data = new dev.schemac.sample.SampleData(c.catalog(), options.seed(), options.rows(), options.timestamp());
        var rows = data.generate();
        var summary = new TargetSummary(options);
        var gaps = data.shortfalls().stream().map(dev.schemac.sample.Shortfall::summary).toList();
        assertThat(SeedSql.render(d, c.model().settings().name(), summary, rows, gaps)).as("the test's rows are the target's").isEqualTo(seed);
        var more = data.more(1);
        try (var db = LiveDb.fresh(kind, "seed_" + name.replace(".schema", ""))) {
            db.run(files.get("sql/" + d.id() + "/schema.sql"));
            db.run(seed);
            var expected = new java.util.HashMap<String, Integer>();
            try (Connection conn = db.connect(); var s = conn.createStatement()) {
                for (Table t : c.catalog().tables()) {
                    int n = count(s, d, t);
                    if (seed.contains("-- Fewer rows in " + t.name() + ":")) {
                        assertThat(n).as("rows of %s", t.name()).isLessThan(ROWS);
                    } else {
                        assertThat(n).as("rows of %s", t.name()).isEqualTo(ROWS);
                    }
                    expected.put(t.name(), n);
                }
                assertUpdateTimesAsSeeded(s, d, rows);
                assertNullsAsSeeded(s, d, rows);
                if (kind == Kind.SQLITE) {
                    try (var rs = s.executeQuery("PRAGMA foreign_key_check")) {
                        assertThat(rs.next()).as("SQLite finds a row whose foreign key has no parent").isFalse();
                    }
                }
            }
            db.run(SeedSql.render(d, c.model().settings().name(), summary, more, List.of()));
            try (Connection conn = db.connect(); var s = conn.createStatement()) {
                for (int i = 0; i < more.size(); i++) {
                    Table t = more.get(i).table();
                    if (expected.get(t.name()) > 0) assertThat(more.get(i).rows()).as("one more row of %s", t.name()).hasSize(1);
                    assertThat(count(s, d, t)).as("rows of %s after one more", t.name())
                            .isEqualTo(expected.get(t.name()) + more.get(i).rows().size());
                }
            }
        }
    }

    /**
     * seed-models/defaulted_nulls.schema with rows enough that each optional column with a
     * default is NULL in some row (SeedScriptTest checks that they are): seed.sql stores each
     * NULL on every engine, not the column's default.
     */
    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.EnumSource(Kind.class)
    void aNullOverADefaultIsStoredNull(Kind kind) throws Exception {
        Compilation c = Compiler.compile(List.of(TestPaths.testResources().resolve("seed-models/defaulted_nulls.schema")));
        Dialect d = dialect(kind);
        var options = new TargetOptions("20260301120000", 11, 12, Map.of());
        var files = Targets.run(c, List.of(Targets.byName(d.id()).orElseThrow(), Targets.byName("seed").orElseThrow()), options)
                .files();
        var rows = new dev.schemac.sample.SampleData(c.catalog(), options.seed(), options.rows(), options.timestamp()).generate();
        try (var db = LiveDb.fresh(kind, "seed_nulls")) {
            db.run(files.get("sql/" + d.id() + "/schema.sql"));
            db.run(files.get(SeedTarget.path(d)));
            try (Connection conn = db.connect(); var s = conn.createStatement()) {
                assertNullsAsSeeded(s, d, rows);
            }
        }
    }

    /**
     * The engines' loads of seed-models/stamps.schema (this test's options) meet an optional
     * {@code @updated} column that is NULL in a row whose cycle an UPDATE closes: the row goes in
     * with another value, and the UPDATE sets the NULL (so {@link #assertUpdateTimesAsSeeded}
     * and the script's test see whether it is kept).
     */
    @org.junit.jupiter.api.Test
    void theCycleRowsOfTheStampsModelSetANullUpdateTime() {
        Compilation c = Compiler.compile(List.of(dev.schemac.support.TestPaths.testResources().resolve("seed-models/stamps.schema")));
        for (var o : List.of(new TargetOptions("20260301120000", 7, ROWS, Map.of()))) {
            var rows = new dev.schemac.sample.SampleData(c.catalog(), o.seed(), o.rows(), o.timestamp()).generate();
            var later = rows.stream().flatMap(r -> r.later().stream()).toList();
            assertThat(later).as("seed %s", o.seed())
                    .anyMatch(l -> l.values().containsKey("seen") && l.values().get("seen") == null && l.inserted().get("seen") != null);
        }
    }

    /**
     * Every {@code @updated} column holds the value the script states, also in the rows whose
     * reference cycle an UPDATE closed: that UPDATE must not let a trigger or ON UPDATE stamp
     * the time of the load (two loads would then differ, and a check on it could fail).
     */
    static void assertUpdateTimesAsSeeded(java.sql.Statement s, Dialect d, List<dev.schemac.sample.SampleRows> rows)
            throws java.sql.SQLException {
        for (var sample : rows) {
            Table t = sample.table();
            for (var c : t.columns()) {
                if (!c.updatedAt()) continue;
                for (var row : sample.rows()) {
                    var where = new ArrayList<String>();
                    for (String k : t.primaryKey().columns()) {
                        where.add(dev.schemac.render.sql.Sql.id(d, k) + " = " + SeedSql.literal(d, t.requireColumn(k), row.get(k)));
                    }
                    Object v = row.get(c.name());
                    String col = dev.schemac.render.sql.Sql.id(d, c.name()), value = v == null ? null : SeedSql.literal(d, c, v);
                    // SQLite keeps a date-time as text, which SQLAlchemy writes with microseconds: compared as times.
                    boolean text = d == Dialect.SQLITE && c.type().kind() == dev.schemac.model.ScalarKind.DATETIME;
                    where.add(v == null ? col + " IS NULL" : text ? "datetime(" + col + ") = datetime(" + value + ")" : col + " = " + value);
                    try (var rs = s.executeQuery("SELECT count(*) FROM " + dev.schemac.render.sql.Sql.id(d, t.name()) + " WHERE "
                            + String.join(" AND ", where))) {
                        rs.next();
                        assertThat(rs.getInt(1)).as("%s.%s of the row %s as seeded (%s)", t.name(), c.name(), where, row.get(c.name()))
                                .isEqualTo(1);
                    }
                }
            }
        }
    }

    /**
     * Every NULL a row states is stored NULL, also in a column with a default (a literal, now()):
     * a loader that leaves the NULL out of its INSERT would store the default instead.
     */
    static void assertNullsAsSeeded(java.sql.Statement s, Dialect d, List<dev.schemac.sample.SampleRows> rows)
            throws java.sql.SQLException {
        for (var sample : rows) {
            Table t = sample.table();
            for (var row : sample.settled()) {
                var key = new ArrayList<String>();
                for (String k : t.primaryKey().columns()) {
                    key.add(dev.schemac.render.sql.Sql.id(d, k) + " = " + SeedSql.literal(d, t.requireColumn(k), row.get(k)));
                }
                var nulls = new ArrayList<String>();
                for (var c : t.columns()) {
                    if (c.nullable() && row.containsKey(c.name()) && row.get(c.name()) == null) {
                        nulls.add(dev.schemac.render.sql.Sql.id(d, c.name()) + " IS NULL");
                    }
                }
                if (nulls.isEmpty()) continue;
                try (var rs = s.executeQuery("SELECT count(*) FROM " + dev.schemac.render.sql.Sql.id(d, t.name()) + " WHERE "
                        + String.join(" AND ", key) + " AND " + String.join(" AND ", nulls))) {
                    rs.next();
                    assertThat(rs.getInt(1)).as("the NULLs of the %s row %s as seeded: %s", t.name(), key, nulls).isEqualTo(1);
                }
            }
        }
    }

    private static int count(java.sql.Statement s, Dialect d, Table t) throws java.sql.SQLException {
        try (var rs = s.executeQuery("SELECT count(*) FROM " + dev.schemac.render.sql.Sql.id(d, t.name()))) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
