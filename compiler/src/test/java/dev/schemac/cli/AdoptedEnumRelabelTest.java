package dev.schemac.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.gen.migrations.MigrationFiles;
import dev.schemac.gen.sql.Introspector.Kind;
import dev.schemac.gen.sql.LiveDb;
import dev.schemac.render.sql.Sql;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A database adopted with {@code migrate --from-url} whose enum holds the model's stored values:
 * the baseline snapshot names the model's members, so the first {@code @map} change after the
 * adoption renames the stored value in place, rows and all (not a value dropped and one added, SC562).
 */
class AdoptedEnumRelabelTest {
    @TempDir
    Path tmp;

    static final String BODY = """
            enum Status {
              NEW
              PAID @map("paid")
            }

            entity Order {
              total  decimal(10, 2)
              status Status = NEW
            }
            """;

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Kind.class, names = {"SQLITE", "POSTGRES"})
    void theFirstMapChangeAfterAdoptionIsARelabel(Kind kind) throws Exception {
        Path model = tmp.resolve("app/shop.schema");
        Files.createDirectories(model.getParent());
        Files.writeString(model, MigrateFromUrlTest.model(kind, BODY));
        Path out = tmp.resolve("app/generated");
        try (var db = LiveDb.fresh(kind, "adopt_enum")) {
            db.run(Sql.create(MigrateFromUrlTest.dialect(kind), MigrateFromUrlTest.compile(model).catalog(), "shop"));
            db.run("INSERT INTO orders (total, status) VALUES (3.25, 'paid');\n");
            String url = MigrateFromUrlTest.url(db);

            var adopt = Cli.run("migrate", model.toString(), "--from-url", url, "--name", "adopt", "--timestamp", "20250301120000",
                    "-o", out.toString(), "--color", "never");
            assertThat(adopt.code()).as(adopt.out() + adopt.err()).isZero();
            assertThat(Files.readString(out.resolve("migrations/snapshots/" + MigrateFromUrlTest.BASELINE + ".json")))
                    .contains("\"members\" : [\n          \"NEW\",\n          \"PAID\"\n        ]");

            Files.writeString(model, MigrateFromUrlTest.model(kind, BODY.replace("@map(\"paid\")", "@map(\"settled\")")));
            var relabel = Cli.run("migrate", model.toString(), "--name", "settled", "--timestamp", "20250302000000",
                    "-o", out.toString(), "--color", "never");
            assertThat(relabel.code()).as(relabel.out() + relabel.err()).isZero();
            assertThat(relabel.err()).doesNotContain("SC562");
            String up = Files.readString(out.resolve(MigrationFiles.sqlPath(MigrateFromUrlTest.dialect(kind), "20250302000000_settled", "up")));
            if (kind == Kind.POSTGRES) assertThat(up).contains("RENAME VALUE 'paid' TO 'settled'").doesNotContain("CREATE TYPE");
            else assertThat(up).contains("CASE status WHEN 'paid' THEN 'settled' ELSE status END");

            db.run(up);
            try (Connection c = db.connect(); var st = c.createStatement(); var rs = st.executeQuery("SELECT status FROM orders")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("settled");
            }
            MigrateFromUrlTest.assertNoDrift(url, model);
        }
    }
}
