package dev.schemac.gen.seed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.schemac.catalog.Table;
import dev.schemac.compile.Compiler;
import dev.schemac.gen.TargetOptions;
import dev.schemac.gen.Targets;
import dev.schemac.gen.sql.Introspector.Kind;
import dev.schemac.gen.sql.LiveDb;
import dev.schemac.model.Dialect;
import dev.schemac.sample.SampleData;
import dev.schemac.sample.SampleRows;
import dev.schemac.testing.Database;
import dev.schemac.testing.Engine;
import dev.schemac.testing.Engines;
import dev.schemac.testing.PythonHarness;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code seed/seed.py} under real Python, SQLModel and databases: mypy (strict) and ruff
 * accept every model's script; laid out as schemac writes it ({@code seed/seed.py} beside
 * {@code sqlmodel/models.py}, nothing copied) and run from the output folder as the docs
 * say, it fills SQLite and PostgreSQL databases built by our DDL with the rows of the SQL
 * seed, foreign keys enforced; then one more row per table, inserted through the SQLModel
 * classes with the autoincrement keys left to the database, goes in too (on PostgreSQL only
 * because the script moved the identity sequences past the seeded ids).
 */
class SeedScriptTest {
    static final TargetOptions OPTIONS = new TargetOptions("20260301120000", 11, 3, Map.of());

