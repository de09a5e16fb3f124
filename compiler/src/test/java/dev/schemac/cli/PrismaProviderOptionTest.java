package dev.schemac.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code prisma.provider} option from the command line and from schemac.toml: schema.prisma,
 * the Prisma Migrate folder and the documents follow the Prisma side's database, not the model's
 * dialect; a value naming no database is refused as it is read (SC122 in the settings file) and nothing is written.
 */
class PrismaProviderOptionTest {
    @TempDir
    Path tmp;
    Path model;

    @BeforeEach
    void setUp() throws IOException {
        Files.createDirectory(tmp.resolve(".git"));
        model = Files.writeString(tmp.resolve("shop.schema"), """
                schema shop {
                  dialect = sqlite
                }

                entity User {
                  email string(255) @unique @pii
                }
                """);
    }

    @Test
    void theCommandLineChoosesThePrismaSidesDatabase() {
        Path out = tmp.resolve("out");
        var r = Cli.run("generate", "-t", "prisma,migrations,docs", "-o", out.toString(), "--option",
                "prisma.provider=postgresql", model.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(out.resolve("prisma/schema.prisma")).content().contains("provider = \"postgresql\"")
                .contains("@db.VarChar(255)").contains("// Prisma schema (provider postgresql)");
        assertThat(out.resolve("migrations/prisma/migration_lock.toml")).content().contains("provider = \"postgresql\"");
        assertThat(out.resolve("migrations/prisma/20250101000000_init/migration.sql")).content()
                .contains("email varchar(255) NOT NULL");
        assertThat(out.resolve("Database_Design.md")).content().contains("is written for the `postgresql` provider")
                .contains("with `provider = \"postgresql\"`, on a PostgreSQL database (the option `prisma.provider`), not the primary one")
                .doesNotContain("on the same SQLite database");
        assertThat(out.resolve("prisma.config.ts")).content().contains("process.env.DATABASE_URL");
    }

    @Test
    void theDocumentAloneReadsTheMigrationsOfThePrismaSidesDatabase() {
        // docs reads migrations, which then runs for the Prisma side's database: that database is the run's own
        // whether migrations is chosen or only read (once an internal error, SC139).
        Path out = tmp.resolve("out");
        var r = Cli.run("generate", "-t", "docs", "-o", out.toString(), "--option", "prisma.provider=postgresql",
                model.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).doesNotContain("SC139");
        assertThat(out.resolve("Database_Design.md")).content().contains("is written for the `postgresql` provider");
        assertThat(out.resolve("migrations")).doesNotExist();
        var check = Cli.run("check", "-t", "docs", "--option", "prisma.provider=postgresql", model.toString());
        assertThat(check.code()).as(check.err()).isZero();
    }

    @Test
    void theSettingsFileChoosesItToo() throws IOException {
        Files.writeString(tmp.resolve("schemac.toml"), "[prisma]\nprovider = \"mysql\"\n");
        Path out = tmp.resolve("out");
        var r = Cli.run("generate", "-t", "prisma", "-o", out.toString(), model.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(out.resolve("prisma/schema.prisma")).content().contains("provider = \"mysql\"");
    }

    @Test
    void aProviderPrismaAndSchemacDoNotShareIsRefusedAsItIsReadAndNothingIsWritten() {
        Path out = tmp.resolve("out");
        var r = Cli.run("generate", "-t", "prisma,migrations", "-o", out.toString(), "--option", "prisma.provider=oracle",
                model.toString());
        assertThat(r.code()).isEqualTo(Main.USAGE);
        assertThat(r.err()).contains("--option prisma.provider=oracle must name a database Prisma and schemac share "
                + "(sqlite, postgresql or mysql): oracle");
        assertThat(out).doesNotExist();
        // Whichever targets are chosen, as every other bad value.
        var other = Cli.run("check", "-t", "postgres", "--option", "prisma.provider=oracle", model.toString());
        assertThat(other.code()).isEqualTo(Main.USAGE);
    }

    @Test
    void aBadProviderInTheSettingsFileIsSC122AtItsValue() throws IOException {
        Path settings = Files.writeString(tmp.resolve("schemac.toml"), "[prisma]\nprovider = \"oracle\"\n");
        var r = Cli.run("check", "-t", "postgres", "--color", "never", model.toString());
        assertThat(r.code()).isEqualTo(Main.INPUT_ERRORS);
        assertThat(r.err()).contains("error[SC122]: `prisma.provider` must name a database Prisma and schemac share "
                + "(sqlite, postgresql or mysql): oracle").contains("--> " + settings + ":2:12");
    }

    /** `schemac migrate` writes each next Prisma Migrate folder for the Prisma side's database too, and refuses a bad one. */
    @Test
    void migrateWritesTheNextPrismaFolderForTheProvider() throws IOException {
        Files.writeString(tmp.resolve("schemac.toml"), "[prisma]\nprovider = \"postgresql\"\n");
        Path out = tmp.resolve("out");
        var init = Cli.run("generate", "-t", "prisma,migrations", "-o", out.toString(), model.toString());
        assertThat(init.code()).as(init.err()).isZero();
        Files.writeString(model, Files.readString(model).replace("@pii\n", "@pii\n  nickname string(40)?\n"));
        var next = Cli.run("migrate", model.toString(), "-o", out.toString(), "--name", "add_nickname", "--timestamp", "20250102000000");
        assertThat(next.code()).as(next.err()).isZero();
        assertThat(out.resolve("migrations/prisma/migration_lock.toml")).content().contains("provider = \"postgresql\"");
        assertThat(out.resolve("migrations/prisma/20250102000000_add_nickname/migration.sql")).content()
                .isEqualTo(Files.readString(out.resolve("migrations/sql/postgres/20250102000000_add_nickname.up.sql")))
                .contains("nickname varchar(40)");

        Files.writeString(tmp.resolve("schemac.toml"), "[prisma]\nprovider = \"oracle\"\n");
        Files.writeString(model, Files.readString(model).replace("  nickname string(40)?\n", "  nickname string(40)?\n  city string(40)?\n"));
        var bad = Cli.run("migrate", model.toString(), "-o", out.toString(), "--name", "add_city", "--timestamp", "20250103000000");
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).contains("error[SC122]: `prisma.provider` must name a database Prisma and schemac share");
        assertThat(out.resolve("migrations/sql/postgres/20250103000000_add_city.up.sql")).doesNotExist();
    }

    @Test
    void explainKnowsSC750() {
        var r = Cli.run("explain", "SC750");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Unknown Prisma provider").contains("prisma.provider");
    }
}
