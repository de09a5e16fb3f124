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
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Adoption of the databases schemac did not write ({@link ForeignDatabasesTest}'s hand-written
 * sample databases, on their engines): the team pulls the model, adds a field, and runs
 * {@code migrate --from-url}. The migration written applies to the database as it is, and
 * afterwards {@code diff --url} finds no difference (what pull cannot read is reported and
 * left alone, never taken for drift). Three pulled models hold what MySQL cannot (unbounded text
 * in a key): they are models of their own engine, so migrate adopts them, warns (SC504) and
 * writes no MySQL scripts rather than wrong ones.
 */
class AdoptForeignDatabasesTest {
    @TempDir
    Path tmp;

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> cases() throws Exception {
        return ForeignDatabasesTest.cases();
    }

    /** The pulled models that hold what MySQL cannot (a key or index on unbounded text). */
    static final java.util.Set<String> NOT_FOR_MYSQL = java.util.Set.of("dvd_rental.POSTGRES", "odd_names.SQLITE", "unheld.POSTGRES",
            "team_app.POSTGRES", "team_app.SQLITE", "quirks.SQLITE");

    static final Pattern FIRST_ENTITY = Pattern.compile("(?m)^entity \\w+ \\{\\n");

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("cases")
    void theAdoptionAppliesAndLeavesNoDrift(String name, Kind kind, Path sql) throws Exception {
        try (var db = LiveDb.fresh(kind, "adopt_" + name)) {
            db.run(Files.readString(sql, StandardCharsets.UTF_8));
            String url = switch (kind) {
                case SQLITE -> db.sqliteFile().toString();
                case POSTGRES -> db.server().url("postgresql");
                case MARIADB -> db.server().url("mariadb");
                case MYSQL -> db.server().url("mysql");
            };
            Path model = tmp.resolve(name + ".schema");
            var pull = Cli.run("pull", "--url", url, "--out", model.toString(), "--color", "never");
            assertThat(pull.code()).as(pull.err()).isZero();
            var m = FIRST_ENTITY.matcher(Files.readString(model));
            assertThat(m.find()).isTrue();
            Files.writeString(model, m.replaceFirst(m.group() + "  adopted_note string(40)?\n"));

            Path out = tmp.resolve("generated");
            var adopt = Cli.run("migrate", model.toString(), "--from-url", url, "--name", "adopt", "--timestamp", "20250301120000",
                    "--allow-destructive", "-o", out.toString(), "--color", "never");
            assertThat(adopt.code()).as(adopt.out() + adopt.err()).isZero();
            boolean forMysql = !NOT_FOR_MYSQL.contains(name + "." + kind);
            // These models index unbounded text, which MySQL cannot: not their database, so its scripts are left out, with a warning.
            assertThat(adopt.err().contains("warning[SC504]: MySQL cannot represent a key, unique constraint or index on an "
                    + "unbounded text")).as(adopt.err()).isEqualTo(!forMysql);
            assertThat(Files.exists(out.resolve(MigrationFiles.sqlPath(Dialect.MYSQL, "20250301120000_adopt", "up")))).isEqualTo(forMysql);
            assertThat(Files.exists(out.resolve("sql/mysql/schema.sql"))).isEqualTo(forMysql);
            assertThat(adopt.out()).contains("migration 20250301120000_adopt:", ".adopted_note`.");
            Dialect d = kind == Kind.SQLITE ? Dialect.SQLITE : kind == Kind.POSTGRES ? Dialect.POSTGRES : Dialect.MYSQL;
            db.run(Files.readString(out.resolve(MigrationFiles.sqlPath(d, "20250301120000_adopt", "up")), StandardCharsets.UTF_8));

            var diff = Cli.run("diff", "--url", url, "--color", "never", model.toString());
            assertThat(diff.code()).as("diff after the adoption's migration:\n%s\n%s", diff.out(), adopt.out()).isZero();
        }
    }
}
