package dev.schemac.gen.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.schemac.compile.Compilation;
import dev.schemac.compile.Compiler;
import dev.schemac.gen.sql.DbShape;
import dev.schemac.gen.sql.ExpectedShape;
import dev.schemac.gen.sql.Introspector.Kind;
import dev.schemac.gen.sql.LiveDb;
import dev.schemac.gen.sql.ShapeDiff;
import dev.schemac.model.Dialect;
import dev.schemac.support.TestPaths;
import dev.schemac.testing.Engine;
import dev.schemac.testing.Engines;
import dev.schemac.testing.PythonHarness;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * examples/library's migration history on the real engines. Rows: rows inserted before
 * each migration are still there, with their values, after it (through a table rename, a
 * column rename and SQLite table rebuilds) and after the down migrations. Alembic: real
 * Alembic runs the whole chain ({@code upgrade head}), the database is what the current
 * DDL builds and {@code compare_metadata} against the generated SQLModel classes finds
 * nothing; {@code alembic heads} prints one head; {@code downgrade base} empties it.
 */
class MigrationChainOnRealEnginesTest {
    static final Path EXAMPLE = TestPaths.examples().resolve("library");
    static final String INIT = "20250101000000_init";
    static final String V2 = "20250102000000_loans_and_readers";
    static final String V3 = "20250103000000_shelves_and_tags";
    /** What the current release adds to the recorded history: the loans' text note widened on MySQL and MariaDB. */
    static final String V4 = "20250104000000_text_to_longtext";

    static String sql(Dialect d, String id, String direction) throws Exception {
        return Files.readString(EXAMPLE.resolve("generated").resolve(MigrationFiles.sqlPath(d, id, direction)), StandardCharsets.UTF_8);
    }

    static Compilation version(String v) {
        var c = Compiler.compile(List.of(EXAMPLE.resolve(v).resolve("library.schema")));
        assertThat(c.hasErrors()).as("%s", c.diagnostics()).isFalse();
        return c;
    }

    static Dialect dialect(Kind k) {
        return switch (k) {
            case SQLITE -> Dialect.SQLITE;
            case POSTGRES -> Dialect.POSTGRES;
            case MARIADB, MYSQL -> Dialect.MYSQL;
        };
    }

