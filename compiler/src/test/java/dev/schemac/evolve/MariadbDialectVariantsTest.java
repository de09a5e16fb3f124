package dev.schemac.evolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.cli.Cli;
import dev.schemac.gen.sql.Introspector.Kind;
import dev.schemac.gen.sql.LiveDb;
import dev.schemac.testing.PythonHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code mariadb://} URL gives SQLAlchemy's dialect the name {@code mariadb}, and a type's variant for
 * {@code "mysql"} does not apply to it: the models and Alembic's revisions declare their MySQL types for both names,
 * so on real MariaDB reached as {@code mariadb+pymysql} bytes are LONGBLOB and a datetime keeps microseconds.
 */
class MariadbDialectVariantsTest {
    @TempDir
    Path tmp;

    private static final String MODEL = """
            schema app {
              dialect = mysql
            }

            /// A file kept with the time it was taken.
            entity Blob {
              data bytes
              taken_at datetime
            }
            """;

    @Test
    void theModelsAndAlembicMakeLongblobAndDatetime6OnMariadbUrls() throws Exception {
        Path model = Files.writeString(tmp.resolve("app.schema"), MODEL);
        Path out = tmp.resolve("out");
        var gen = Cli.run("migrate", model.toString(), "--name", "init", "--timestamp", "20250101000000", "-o", out.toString(),
                "--color", "never");
        assertThat(gen.code()).as(gen.out() + gen.err()).isZero();
        var models = Cli.run("generate", "-t", "sqlmodel", "-o", out.toString(), "--color", "never", model.toString());
        assertThat(models.code()).as(models.out() + models.err()).isZero();
        try (var viaModels = LiveDb.fresh(Kind.MARIADB, "mariadb_models"); var viaAlembic = LiveDb.fresh(Kind.MARIADB, "mariadb_alembic")) {
            PythonHarness.modelsCreate(out.resolve("sqlmodel/models.py"), viaModels.server().url("mariadb+pymysql"));
            assertThat(types(viaModels)).as("create_all").isEqualTo(Map.of("data", "longblob", "taken_at", "datetime(6)"));
            AlembicJudgesEvolutionTest.alembic(out.resolve("migrations/alembic"), viaAlembic.server().url("mariadb+pymysql"), "upgrade", "head",
                    "on MariaDB");
            assertThat(types(viaAlembic)).as("alembic upgrade head").isEqualTo(Map.of("data", "longblob", "taken_at", "datetime(6)"));
        }
    }

    private static Map<String, String> types(LiveDb db) throws SQLException {
        var out = new TreeMap<String, String>();
        try (var c = db.connect(); var s = c.createStatement(); var rs = s.executeQuery(
                "SELECT column_name, column_type FROM information_schema.columns WHERE table_schema = DATABASE() "
                        + "AND table_name = 'blobs' AND column_name IN ('data', 'taken_at')")) {
            while (rs.next()) out.put(rs.getString(1), rs.getString(2).toLowerCase(java.util.Locale.ROOT));
        }
        return out;
    }
}
