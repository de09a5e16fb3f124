package dev.schemac.evolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
 * A unique over a column the same migration adds optional and without a default cannot fail: every row has NULL
 * there, and two NULLs are no duplicates on any engine schemac writes for. So the migration is not refused (no
 * SC561), also when the unique pairs the new column with one whose values repeat; it runs on the real engine with
 * the rows kept, and the unique holds for the values written after it. A unique over a column added with a default,
 * which every row then shares, is still refused.
 */
class UniqueOnAddedColumnTest {
    @TempDir
    Path tmp;

    static final String BEFORE = """
            schema shelf {
              dialect = DIALECT
            }

            entity Book {
              title string(40)
            }
            """;

    static final String AFTER = BEFORE.replace("  title string(40)\n", """
              title string(40)
              isbn  string(13)? @unique
              code  string(8)?
              @@unique(title, code)
            """);

    Cli.Run migrate(Path model, Path out, String ts, String name) {
        return Cli.run("migrate", model.toString(), "--name", name, "--timestamp", ts, "-o", out.toString(), "--color", "never");
    }

    static String script(Path out, Dialect d, String id) throws Exception {
        return Files.readString(out.resolve(MigrationFiles.sqlPath(d, id, "up")), StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aUniqueOverANewOptionalColumnRunsOnRowsThatRepeat(Kind kind) throws Exception {
        Dialect d = switch (kind) {
            case SQLITE -> Dialect.SQLITE;
            case POSTGRES -> Dialect.POSTGRES;
            case MARIADB, MYSQL -> Dialect.MYSQL;
        };
        String dialect = d.id();
        Path model = tmp.resolve("shelf.schema");
        Path out = tmp.resolve("out");
        Files.writeString(model, BEFORE.replace("DIALECT", dialect));
        var first = migrate(model, out, "20250101000000", "init");
        assertThat(first.code()).as(first.out() + first.err()).isZero();
        Files.writeString(model, AFTER.replace("DIALECT", dialect));
        var second = migrate(model, out, "20250102000000", "isbn");
        assertThat(second.code()).as(second.out() + second.err()).isZero();
        assertThat(second.err()).doesNotContain("SC561");

        try (var db = LiveDb.fresh(kind, "uq_added")) {
            db.run(script(out, d, "20250101000000_init"));
            db.run("INSERT INTO books (title) VALUES ('Dune'), ('Dune'), ('Emma')");
            db.run(script(out, d, "20250102000000_isbn"));
            assertThat(count(db, "SELECT count(*) FROM books WHERE isbn IS NULL AND code IS NULL")).isEqualTo(3);
            db.run("INSERT INTO books (title, isbn, code) VALUES ('Dune', '9780441013593', 'A1')");
            assertThatThrownBy(() -> db.run("INSERT INTO books (title, isbn) VALUES ('Other', '9780441013593')"))
                    .as("the unique holds for values written after it").isInstanceOf(Exception.class);
            assertThatThrownBy(() -> db.run("INSERT INTO books (title, code) VALUES ('Dune', 'A1')"))
                    .as("the pair is unique").isInstanceOf(Exception.class);
            assertThat(count(db, "SELECT count(*) FROM books")).isEqualTo(4);
        }

        // With a default every existing row shares its value: duplicates then, and SC561 says so.
        Path other = tmp.resolve("other");
        Files.writeString(model, BEFORE.replace("DIALECT", dialect));
        assertThat(migrate(model, other, "20250101000000", "init").code()).isZero();
        Files.writeString(model, AFTER.replace("DIALECT", dialect).replace("isbn  string(13)? @unique", "isbn  string(13) = \"none\" @unique"));
        var shared = migrate(model, other, "20250102000000", "shared");
        assertThat(shared.code()).isNotZero();
        assertThat(shared.err()).contains("error[SC561]: the migration adds unique `uq_books_isbn` to `books`");
    }

    static int count(LiveDb db, String sql) throws SQLException {
        try (var c = db.connect(); var s = c.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