    static List<String> rows(LiveDb db, String query) throws Exception {
        var out = new ArrayList<String>();
        try (Connection c = db.connect(); var st = c.createStatement(); var rs = st.executeQuery(query)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                var row = new ArrayList<String>();
                for (int i = 1; i <= n; i++) row.add(String.valueOf(rs.getObject(i)));
                out.add(String.join("|", row));
            }
        }
        return out;
    }

    static DbShape columnOrderFree(DbShape s) {
        var tables = new TreeMap<String, DbShape.TableShape>();
        s.tables().forEach((name, t) -> {
            var cols = new ArrayList<>(t.columns());
            cols.sort(Comparator.comparing(DbShape.ColumnShape::name));
            tables.put(name, new DbShape.TableShape(cols, t.primaryKey(), t.foreignKeys(), t.uniques(), t.indexes(), t.checks()));
        });
        return new DbShape(tables);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Kind.class)
    void rowsSurviveEveryMigrationUpAndDown(Kind kind) throws Exception {
        Dialect d = dialect(kind);
        try (var db = LiveDb.fresh(kind, "rows")) {
            boolean checks = db.enforcesChecks();
            db.run(sql(d, INIT, "up"));
            db.run("INSERT INTO books (isbn, title, genre, copies) VALUES ('9780000000001', 'Dune', 'FICTION', 3);\n"
                    + "INSERT INTO books (isbn, title, genre, copies) VALUES ('9780000000002', 'Cosmos', 'SCIENCE', 1);\n"
                    + "INSERT INTO members (name, email) VALUES ('Ada', 'ada@example.org');\n");
            var books = List.of("9780000000001|Dune|FICTION|3", "9780000000002|Cosmos|SCIENCE|1");
            String booksQuery = "SELECT isbn, title, genre, copies FROM books ORDER BY isbn";

            db.run(sql(d, V2, "up"));
            assertThat(rows(db, booksQuery)).as("books after %s (a rebuild on SQLite)", V2).isEqualTo(books);
            assertThat(rows(db, "SELECT full_name, email FROM readers")).as("members, renamed readers, after %s", V2)
                    .containsExactly("Ada|ada@example.org");
            assertThat(columnOrderFree(db.shape())).isEqualTo(columnOrderFree(ExpectedShape.of(version("v2").catalog(), kind, checks)));
            db.run("INSERT INTO loans (book_id, reader_id, due_on) VALUES ((SELECT id FROM books WHERE isbn = '9780000000001'), "
                    + "(SELECT id FROM readers WHERE email = 'ada@example.org'), '2025-02-01');\n");

            db.run(sql(d, V3, "up"));
            db.run(sql(d, V4, "up"));
            assertThat(rows(db, booksQuery)).as("books after %s", V3).isEqualTo(books);
            assertThat(rows(db, "SELECT b.isbn, r.full_name, l.note FROM loans l JOIN books b ON b.id = l.book_id "
                    + "JOIN readers r ON r.id = l.reader_id")).as("loans after %s", V3).containsExactly("9780000000001|Ada|null");
            assertThat(ShapeDiff.between(columnOrderFree(ExpectedShape.of(version("v3").catalog(), kind, checks)), columnOrderFree(db.shape())))
                    .isEmpty();

            db.run(sql(d, V4, "down"));
            db.run(sql(d, V3, "down"));
            assertThat(rows(db, "SELECT count(*) FROM loans")).as("loans after %s down", V3).containsExactly("1");
            db.run(sql(d, V2, "down"));
            assertThat(rows(db, booksQuery)).as("books after %s down", V2).isEqualTo(books);
            assertThat(rows(db, "SELECT name, email FROM members")).as("members after %s down", V2)
                    .containsExactly("Ada|ada@example.org");
            assertThat(ShapeDiff.between(columnOrderFree(ExpectedShape.of(version("v1").catalog(), kind, checks)), columnOrderFree(db.shape())))
                    .isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sqlite", "postgres"})
    void alembicRunsTheChainToWhatTheDdlBuilds(String engine, @TempDir Path tmp) throws Exception {
        Path migrations = EXAMPLE.resolve("generated/migrations");
        Path dir = tmp.resolve("migrations");
        try (var w = Files.walk(migrations)) {
            for (Path p : w.filter(Files::isRegularFile).toList()) {
                Path to = dir.resolve(migrations.relativize(p).toString());
                Files.createDirectories(to.getParent());
                Files.copy(p, to);
            }
        }
        Path models = Files.createDirectories(tmp.resolve("models")).resolve("models.py");
        Files.copy(EXAMPLE.resolve("generated/sqlmodel/models.py"), models);
        Kind kind = engine.equals("sqlite") ? Kind.SQLITE : Kind.POSTGRES;
        var c = version("v3");
        try (var db = LiveDb.fresh(kind, "alembic_chain")) {
            String url = kind == Kind.SQLITE ? "sqlite:///" + db.sqliteFile()
                    : "postgresql+psycopg2://" + db.server().user() + ":" + db.server().password() + "@" + Engine.POSTGRES.host() + ":"
                    + Engine.POSTGRES.port() + "/" + db.server().name();
            JsonNode up = AlembicOnRealEnginesTest.alembic(dir.resolve("alembic"), url, "upgrade");
            assertThat(up.at("/alembic/current_heads").toString()).isEqualTo("[\"20250104000000\"]");
            var shape = columnOrderFree(db.shape());
            shape.tables().remove("alembic_version");
            assertThat(ShapeDiff.between(columnOrderFree(ExpectedShape.of(c.catalog(), kind, true)), shape))
                    .as("the database Alembic's chain built against the current DDL's").isEmpty();
            JsonNode compare = kind == Kind.SQLITE ? PythonHarness.compare(models, url, "--exclude-table", "alembic_version")
                    : PythonHarness.compare(models, url, "--no-server-defaults", "--exclude-table", "alembic_version");
            var diffs = new ArrayList<String>();
            compare.get("diffs").forEach(x -> diffs.add(x.get("summary").asText()));
            assertThat(diffs).as("Alembic compare_metadata of the SQLModel classes against the migrated database").isEmpty();

            var p = new ProcessBuilder(Engines.python().toString(), "-m", "alembic", "-c", dir.resolve("alembic.ini").toString(), "heads")
                    .redirectErrorStream(true).start();
            String heads = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(heads).isZero();
            assertThat(heads.strip().lines().toList()).as("alembic heads").containsExactly("20250104000000 (head)");

            JsonNode down = AlembicOnRealEnginesTest.alembic(dir.resolve("alembic"), url, "downgrade");
            var left = new ArrayList<String>();
            down.path("tables").forEach(t -> left.add(t.path("name").asText()));
            assertThat(left).as("tables after downgrade base").containsExactly("alembic_version");
        }
    }
}