    static Stream<Path> models() throws Exception {
        return SeedOnRealEnginesTest.models().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void mypyStrictAndRuffAcceptTheScript(Path model) throws Exception {
        var c = Compiler.compile(List.of(model));
        String script = Targets.run(c, List.of(Targets.byName("seed").orElseThrow()), OPTIONS).files().get("seed/seed.py");
        Path file = Files.createTempDirectory("schemac-seedpy").resolve("seed.py");
        Files.writeString(file, script, StandardCharsets.UTF_8);
        JsonNode r = PythonHarness.typecheck(file);
        assertThat(r.at("/mypy/output").asText()).as("mypy --strict").contains("Success: no issues found");
        assertThat(r.at("/mypy/findings")).as("mypy findings").isEmpty();
        assertThat(r.at("/ruff/findings")).as("ruff findings").isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> scriptThenOneMoreInsertPerTable() throws Exception {
        var out = new ArrayList<DynamicTest>();
        for (Path model : models().toList()) {
            for (Kind kind : List.of(Kind.SQLITE, Kind.POSTGRES)) {
                out.add(DynamicTest.dynamicTest(model.getFileName() + " on " + kind, () -> run(model, kind, OPTIONS)));
            }
        }
        return out.stream();
    }

    /**
     * seed-models/defaulted_nulls.schema with rows enough that each optional column with a
     * default (a number, text, a bool, now() on a date and a datetime, an {@code @updated} one)
     * is NULL in some row: the script stores those NULLs, not the defaults (the ORM leaves a
     * None out of its INSERT, and the database then wrote the default).
     */
    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.EnumSource(value = Kind.class, names = {"SQLITE", "POSTGRES"})
    void aNullOverADefaultIsStoredNull(Kind kind) throws Exception {
        Path model = dev.schemac.support.TestPaths.testResources().resolve("seed-models/defaulted_nulls.schema");
        var options = new TargetOptions("20260301120000", 11, 12, Map.of());
        var c = Compiler.compile(List.of(model));
        Table notes = c.catalog().table("notes").orElseThrow();
        var rows = new SampleData(c.catalog(), options.seed(), options.rows(), options.timestamp()).generate();
        var nulled = rows.get(0).rows().stream().flatMap(r -> r.entrySet().stream()).filter(e -> e.getValue() == null)
                .map(Map.Entry::getKey).distinct().sorted().toList();
        var defaulted = notes.columns().stream().filter(col -> col.nullable() && col.defaultValue() != null)
                .map(dev.schemac.catalog.Column::name).sorted().toList();
        assertThat(defaulted).as("the model's optional columns with a default").hasSize(7);
        assertThat(nulled).as("the rows set each of them to NULL somewhere").containsAll(defaulted);
        run(model, kind, options);
    }

    private static void run(Path model, Kind kind, TargetOptions options) throws Exception {
        var c = Compiler.compile(List.of(model));
        Dialect d = kind == Kind.SQLITE ? Dialect.SQLITE : Dialect.POSTGRES;
        var files = Targets.run(c, List.of(Targets.byName("seed").orElseThrow(), Targets.byName("sqlmodel").orElseThrow(),
                Targets.byName(d.id()).orElseThrow()), options).files();
        var data = new SampleData(c.catalog(), options.seed(), options.rows(), options.timestamp());
        String title = c.model().settings().displayTitle();
        List<SampleRows> rows = data.generate();
        assertThat(SeedPython.render(title, new TargetSummary(options), rows)).as("the test's rows are the target's")
                .isEqualTo(files.get("seed/seed.py"));
        List<SampleRows> more = data.more(1);
        Path out = Files.createTempDirectory("schemac-seedpy");
        Files.createDirectories(out.resolve("seed"));
        Files.createDirectories(out.resolve("sqlmodel"));
        Files.writeString(out.resolve("seed/seed.py"), files.get("seed/seed.py"), StandardCharsets.UTF_8);
        Files.writeString(out.resolve("seed/more.py"), SeedPython.render(title, new TargetSummary(options), more),
                StandardCharsets.UTF_8);
        Files.writeString(out.resolve("sqlmodel/models.py"), files.get("sqlmodel/models.py"), StandardCharsets.UTF_8);
        String ddl = files.get("sql/" + d.id() + "/schema.sql");
        String sql = files.get(SeedTarget.path(d));
        if (kind == Kind.SQLITE) {
            try (var db = LiveDb.fresh(Kind.SQLITE, "seedpy")) {
                db.run(ddl);
                Path file = dbFile(db);
                check(c.catalog().tables(), out, "sqlite:///" + file, sql, rows, more, () -> Engines.sqliteConnection(file), true, options);
            }
        } else {
            try (Database db = Engines.freshDatabase(Engine.POSTGRES, "seedpy")) {
                try (Connection conn = db.connect(); Statement s = conn.createStatement()) {
                    s.execute(ddl);
                }
                check(c.catalog().tables(), out, db.url("postgresql"), sql, rows, more, db::connect, false, options);
            }
        }
    }

    interface Connector {
        Connection open() throws SQLException;
    }

    private static void check(List<Table> tables, Path out, String url, String sql, List<SampleRows> rows, List<SampleRows> more,
                              Connector db, boolean sqlite, TargetOptions options) throws Exception {
        // Run from the output folder, as docs/targets/seed.md says: models.py is found in ../sqlmodel, not copied.
        python(out, "seed/seed.py", url);
        var counts = new HashMap<String, Integer>();
        try (Connection conn = db.open(); var s = conn.createStatement()) {
            for (Table t : tables) {
                int n = count(s, t);
                int expected = sql.contains("-- Fewer rows in " + t.name() + ":") ? n : options.rows();
                assertThat(n).as("rows of %s", t.name()).isEqualTo(expected);
                counts.put(t.name(), n);
            }
            // The cycle's updates set each row's own update time, past SQLAlchemy's onupdate and the triggers.
            SeedOnRealEnginesTest.assertUpdateTimesAsSeeded(s, sqlite ? Dialect.SQLITE : Dialect.POSTGRES, rows);
            SeedOnRealEnginesTest.assertNullsAsSeeded(s, sqlite ? Dialect.SQLITE : Dialect.POSTGRES, rows);
            if (sqlite) {
                try (var rs = s.executeQuery("PRAGMA foreign_key_check")) {
                    assertThat(rs.next()).isFalse();
                }
            }
        }
        python(out, "seed/more.py", url);
        try (Connection conn = db.open(); var s = conn.createStatement()) {
            for (SampleRows m : more) {
                Table t = m.table();
                if (counts.get(t.name()) > 0) assertThat(m.rows()).as("one more row of %s", t.name()).hasSize(1);
                assertThat(count(s, t)).as("rows of %s after one more", t.name()).isEqualTo(counts.get(t.name()) + m.rows().size());
            }
        }
    }

    private static int count(Statement s, Table t) throws SQLException {
        try (var rs = s.executeQuery("SELECT count(*) FROM " + dev.schemac.render.sql.Sql.id(Dialect.POSTGRES, t.name()))) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static Path dbFile(LiveDb db) throws Exception {
        try (Connection c = db.connect(); var s = c.createStatement(); var rs = s.executeQuery("PRAGMA database_list")) {
            rs.next();
            return Path.of(rs.getString("file"));
        }
    }

    /** Runs the venv's Python in {@code dir}; a failure fails the test with Python's output. */
    static String python(Path dir, String... args) throws Exception {
        var cmd = new ArrayList<String>();
        cmd.add(Engines.python().toString());
        cmd.addAll(List.of(args));
        var pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
        // The script must find its database from its argument alone.
        pb.environment().remove("DATABASE_URL");
        var p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) throw new IllegalStateException("python did not finish");
        assertThat(p.exitValue()).as("python %s: %s", String.join(" ", args), out).isZero();
        return out;
    }
}
