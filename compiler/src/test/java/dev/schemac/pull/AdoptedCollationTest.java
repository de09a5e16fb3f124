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
 * A text column of an adopted MySQL or MariaDB database that compares under a collation of its own
 * (pull says so, SC975: a model has no collation) keeps it through later migrations: the history
 * carries it from the baseline, and each MODIFY COLUMN, up and down, says it, so the column's text
 * is not silently compared anew under the table's collation. A column that keeps its table's
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
}
