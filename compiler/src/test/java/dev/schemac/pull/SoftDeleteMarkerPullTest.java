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
 * also has a unique over every row, is no marker's: it stays SC970, never a plain unique. A column
 * not named {@code deleted_at} read as the marker is named to the user (SC982): it may mean
 * something else ({@code archived_at}), and the model would call its rows deleted.
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
            // Read from the uniques alone, each marker is named to the user (SC982), and nothing else is reported.
            assertThat(pulled.warnings()).as(pulled.text()).extracting(d -> d.code()).containsExactly("SC982", "SC982");
            assertThat(pulled.warnings()).extracting(d -> d.message())
                    .anySatisfy(m -> assertThat(m).contains("`customers.removed_on`", "soft-delete marker `deleted_at`"))
                    .anySatisfy(m -> assertThat(m).contains("`orders.voided_at`", "soft-delete marker `deleted_at`"));
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

    /**
     * A column read as the marker from the uniques alone, whatever its name and type, is reported at its
     * field with what it was read as; the conventional {@code deleted_at} is not.
     */
    @ParameterizedTest
    @EnumSource(value = Kind.class, names = {"POSTGRES", "SQLITE"})
    void aColumnReadAsTheMarkerIsReportedAtItsField(Kind kind) throws Exception {
        try (var db = LiveDb.fresh(kind, "readmark")) {
            db.run("""
                    CREATE TABLE projects (id INTEGER PRIMARY KEY, code VARCHAR(20) NOT NULL, archived_at TIMESTAMP);
                    CREATE UNIQUE INDEX uq_projects_code ON projects (code) WHERE archived_at IS NULL;
                    CREATE TABLE seats (id INTEGER PRIMARY KEY, label VARCHAR(20) NOT NULL, room VARCHAR(20) NOT NULL, freed_by INTEGER);
                    CREATE UNIQUE INDEX uq_seats_label ON seats (label) WHERE freed_by IS NULL;
                    CREATE UNIQUE INDEX uq_seats_room ON seats (room, label) WHERE freed_by IS NULL;
                    CREATE TABLE notes (id INTEGER PRIMARY KEY, slug VARCHAR(20) NOT NULL, deleted_at TIMESTAMP);
                    CREATE UNIQUE INDEX uq_notes_slug ON notes (slug) WHERE deleted_at IS NULL;
                    """);
            var pulled = PullFixtures.pull(db);
            var marked = pulled.warnings().stream().filter(w -> w.code().equals("SC982")).toList();
            assertThat(marked).as(pulled.text()).hasSize(2);
            String[] lines = pulled.text().split("\n", -1);
            for (var w : marked) {
                // The warning is at its comment, among the field's: the field is the first line after them.
                assertThat(lines[w.span().line() - 1]).startsWith("  // SC982 column ");
                int at = w.span().line();
                while (lines[at].strip().startsWith("//")) at++;
                String line = lines[at];
                if (w.message().contains("`projects.archived_at`")) {
                    assertThat(line).as(pulled.text()).containsPattern("^\\s*deleted_at\\s+datetime\\?\\s+@map\\(\"archived_at\"\\)");
                } else {
                    assertThat(w.message()).contains("`seats.freed_by`");
                    assertThat(line).as(pulled.text()).containsPattern("^\\s*deleted_at\\s+\\w+\\?\\s+@map\\(\"freed_by\"\\)");
                }
                assertThat(w.message()).contains("is read as the soft-delete marker `deleted_at`", "a deleted row to the model");
                assertThat(w.help()).contains("rename the field");
            }
            assertThat(pulled.text()).contains("// SC982 column archived_at: every unique of `projects`");
        }
    }
    /**
     * A unique over every row and a unique index over the live rows on the same column (a team that added the index for
     * its soft delete and kept the old constraint): the model keeps one unique, over the live rows, and the other repeats
     * it (SC970), named by its columns where the engine keeps no name for the one the model keeps (SQLite's column
     * UNIQUE; it once failed pull). The adoption keeps the repeated index as the engine has it, with its WHERE, not as a
     * unique over every row; after the adoption's first migration the database matches the model.
     */
    @ParameterizedTest
    @EnumSource(value = Kind.class, names = {"POSTGRES", "SQLITE"})
    void aUniqueRepeatedOverTheLiveRowsKeepsItsFilter(Kind kind) throws Exception {
        try (var db = LiveDb.fresh(kind, "repeated_live")) {
            db.run(kind == Kind.SQLITE
                    ? "CREATE TABLE users (id INTEGER PRIMARY KEY, email VARCHAR(255) NOT NULL UNIQUE, deleted_at TEXT);\n"
                            + "CREATE UNIQUE INDEX users_email_live ON users (email) WHERE deleted_at IS NULL;\n"
                    : "CREATE TABLE users (id int PRIMARY KEY, email text NOT NULL CONSTRAINT users_email_key UNIQUE, "
                            + "deleted_at timestamptz);\n"
                            + "CREATE UNIQUE INDEX users_email_live ON users (email) WHERE deleted_at IS NULL;\n");
            var adopted = Adoption.of(db, tmp);
            assertThat(adopted.pull().err()).contains("warning[SC970]: index `users_email_live` on `users` is not pulled: it repeats "
                    + (kind == Kind.SQLITE ? "the unique over `email`" : "unique `users_email_key`"));
            assertThat(Files.readString(adopted.model())).contains("WHERE deleted_at IS NULL");
            var dialect = PullFixtures.dialect(kind);
            String up = Files.readString(adopted.out().resolve(MigrationFiles.sqlPath(dialect, Adoption.TIMESTAMP + "_" + Adoption.NAME,
                    "up")), StandardCharsets.UTF_8);
            assertThat(up).doesNotContain("CONSTRAINT users_email_live UNIQUE");
            db.run(up);
            String where = AdoptLeftOutObjectsTest.one(db, kind == Kind.SQLITE
                    ? "SELECT sql FROM sqlite_master WHERE name = 'users_email_live'"
                    : "SELECT indexdef FROM pg_indexes WHERE indexname = 'users_email_live'");
            assertThat(where).as(up).contains("WHERE");
            var diff = Cli.run("diff", "--url", AdoptLeftOutObjectsTest.url(db), "--color", "never", adopted.model().toString());
            assertThat(diff.code()).as(diff.out() + diff.err()).isZero();
            assertThat(diff.out() + diff.err()).contains("the database matches the model");
        }
    }
}
