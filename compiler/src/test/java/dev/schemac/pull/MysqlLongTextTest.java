package dev.schemac.pull;

import dev.schemac.testing.SqliteKeyCheck;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.schemac.cli.Cli;
import dev.schemac.gen.migrations.MigrationFiles;
import dev.schemac.gen.sql.Introspector.Kind;
import dev.schemac.gen.sql.LiveDb;
import dev.schemac.model.Dialect;
import dev.schemac.support.TestPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A model's {@code text} is LONGTEXT on MySQL and MariaDB, which holds what PostgreSQL's text and SQLite's TEXT hold;
 * TEXT, which earlier releases declared, holds 65,535 bytes. On real MySQL 8 and MariaDB: a value of 100,000 bytes
 * goes into a text column of a generated schema; a history an earlier release wrote (old-history/notes, whose snapshot
 * names no MySQL text type) is read as TEXT, gets one migration that widens its columns on MySQL and MariaDB only,
 * keeping each column's nullability, default and comment, after which the value goes in; its down narrows back and,
 * as the script runs in strict mode, fails on a longer value instead of cutting it. A database with TEXT, MEDIUMTEXT
 * and LONGTEXT columns is pulled as text fields, the narrower two with a note of what they hold (SC967), the LONGTEXT
 * one with none; the adoption's baseline keeps what each is (and a column's own collation), and its migration from the
 * baseline widens the two narrower ones, leaving the database's prefix and FULLTEXT indexes on them in place.
 */
class MysqlLongTextTest {
    @TempDir
    Path tmp;

    /** 100,000 bytes in utf8mb4: 50,000 characters of two bytes each, more than TEXT holds. */
    static final String LONG = "é".repeat(50_000);

    /** A session whose sql_mode has no strict mode, as many older or hosted servers run. */
    private static final String NOT_STRICT = "SET SESSION sql_mode = '';\n";

