package dev.schemac.pull;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.cli.Cli;
import dev.schemac.gen.migrations.MigrationFiles;
import dev.schemac.gen.sql.Introspector.Kind;
import dev.schemac.gen.sql.LiveDb;
import dev.schemac.gen.sql.ShapeDiff;
import dev.schemac.pull.compare.Drift;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The soft-delete marker kept under another column name ({@code deleted_at datetime? @map("removed_on")}):
 * generate writes each unique over the rows {@code WHERE removed_on IS NULL}. Pull reads that
 * column back as the marker, so the database round-trips: no SC970, no drift, and adoption's
 * first migration applies. A unique over the rows where another column IS NULL, on a table that
 * also has a unique over every row, is no marker's: it stays SC970, never a plain unique.
 */
class SoftDeleteMarkerPullTest {
    @TempDir
    Path tmp;

    static final String MODEL = """
            schema mapdel {
              dialect = DIALECT
            }

            entity Customer {
              handle     string(30) @unique
              region     string(10)
              code       string(10)
              deleted_at datetime?  @map("removed_on")
              orders     Order[]
              @@unique(region, code)
              @@index(deleted_at)
            }

            entity Order {
              customer   Customer
              number     int
              deleted_at datetime? @map("voided_at")
              @@unique(customer, number)
              @@index(deleted_at)
            }
            """;

    @ParameterizedTest
    @EnumSource(value = Kind.class, names = {"POSTGRES", "SQLITE"})
    void aMarkerUnderAnotherNameRoundTrips(Kind kind) throws Exception {
        String text = MODEL.replace("DIALECT", PullFixtures.dialect(kind).id());
        var c = PullFixtures.compile(text);
        try (var db = LiveDb.fresh(kind, "mapdel"); var rebuilt = LiveDb.fresh(kind, "mapdel2")) {
            String ddl = PullFixtures.ddl(c, kind);
            assertThat(ddl).contains("WHERE removed_on IS NULL", "WHERE voided_at IS NULL");
            db.run(ddl);
            var live = PullFixtures.read(db);
            var pulled = Puller.model(live, null, "pulled.schema");
            assertThat(pulled.warnings()).as(pulled.text()).isEmpty();
            assertThat(pulled.text()).containsPattern("deleted_at\\s+datetime\\?\\s+@map\\(\"removed_on\"\\)")
                    .containsPattern("deleted_at\\s+datetime\\?\\s+@map\\(\"voided_at\"\\)");
            assertThat(Drift.sentences(Drift.of(c.catalog(), live).changes())).isEmpty();
            rebuilt.run(PullFixtures.ddl(PullFixtures.compile(pulled.text()), kind));
            assertThat(ShapeDiff.between(db.shape(), rebuilt.shape())).as(pulled.text()).isEmpty();

            String url = PullFixtures.url(db);
            Path model = tmp.resolve("mapdel.schema");
            Files.writeString(model, text);
            var diff = Cli.run("diff", "--url", url, "--color", "never", model.toString());
            assertThat(diff.code()).as(diff.out() + diff.err()).isZero();
            Files.writeString(model, text.replace("  code       string(10)\n", "  code       string(10)\n  note       string(40)?\n"));
            Path out = tmp.resolve("generated");
            var adopt = Cli.run("migrate", model.toString(), "--from-url", url, "--name", "adopt", "--timestamp", "20250301120000",
                    "-o", out.toString(), "--color", "never");
            assertThat(adopt.code()).as(adopt.out() + adopt.err()).isZero();
            String up = Files.readString(out.resolve(MigrationFiles.sqlPath(PullFixtures.dialect(kind), "20250301120000_adopt", "up")),
                    StandardCharsets.UTF_8);
            assertThat(up).doesNotContain("uq_customers_handle", "uq_orders_customer_id_number");
            db.run(up);
            diff = Cli.run("diff", "--url", url, "--color", "never", model.toString());
            assertThat(diff.code()).as(diff.out() + diff.err()).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(value = Kind.class, names = {"POSTGRES", "SQLITE"})
    void aUniqueOverAnotherFilterIsNotPulled(Kind kind) throws Exception {
        try (var db = LiveDb.fresh(kind, "archived")) {
            db.run("""
                    CREATE TABLE projects (id INTEGER PRIMARY KEY, owner VARCHAR(20) NOT NULL, code VARCHAR(20) NOT NULL,
                      archived_at TIMESTAMP, CONSTRAINT uq_projects_owner_code UNIQUE (owner, code));
                    CREATE UNIQUE INDEX uq_projects_open_code ON projects (code) WHERE archived_at IS NULL;
                    CREATE TABLE boards (id INTEGER PRIMARY KEY, title VARCHAR(20) NOT NULL, closed_on TIMESTAMP NOT NULL);
                    CREATE UNIQUE INDEX uq_boards_title ON boards (title) WHERE closed_on IS NULL;
                    """);
            var pulled = PullFixtures.pull(db);
            assertThat(pulled.warnings().stream().filter(w -> w.code().equals("SC970")).map(w -> w.message()))
                    .as(pulled.text()).anySatisfy(m -> assertThat(m).contains("uq_projects_open_code", "partial index"))
                    .anySatisfy(m -> assertThat(m).contains("uq_boards_title", "partial index"));
            // Neither is a unique over every row in the model: each is only the SC970 comment.
            assertThat(pulled.text()).contains("archived_at datetime?").doesNotContain("deleted_at").doesNotContainPattern("[^@]@unique");
        }
    }
}
