package dev.schemac.pull;

import static dev.schemac.pull.AdoptLeftOutObjectsTest.one;
import static dev.schemac.pull.AdoptedViewsTest.alembic;
import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.cli.Cli;
import dev.schemac.gen.migrations.MigrationFiles;
import dev.schemac.gen.sql.Introspector.Kind;
import dev.schemac.gen.sql.LiveDb;
import dev.schemac.model.Dialect;
import dev.schemac.pull.compare.Drift;
import dev.schemac.testing.Engine;
import dev.schemac.testing.PythonHarness;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A datetime's literal default is the model's instant on PostgreSQL whatever the TimeZone of the
 * session that creates the column: PostgreSQL converts a timestamptz default once, at CREATE or
 * ALTER, and reads a literal without an offset in that zone. Every path that writes one runs in a
 * database whose sessions default to a zone east and one west of UTC: schema.sql, the migration
 * scripts (CREATE TABLE, ADD COLUMN, ALTER COLUMN ... SET DEFAULT), Alembic, and SQLModel's
 * create_all. Pull reads the default back as the model's value, so diff sees no change.
 */
class DatetimeDefaultInstantTest {
    @TempDir
    Path tmp;

    static final String V1 = """
            schema tz { dialect = postgres }

            entity Ev {
              id int @id
              at datetime = "2024-01-31T07:30:00Z"
            }
            """;

    /** The default changed (written with an offset), and a column added with one. */
    static final String V2 = """
            schema tz { dialect = postgres }

            entity Ev {
              id    int @id
              at    datetime = "2024-01-31T06:30:00-02:00"
              later datetime = "2030-06-15T14:00:00+02:00"
            }
            """;

    @ParameterizedTest
    @ValueSource(strings = {"Europe/Berlin", "America/Los_Angeles"})
    void theDefaultIsTheModelsInstantInEverySessionZone(String zone) throws Exception {
        Path model = tmp.resolve("tz.schema");
        Files.writeString(model, V1);
        Path out = tmp.resolve("out");
        var gen = Cli.run("migrate", model.toString(), "--name", "init", "--timestamp", "20250101000000", "-o", out.toString(),
                "--color", "never");
        assertThat(gen.code()).as(gen.out() + gen.err()).isZero();
        try (var viaSchema = zoned(LiveDb.fresh(Kind.POSTGRES, "tz_schema"), zone);
             var viaScripts = zoned(LiveDb.fresh(Kind.POSTGRES, "tz_scripts"), zone);
             var viaAlembic = zoned(LiveDb.fresh(Kind.POSTGRES, "tz_alembic"), zone);
             var viaModels = zoned(LiveDb.fresh(Kind.POSTGRES, "tz_models"), zone)) {
            // JDBC sends the JVM's zone when it connects, over the database's: the scripts set the zone themselves.
            String session = "SET TIME ZONE '" + zone + "';\n";
            viaSchema.run(session + Files.readString(out.resolve("sql/postgres/schema.sql"), StandardCharsets.UTF_8));
            viaScripts.run(session + script(out, "20250101000000_init"));
            alembic(out, viaAlembic, "upgrade", "head");
            var created = PythonHarness.modelsCreate(out.resolve("sqlmodel/models.py"), sqlalchemyUrl(viaModels));
            assertThat(created.toString()).contains("evs");
            var stored = new java.util.LinkedHashMap<String, String>();
            for (LiveDb db : new LiveDb[] {viaSchema, viaScripts, viaAlembic, viaModels}) {
                db.run("INSERT INTO evs (id) VALUES (1)");
                stored.put(db.server().name().replaceAll(".*(tz_[a-z]+).*", "$1"), utc(db, "at", 1));
            }
            assertThat(stored).as("the default each path stores, read in UTC, created in %s", zone).isEqualTo(
                    java.util.Map.of("tz_schema", "2024-01-31 07:30:00", "tz_scripts", "2024-01-31 07:30:00",
                            "tz_alembic", "2024-01-31 07:30:00", "tz_models", "2024-01-31 07:30:00"));

            // Pull reads the default as the model's value: no drift, no change for diff.
            var live = PullFixtures.read(viaSchema);
            assertThat(Drift.sentences(Drift.of(PullFixtures.compile(V1).catalog(), live).changes())).isEmpty();
            assertThat(PullFixtures.pull(viaSchema).text()).contains("07:30:00");
            var diff = Cli.run("diff", "--url", PullFixtures.url(viaSchema), "--color", "never", model.toString());
            assertThat(diff.code()).as(diff.out() + diff.err()).isZero();

            // ADD COLUMN and ALTER COLUMN ... SET DEFAULT, by script and by Alembic.
            Files.writeString(model, V2);
            var next = Cli.run("migrate", model.toString(), "--name", "change", "--timestamp", "20250201000000", "-o", out.toString(),
                    "--color", "never");
            assertThat(next.code()).as(next.out() + next.err()).isZero();
            String up = script(out, "20250201000000_change");
            assertThat(up).contains("ADD COLUMN later", "SET DEFAULT");
            viaScripts.run(session + up);
            alembic(out, viaAlembic, "upgrade", "head");
            for (LiveDb db : new LiveDb[] {viaScripts, viaAlembic}) {
                assertThat(utc(db, "later", 1)).as("%s, the added column's value in %s", db.server().name(), zone)
                        .isEqualTo("2030-06-15 12:00:00");
                db.run("INSERT INTO evs (id) VALUES (2)");
                assertThat(utc(db, "at", 2)).as("%s, the changed default in %s", db.server().name(), zone)
                        .isEqualTo("2024-01-31 08:30:00");
                assertThat(utc(db, "later", 2)).isEqualTo("2030-06-15 12:00:00");
                diff = Cli.run("diff", "--url", PullFixtures.url(db), "--color", "never", model.toString());
                assertThat(diff.code()).as(diff.out() + diff.err()).isZero();
            }
        }
    }

    /** The database with the zone as its sessions' TimeZone where the client sends none (libpq: Alembic, SQLModel). */
    private static LiveDb zoned(LiveDb db, String zone) throws Exception {
        db.run("ALTER DATABASE \"" + db.server().name() + "\" SET TimeZone TO '" + zone + "'");
        assertThat(one(db, "SELECT array_to_string(s.setconfig, ',') FROM pg_db_role_setting s JOIN pg_database d ON d.oid = "
                + "s.setdatabase WHERE d.datname = current_database()")).isEqualTo("TimeZone=" + zone);
        return db;
    }

    private static String utc(LiveDb db, String column, int id) throws Exception {
        return one(db, "SELECT to_char(" + column + " AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS') FROM evs WHERE id = " + id);
    }

    private static String script(Path out, String migration) throws Exception {
        return Files.readString(out.resolve(MigrationFiles.sqlPath(Dialect.POSTGRES, migration, "up")), StandardCharsets.UTF_8);
    }

    private static String sqlalchemyUrl(LiveDb db) {
        return "postgresql+psycopg2://" + db.server().user() + ":" + db.server().password() + "@" + Engine.POSTGRES.host() + ":"
                + Engine.POSTGRES.port() + "/" + db.server().name();
    }
}
