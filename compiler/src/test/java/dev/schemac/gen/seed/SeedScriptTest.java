package dev.schemac.gen.seed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.compile.Compiler;
import dev.schemac.model.Dialect;
import dev.schemac.gen.TargetOptions;
import dev.schemac.gen.Targets;
import dev.schemac.gen.sql.Introspector.Kind;
import dev.schemac.gen.sql.LiveDb;
import dev.schemac.testing.Engines;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code seed/seed.py} under real Python: every example's script compiles, and — once the
 * {@code sqlmodel} target is part of the build — runs beside the generated models.py on a
 * SQLite database built by our DDL, with foreign keys enforced, and leaves the same row
 * counts as the SQL seed.
 */
class SeedScriptTest {
    static final TargetOptions OPTIONS = new TargetOptions("20260301120000", 11, 3, Map.of());

    static Stream<Path> models() throws Exception {
        return SeedOnRealEnginesTest.models().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void scriptCompiles(Path model) throws Exception {
        var c = Compiler.compile(List.of(model));
        String script = Targets.run(c, List.of(Targets.byName("seed").orElseThrow()), OPTIONS).files().get("seed/seed.py");
        Path dir = Files.createTempDirectory("schemac-seedpy");
        Files.writeString(dir.resolve("seed.py"), script, StandardCharsets.UTF_8);
        assertThat(python(dir, "-m", "py_compile", "seed.py")).as("py_compile").isEmpty();
    }

    /** One test per model when the sqlmodel target is registered; it cannot run without models.py. */
    @TestFactory
    Stream<DynamicTest> scriptLoadsThroughTheModels() throws Exception {
        if (Targets.byName("sqlmodel").isEmpty()) return Stream.empty();
        var out = new ArrayList<DynamicTest>();
        for (Path model : models().toList()) out.add(DynamicTest.dynamicTest(model.getFileName().toString(), () -> runScript(model)));
        return out.stream();
    }

    private static void runScript(Path model) throws Exception {
        var c = Compiler.compile(List.of(model));
        var files = Targets.run(c, List.of(Targets.byName("seed").orElseThrow(), Targets.byName("sqlmodel").orElseThrow(),
                Targets.byName("sqlite").orElseThrow()), OPTIONS).files();
        Path dir = Files.createTempDirectory("schemac-seedpy");
        Files.writeString(dir.resolve("seed.py"), files.get("seed/seed.py"), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("models.py"), files.get("sqlmodel/models.py"), StandardCharsets.UTF_8);
        try (var db = LiveDb.fresh(Kind.SQLITE, "seedpy")) {
            db.run(files.get("sql/sqlite/schema.sql"));
            Path file = dbFile(db);
            python(dir, "seed.py", "sqlite:///" + file);
            String sql = files.get(SeedTarget.path(Dialect.SQLITE));
            try (Connection conn = Engines.sqliteConnection(file); var s = conn.createStatement()) {
                for (var t : c.catalog().tables()) {
                    try (var rs = s.executeQuery("SELECT count(*) FROM \"" + t.name() + "\"")) {
                        rs.next();
                        int expected = sql.contains("-- Fewer rows in " + t.name() + ":") ? rs.getInt(1) : OPTIONS.rows();
                        assertThat(rs.getInt(1)).as("rows of %s", t.name()).isEqualTo(expected);
                    }
                }
                try (var rs = s.executeQuery("PRAGMA foreign_key_check")) {
                    assertThat(rs.next()).isFalse();
                }
            }
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
        var p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) throw new IllegalStateException("python did not finish");
        assertThat(p.exitValue()).as("python %s: %s", String.join(" ", args), out).isZero();
        return out;
    }

}
