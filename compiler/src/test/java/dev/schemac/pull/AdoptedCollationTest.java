package dev.schemac.pull;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.cli.Cli;
import dev.schemac.gen.migrations.MigrationFiles;
import dev.schemac.gen.sql.Introspector.Kind;
import dev.schemac.gen.sql.LiveDb;
import dev.schemac.model.Dialect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A text column of an adopted database that compares under a collation of its own (pull says so,
 * SC975: a model has no collation) keeps it through later migrations: the history carries it from
 * the baseline, and each later definition of the column, up and down, says it (MySQL's and
 * MariaDB's MODIFY COLUMN, PostgreSQL's ALTER COLUMN TYPE, SQLite's rebuild, also through
 * Alembic), so the column's text is not silently compared anew. A column that keeps the default
 * collation gets none, and the database still compares clean with the model.
 */
class AdoptedCollationTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @EnumSource(value = Kind.class, names = {"MYSQL", "MARIADB"})
    void aColumnsOwnCollationSurvivesAModify(Kind kind) throws Exception {
        try (var db = LiveDb.fresh(kind, "own_collation")) {
            db.run("""
                    CREATE TABLE people (id INT NOT NULL AUTO_INCREMENT, email VARCHAR(40) COLLATE utf8mb4_bin NOT NULL,
                      name VARCHAR(40) NOT NULL, CONSTRAINT pk_people PRIMARY KEY (id))
                      DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci ENGINE InnoDB;
                    INSERT INTO people (email, name) VALUES ('Ann@example.com', 'Ann'), ('ann@example.com', 'ann');
                    """);
            String url = PullFixtures.url(db);
            Path model = tmp.resolve("people.schema");
            var pull = Cli.run("pull", "--url", url, "--out", model.toString(), "--color", "never");
            assertThat(pull.code()).as(pull.err()).isZero();
            assertThat(pull.out() + pull.err()).contains("SC975", "utf8mb4_bin");
            String text = Files.readString(model, StandardCharsets.UTF_8);
            Path out = tmp.resolve("out");
            var adopt = Cli.run("migrate", model.toString(), "--from-url", url, "--name", "adopt", "--timestamp", "20250301120000",
                    "-o", out.toString(), "--color", "never");
            assertThat(adopt.code()).as(adopt.out() + adopt.err()).isZero();

            // Both columns widened: MySQL redefines each whole.
            String wider = text.replaceFirst("(?m)^(  email\\s+)string\\(40\\)", "$1string(80)")
                    .replaceFirst("(?m)^(  name\\s+)string\\(40\\)", "$1string(60)");
            assertThat(wider).as(text).contains("string(80)", "string(60)");
            Files.writeString(model, wider);
            var next = Cli.run("migrate", model.toString(), "--name", "wider", "--timestamp", "20250302000000", "-o", out.toString(),
                    "--color", "never");
            assertThat(next.code()).as(next.out() + next.err()).isZero();
            String up = Files.readString(out.resolve(MigrationFiles.sqlPath(Dialect.MYSQL, "20250302000000_wider", "up")));
            String down = Files.readString(out.resolve(MigrationFiles.sqlPath(Dialect.MYSQL, "20250302000000_wider", "down")));
            assertThat(up).contains("MODIFY COLUMN email VARCHAR(80) COLLATE utf8mb4_bin NOT NULL")
                    .contains("MODIFY COLUMN name VARCHAR(60) NOT NULL").doesNotContain("name VARCHAR(60) COLLATE");
            assertThat(down).contains("MODIFY COLUMN email VARCHAR(40) COLLATE utf8mb4_bin NOT NULL");

            db.run(up);
            assertThat(collation(db, "email")).isEqualTo("utf8mb4_bin");
            assertThat(collation(db, "name")).isEqualTo("utf8mb4_unicode_ci");
            // utf8mb4_bin still tells the two addresses apart: a unique over them holds.
            db.run("CREATE UNIQUE INDEX probe ON people (email); DROP INDEX probe ON people;");
            var diff = Cli.run("diff", "--url", url, "--color", "never", model.toString());
            assertThat(diff.code()).as(diff.out() + diff.err()).isZero();

            // A third migration on the history keeps it as well (the snapshot carries it on), through a rename of the
            // column (the same field under another @map), up and down.
            String renamed = wider.replaceFirst("(?m)^(  email\\s+)string\\(80\\)", "$1string(90) @map(\"mail\")");
            assertThat(renamed).contains("string(90) @map(\"mail\")");
            Files.writeString(model, renamed);
            var third = Cli.run("migrate", model.toString(), "--name", "widest", "--timestamp", "20250303000000", "-o", out.toString(),
                    "--color", "never");
            assertThat(third.code()).as(third.out() + third.err()).isZero();
            String up3 = Files.readString(out.resolve(MigrationFiles.sqlPath(Dialect.MYSQL, "20250303000000_widest", "up")));
            String down3 = Files.readString(out.resolve(MigrationFiles.sqlPath(Dialect.MYSQL, "20250303000000_widest", "down")));
            assertThat(up3).contains("VARCHAR(90) COLLATE utf8mb4_bin NOT NULL").contains("mail");
            assertThat(down3).contains("VARCHAR(80) COLLATE utf8mb4_bin NOT NULL");
            db.run(up3);
            assertThat(collation(db, "mail")).isEqualTo("utf8mb4_bin");
            db.run(down3);
            assertThat(collation(db, "email")).isEqualTo("utf8mb4_bin");
            db.run(down);
            assertThat(collation(db, "email")).isEqualTo("utf8mb4_bin");
        }
    }

    private static String collation(LiveDb db, String column) throws SQLException {
        try (var c = db.connect(); var s = c.prepareStatement("SELECT COLLATION_NAME FROM information_schema.COLUMNS "
                + "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'people' AND COLUMN_NAME = ?")) {
            s.setString(1, column);
            try (var r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }

    /** PostgreSQL retypes in place and SQLite rebuilds the table: each keeps the column's own collation, and so does Alembic. */
    @ParameterizedTest
    @EnumSource(value = Kind.class, names = {"POSTGRES", "SQLITE"})
    void aColumnsOwnCollationSurvivesARetypeAndARebuild(Kind kind) throws Exception {
        boolean pg = kind == Kind.POSTGRES;
        String coll = pg ? "\"C\"" : "NOCASE";
        String ddl = """
                CREATE TABLE tags (id INTEGER NOT NULL, label VARCHAR(40) COLLATE %s NOT NULL, note VARCHAR(40) NOT NULL,
                  CONSTRAINT pk_tags PRIMARY KEY (id));
                INSERT INTO tags (id, label, note) VALUES (1, 'b', 'x'), (2, 'B', 'y');
                """.formatted(coll);
        try (var db = LiveDb.fresh(kind, "own_coll"); var copy = LiveDb.fresh(kind, "own_coll_alembic")) {
            db.run(ddl);
            copy.run(ddl);
            String url = PullFixtures.url(db);
            Path model = tmp.resolve("tags.schema");
            var pull = Cli.run("pull", "--url", url, "--out", model.toString(), "--color", "never");
            assertThat(pull.code()).as(pull.err()).isZero();
            String text = Files.readString(model, StandardCharsets.UTF_8);
            Path out = tmp.resolve("out");
            var adopt = Cli.run("migrate", model.toString(), "--from-url", url, "--name", "adopt", "--timestamp", "20250301120000",
                    "-o", out.toString(), "--color", "never");
            assertThat(adopt.code()).as(adopt.out() + adopt.err()).isZero();
            String wider = text.replaceFirst("(?m)^(  label\\s+)string\\(40\\)", "$1string(80)")
                    .replaceFirst("(?m)^(  note\\s+)string\\(40\\)", "$1string(60)");
            assertThat(wider).as(text).contains("string(80)", "string(60)");
            Files.writeString(model, wider);
            var next = Cli.run("migrate", model.toString(), "--name", "wider", "--timestamp", "20250302000000", "-o", out.toString(),
                    "--color", "never");
            assertThat(next.code()).as(next.out() + next.err()).isZero();
            Dialect d = pg ? Dialect.POSTGRES : Dialect.SQLITE;
            String up = Files.readString(out.resolve(MigrationFiles.sqlPath(d, "20250302000000_wider", "up")));
            String down = Files.readString(out.resolve(MigrationFiles.sqlPath(d, "20250302000000_wider", "down")));
            assertThat(up).contains(pg ? "TYPE varchar(80) COLLATE \"C\"" : "label VARCHAR(80) COLLATE \"NOCASE\" NOT NULL");
            assertThat(down).contains(pg ? "TYPE varchar(40) COLLATE \"C\"" : "label VARCHAR(40) COLLATE \"NOCASE\" NOT NULL");
            db.run(up);
            assertOwnCollation(db, pg);
            var diff = Cli.run("diff", "--url", url, "--color", "never", model.toString());
            assertThat(diff.code()).as(diff.out() + diff.err()).isZero();
            db.run(down);
            assertOwnCollation(db, pg);

            if (!pg) {
                // Alembic's batch would declare the model's table, without the collation: the rebuild is the renderer's SQL.
                AdoptLeftOutObjectsTest.alembic(out, copy, "stamp", "20250301115959");
                AdoptLeftOutObjectsTest.alembic(out, copy, "upgrade", "head");
                assertOwnCollation(copy, false);
                assertThat(AdoptLeftOutObjectsTest.one(copy, "SELECT type FROM pragma_table_info('tags') WHERE name = 'label'"))
                        .isEqualTo("VARCHAR(80)");
            }
        }
    }

    /** The column still compares under its own collation: PostgreSQL names it; under SQLite's NOCASE, 'b' finds 'B' too. */
    private static void assertOwnCollation(LiveDb db, boolean pg) throws SQLException {
        try (var c = db.connect(); var s = c.createStatement();
             var r = s.executeQuery(pg ? "SELECT collation_name FROM information_schema.columns WHERE table_name = 'tags' "
                     + "AND column_name = 'label'" : "SELECT count(*) FROM tags WHERE label = 'b'")) {
            r.next();
            if (pg) assertThat(r.getString(1)).isEqualTo("C");
            else assertThat(r.getInt(1)).isEqualTo(2);
        }
    }
}