    private static Path fixture() { return TestPaths.testResources().resolve("old-history/notes"); }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                Path dest = to.resolve(from.relativize(p).toString());
                Files.createDirectories(dest.getParent());
                Files.copy(p, dest);
            }
        }
    }

    private static void insertBody(LiveDb db, String body) throws SQLException {
        try (Connection c = db.connect(); var s = c.prepareStatement("INSERT INTO notes (title, body) VALUES (?, ?)")) {
            s.setString(1, "long");
            s.setString(2, body);
            s.executeUpdate();
        }
    }

    private static String bodyBytes(LiveDb db) throws SQLException {
        return AdoptLeftOutObjectsTest.one(db, "SELECT MAX(OCTET_LENGTH(body)) FROM notes");
    }

    /** Each column's type, nullability, default, collation and comment, as information_schema reports them. */
    private static List<String> columns(LiveDb db, String table) throws SQLException {
        var out = new ArrayList<String>();
        try (Connection c = db.connect(); var s = c.createStatement(); var rs = s.executeQuery(
                "SELECT COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE, COLUMN_DEFAULT, COLLATION_NAME, COLUMN_COMMENT FROM information_schema.COLUMNS "
                        + "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = '" + table + "' ORDER BY ORDINAL_POSITION")) {
            while (rs.next()) {
                out.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " default=" + rs.getString(4) + " "
                        + rs.getString(5) + " '" + rs.getString(6) + "'");
            }
        }
        return out;
    }

    private String read(Path out, Dialect d, String id, String way) throws IOException {
        return Files.readString(out.resolve(MigrationFiles.sqlPath(d, id, way)), StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @EnumSource(value = Kind.class, names = {"MYSQL", "MARIADB"})
    void aGeneratedTextColumnHoldsAHundredThousandBytes(Kind kind) throws Exception {
        Path out = tmp.resolve("out");
        var run = Cli.run("generate", fixture().resolve("notes.schema").toString(), "-o", out.toString(), "--color", "never");
        assertThat(run.code()).as(run.err()).isZero();
        String ddl = Files.readString(out.resolve("sql/mysql/schema.sql"), StandardCharsets.UTF_8);
        assertThat(ddl).contains("  body LONGTEXT NOT NULL COMMENT 'The note itself, as written.',\n").doesNotContain(" TEXT");
        try (var db = LiveDb.fresh(kind, "longtext_fresh")) {
            db.run(ddl);
            insertBody(db, LONG);
            assertThat(bodyBytes(db)).isEqualTo("100000");
        }
    }

    @Test
    void anOldHistoryReadsAsTextAndOneMigrationWidensItOnMysqlOnly() throws IOException {
        Path out = tmp.resolve("out");
        copy(fixture().resolve("migrations"), out.resolve("migrations"));
        assertThat(Files.readString(out.resolve("migrations/snapshots/20250101000000_init.json"))).doesNotContain("\"mysql\"");
        String model = fixture().resolve("notes.schema").toString();
        var check = Cli.run("migrate", model, "-o", out.toString(), "--check", "--color", "never");
        assertThat(check.code()).as("the history does not cover the model: " + check.out() + check.err()).isEqualTo(1);

        var run = Cli.run("migrate", model, "-o", out.toString(), "--name", "longtext", "--timestamp", "20250102000000", "--color", "never");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("migration 20250102000000_longtext:\n"
                + "  Changes column `notes.body` on MySQL and MariaDB only, from TEXT to LONGTEXT (SQLite and PostgreSQL have nothing to change).\n"
                + "  Changes column `notes.summary` on MySQL and MariaDB only, from TEXT to LONGTEXT (SQLite and PostgreSQL have nothing to change).\n"
                + "  Changes column `notes.status` on MySQL and MariaDB only, from TEXT to LONGTEXT (SQLite and PostgreSQL have nothing to change).\n"
                + "  Changes column `notes.tags` on MySQL and MariaDB only, from TEXT to LONGTEXT (SQLite and PostgreSQL have nothing to change).\n"
                + "  Changes column `notes.aside` on MySQL and MariaDB only, from TEXT to LONGTEXT (SQLite and PostgreSQL have nothing to change).\n");
        String id = "20250102000000_longtext";
        assertThat(read(out, Dialect.MYSQL, id, "up")).contains("""
                ALTER TABLE notes MODIFY COLUMN body LONGTEXT NOT NULL COMMENT 'The note itself, as written.';
                ALTER TABLE notes MODIFY COLUMN summary LONGTEXT;
                ALTER TABLE notes MODIFY COLUMN status LONGTEXT NOT NULL DEFAULT ('draft');
                ALTER TABLE notes MODIFY COLUMN tags LONGTEXT;
                ALTER TABLE notes MODIFY COLUMN aside LONGTEXT COMMENT 'PII: personal data.';
                """).doesNotContain("Destructive");
        assertThat(read(out, Dialect.MYSQL, id, "down")).contains("""
                -- Destructive: the migration narrows `notes.body`: on MySQL and MariaDB only, LONGTEXT to TEXT, which holds at most 65,535 bytes.
                ALTER TABLE notes MODIFY COLUMN body TEXT NOT NULL COMMENT 'The note itself, as written.';
                """);
        for (Dialect d : List.of(Dialect.SQLITE, Dialect.POSTGRES)) {
            for (String way : List.of("up", "down")) assertThat(SqliteKeyCheck.without(read(out, d, id, way)))
                    .doesNotContainPattern("(?m)^(?!--).*\\b(ALTER|notes)\\b");
        }
        String alembic = Files.readString(out.resolve("migrations/alembic/versions/" + id + ".py"), StandardCharsets.UTF_8);
        assertThat(alembic).contains("ALTER TABLE notes MODIFY COLUMN body LONGTEXT NOT NULL")
                .contains("ALTER TABLE notes MODIFY COLUMN body TEXT NOT NULL");
        assertThat(Files.readString(out.resolve("migrations/snapshots/" + id + ".json"))).contains("\"mysql\" : \"LONGTEXT\"")
                .doesNotContain("\"mysql\" : \"TEXT\"");
        // The committed migration stays as the earlier release wrote it.
        assertThat(Files.readString(out.resolve("migrations/sql/mysql/20250101000000_init.up.sql")))
                .isEqualTo(Files.readString(fixture().resolve("migrations/sql/mysql/20250101000000_init.up.sql")));

        var again = Cli.run("migrate", model, "-o", out.toString(), "--name", "again", "--timestamp", "20250103000000", "--color", "never");
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.out()).contains("no changes");
    }

    @ParameterizedTest
    @EnumSource(value = Kind.class, names = {"MYSQL", "MARIADB"})
    void anOldHistorysDatabaseTakesTheValueOnceWidenedAndNarrowsBackOnlyWhatFits(Kind kind) throws Exception {
        Path out = tmp.resolve("out");
        copy(fixture().resolve("migrations"), out.resolve("migrations"));
        var run = Cli.run("migrate", fixture().resolve("notes.schema").toString(), "-o", out.toString(), "--name", "longtext",
                "--timestamp", "20250102000000", "--color", "never");
        assertThat(run.code()).as(run.err()).isZero();
        try (var db = LiveDb.fresh(kind, "longtext_old")) {
            db.run(read(out, Dialect.MYSQL, "20250101000000_init", "up"));
            var before = columns(db, "notes");
            // The control: TEXT refuses the value (the JDBC session is strict, as both servers' default modes are): MySQL says
            // it is too long, MariaDB that the string cut at 65,535 bytes (inside a character) is not utf8mb4.
            assertThatThrownBy(() -> insertBody(db, LONG)).isInstanceOf(SQLException.class)
                    .hasMessageMatching("(?s).*(too long|Incorrect string value).*");
            assertThat(AdoptLeftOutObjectsTest.one(db, "SELECT COUNT(*) FROM notes")).isEqualTo("0");

            // diff --url says the same of the database made by the earlier release, and nothing once it is widened.
            String model = fixture().resolve("notes.schema").toString();
            var drift = Cli.run("diff", "--url", AdoptLeftOutObjectsTest.url(db), model, "--color", "never");
            assertThat(drift.code()).as(drift.out() + drift.err()).isEqualTo(1);
            assertThat(drift.out()).contains("Changes column `notes.body` on MySQL and MariaDB only, from TEXT to LONGTEXT (SQLite and "
                    + "PostgreSQL have nothing to change).").doesNotContain("(type");

            if (kind == Kind.MYSQL) {
                // MySQL 8 changes a column's data type only by copying the table (docs/targets/migrations.md says so).
                assertThatThrownBy(() -> db.run("ALTER TABLE notes MODIFY COLUMN body LONGTEXT NOT NULL, ALGORITHM=INPLACE;"))
                        .isInstanceOf(SQLException.class).hasMessageContaining("ALGORITHM=INPLACE is not supported");
            }
            db.run(read(out, Dialect.MYSQL, "20250102000000_longtext", "up"));
            var none = Cli.run("diff", "--url", AdoptLeftOutObjectsTest.url(db), model, "--color", "never");
            assertThat(none.code()).as(none.out() + none.err()).isZero();
            var after = columns(db, "notes");
            assertThat(after).hasSameSizeAs(before);
            for (int i = 0; i < before.size(); i++) {
                assertThat(after.get(i)).as("only the type changes").isEqualTo(before.get(i).replace(" text ", " longtext "));
            }
            assertThat(after).anyMatch(c -> c.startsWith("body longtext NO default=null utf8mb4_unicode_ci 'The note itself, as written.'"));
            insertBody(db, LONG);
            assertThat(bodyBytes(db)).isEqualTo("100000");

            // Down, with a value longer than TEXT holds, in a session that is not strict (sql_mode '', as many servers
            // run): the script's own strict mode refuses it, and nothing is cut.
            String down = read(out, Dialect.MYSQL, "20250102000000_longtext", "down");
            assertThatThrownBy(() -> db.run(NOT_STRICT + down)).isInstanceOf(SQLException.class)
                    .hasMessageMatching("(?s).*(too long|Incorrect string value).*");
            assertThat(bodyBytes(db)).isEqualTo("100000");
            // The control: the same MODIFY without the script's strict mode cuts the value in that session.
            db.run(NOT_STRICT + "ALTER TABLE notes MODIFY COLUMN body TEXT NOT NULL COMMENT 'The note itself, as written.';");
            assertThat(Integer.parseInt(bodyBytes(db))).isLessThanOrEqualTo(65_535);
            db.run("DELETE FROM notes;");
            insertBody(db, "short");
            db.run(down);
            assertThat(columns(db, "notes")).isEqualTo(before);
        }
    }

    @ParameterizedTest
    @EnumSource(value = Kind.class, names = {"MYSQL", "MARIADB"})
    void aPulledDatabaseKeepsItsTextTypesInTheBaselineAndTheAdoptionWidensThem(Kind kind) throws Exception {
        try (var db = LiveDb.fresh(kind, "longtext_pull")) {
            db.run("""
                    CREATE TABLE pages (id INT NOT NULL AUTO_INCREMENT, title VARCHAR(80) NOT NULL,
                      body TEXT NOT NULL COMMENT 'Page text', lede MEDIUMTEXT, extra LONGTEXT,
                      code TEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
                      CONSTRAINT pk_pages PRIMARY KEY (id), INDEX idx_pages_code (code(20)), FULLTEXT INDEX ft_pages_body (body))
                      ENGINE InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
                    """);
            var adopted = Adoption.of(db, tmp);
            // LONGTEXT is the model's text: nothing to say. TEXT and MEDIUMTEXT hold less, and pull says what comes of it.
            String pulled = Files.readString(adopted.model(), StandardCharsets.UTF_8);
            assertThat(pulled).contains("  extra text?\n", "  body  text\n", "  lede  text?\n")
                    .contains("// SC967 column body: stored as `text`, which holds at most 65,535 bytes; schemac stores the field's `text` as "
                            + "`longtext` on " + (kind == Kind.MYSQL ? "MySQL" : "MariaDB") + ": if this database is adopted "
                            + "(migrate --from-url), its history keeps it so in the baseline, and the migration after the baseline widens it")
                    .contains("// SC967 column lede: stored as `mediumtext`, which holds at most 16,777,215 bytes;")
                    .doesNotContain("column extra", "SC975 column body", "SC975 column lede");
            String baseline;
            try (Stream<Path> s = Files.list(adopted.out().resolve("migrations/snapshots"))) {
                baseline = Files.readString(s.sorted().findFirst().orElseThrow());
            }
            assertThat(baseline).contains("\"mysql\" : \"TEXT\"", "\"mysql\" : \"MEDIUMTEXT\"", "\"mysql\" : \"LONGTEXT\"");

            // The adoption's own migration, from the baseline to the model, is the one that widens them.
            assertThat(adopted.migrate().out()).contains(
                    "Changes column `pages.body` on MySQL and MariaDB only, from TEXT to LONGTEXT (SQLite and PostgreSQL have nothing to change).",
                    "Changes column `pages.lede` on MySQL and MariaDB only, from MEDIUMTEXT to LONGTEXT").doesNotContain("pages.extra");
            String up = read(adopted.out(), Dialect.MYSQL, Adoption.TIMESTAMP + "_" + Adoption.NAME, "up");
            assertThat(up).contains("MODIFY COLUMN body LONGTEXT NOT NULL COMMENT 'Page text';", "MODIFY COLUMN lede LONGTEXT;",
                    "MODIFY COLUMN code LONGTEXT COLLATE utf8mb4_bin;").doesNotContain("extra");
            // A model indexes no unbounded text on MySQL (SC504); a prefix or FULLTEXT index the database has (SC970, not
            // pulled) stays on the widened column.
            db.run(up);
            assertThat(AdoptLeftOutObjectsTest.one(db, "SELECT COUNT(DISTINCT INDEX_NAME) FROM information_schema.STATISTICS WHERE "
                    + "TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'pages' AND INDEX_NAME IN ('idx_pages_code', 'ft_pages_body')")).isEqualTo("2");
            var cols = columns(db, "pages");
            // MariaDB reports a nullable column without a default as having the default NULL, MySQL as having none.
            assertThat(cols).anyMatch(c -> c.matches("code longtext YES default=(null|NULL) utf8mb4_bin ''"))
                    .anyMatch(c -> c.startsWith("body longtext NO default=null utf8mb4_unicode_ci 'Page text'"));
            try (Connection c = db.connect(); var s = c.prepareStatement("INSERT INTO pages (title, body, lede) VALUES ('a', ?, ?)")) {
                s.setString(1, LONG);
                s.setString(2, LONG);
                s.executeUpdate();
            }
            var none = Cli.run("migrate", adopted.model().toString(), "--check", "-o", adopted.out().toString(), "--color", "never");
            assertThat(none.code()).as(none.out() + none.err()).isZero();
        }
    }
}
