package dev.schemac.evolve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.schemac.gen.migrations.MigrationFiles;
import dev.schemac.gen.sql.DbShape;
import dev.schemac.gen.sql.ExpectedShape;
import dev.schemac.gen.sql.Introspector.Kind;
import dev.schemac.gen.sql.LiveDb;
import dev.schemac.gen.sql.ShapeDiff;
import dev.schemac.testing.Engine;
import dev.schemac.testing.Engines;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Real Alembic as the judge of the revisions, which write each change as Alembic's own
 * operation where it has one ({@code op.add_column}, {@code op.create_table},
 * {@code op.alter_column}, {@code op.create_foreign_key}, …) and the SQL renderer's
 * statements elsewhere: for seeded random pairs and rename chains ({@link ModelPairs}),
 * {@code alembic upgrade head} through the initial revision and the change builds exactly
 * what the new Catalog promises (the introspection the DDL tests use), {@code downgrade}
 * to the initial revision gives the old model's database, and {@code downgrade base}
 * empties it, on SQLite, PostgreSQL, MariaDB and MySQL.
 *
 * <p>Every pair starts Python three times, so CI runs a bounded sample (6 random pairs and
 * 3 chains on SQLite, 5 and 2 on PostgreSQL, 3 and 2 on MariaDB and MySQL);
 * {@code -Dschemac.evolve.alembic=N} runs N of each kind per engine, from
 * {@code -Dschemac.evolve.seed=S}.
 */
class AlembicJudgesEvolutionTest {
    static final String INIT = "20250101000000";
    static final String STEP = "20250102000000";

    static int count(Kind kind, boolean chains) {
        String p = System.getProperty("schemac.evolve.alembic");
        if (p != null) return Integer.parseInt(p);
        return switch (kind) {
            case SQLITE -> chains ? 3 : 6;
            case POSTGRES -> chains ? 2 : 5;
            case MARIADB, MYSQL -> chains ? 2 : 3;
        };
    }

    static String url(Kind kind, LiveDb db) {
        if (kind == Kind.SQLITE) return "sqlite:///" + db.sqliteFile();
        Engine e = switch (kind) {
            case POSTGRES -> Engine.POSTGRES;
            case MARIADB -> Engine.MARIADB;
            default -> Engine.MYSQL;
        };
        String driver = kind == Kind.POSTGRES ? "postgresql+psycopg2" : "mysql+pymysql";
        return driver + "://" + db.server().user() + ":" + db.server().password() + "@" + e.host() + ":" + e.port() + "/"
                + db.server().name();
    }

    /** Runs {@code alembic ACTION REVISION} through the project's Python harness; fails loudly when it fails. */
    static void alembic(Path scripts, String url, String action, String revision, String where) throws Exception {
        var r = run(scripts, url, action, revision);
        assertThat(r.exit()).as("alembic %s %s: %s\n%s", action, revision, r.out(), where).isZero();
        new ObjectMapper().readTree(r.out().substring(r.out().indexOf('{')));
    }

    record Run(int exit, String out) {}

    static Run run(Path scripts, String url, String action, String revision) throws Exception {
        Path harness = Engines.root().resolve("tools/python/schemac_harness.py");
        var p = new ProcessBuilder(Engines.python().toString(), harness.toString(), "alembic", scripts.toString(), url, action,
                revision).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("alembic %s %s finished", action, revision).isTrue();
        return new Run(p.exitValue(), out);
    }

    /** The Alembic scripts of the history (env.py of the newest model) under {@code dir}/alembic. */
    static Path writeAlembic(Path dir, Map<String, String> history, dev.schemac.model.Model model) throws Exception {
        var files = new java.util.LinkedHashMap<String, String>(MigrationFiles.environment(model, model.settings().dialect()));
        files.putAll(history);
        for (var e : files.entrySet()) {
            if (!e.getKey().startsWith(MigrationFiles.ROOT + "alembic/")) continue;
            Path p = dir.resolve(e.getKey().substring(MigrationFiles.ROOT.length()));
            Files.createDirectories(p.getParent());
            Files.writeString(p, e.getValue(), StandardCharsets.UTF_8);
        }
        return dir.resolve("alembic");
    }

    /**
     * On SQLite a revision is one transaction, as the SQL migration is: an upgrade that fails
     * on a row (a column made required, after a table rename, a column rename and a rebuild)
     * leaves the database exactly as it was, at the same revision, and once the row is fixed
     * the same upgrade succeeds. The same for a downgrade that fails on a row.
     */
    @org.junit.jupiter.api.Test
    void aFailedRevisionOnSqliteChangesNothingAndRunsOnceTheRowsAreFixed(@TempDir Path tmp) throws Exception {
        String v1 = """
                schema shop { dialect = sqlite timestamps = false }
                entity Customer { full_name string(50) email string(100) @unique age int? orders Order[] }
                entity Order { customer Customer total int @@index(total) }
                """;
        String v2 = """
                schema shop { dialect = sqlite timestamps = false }
                entity Client {
                  @@renamed_from("Customer")
                  name string(50) @renamed_from("full_name")
                  email string(100) @unique
                  age int = 0
                  orders Order[]
                }
                entity Order { client Client @renamed_from("customer") total int }
                """;
        var old = EvolutionHarness.compile(v1);
        var neu = EvolutionHarness.compile(v2);
        var init = EvolutionHarness.migrate(History.EMPTY, Map.of(), old, INIT, "init");
        var step = EvolutionHarness.migrate(init.after(), EvolutionHarness.relative(init.files()), neu, STEP, "client");
        var history = new java.util.LinkedHashMap<String, String>(init.files());
        history.putAll(step.files());
        Path scripts = writeAlembic(tmp, history, neu.compilation().model());
        try (var db = LiveDb.fresh(Kind.SQLITE, "alembic_atomic")) {
            String url = url(Kind.SQLITE, db);
            alembic(scripts, url, "upgrade", INIT, "initial revision");
            db.run("INSERT INTO customers (full_name, email, age) VALUES ('ann', 'a@x.org', NULL);\n"
                    + "INSERT INTO orders (customer_id, total) VALUES (1, 5);");
            DbShape before = withoutVersionTable(db.shape());
            var failed = run(scripts, url, "upgrade", "head");
            assertThat(failed.exit()).as("the upgrade fails on the NULL age: %s", failed.out()).isNotZero();
            assertThat(failed.out()).contains("NOT NULL constraint failed");
            assertThat(ShapeDiff.between(before, withoutVersionTable(db.shape()))).as("a failed upgrade changes nothing").isEmpty();
            assertThat(Sequences.rows(db, "SELECT version_num FROM alembic_version")).containsExactly(INIT);
            assertThat(Sequences.rows(db, "SELECT full_name, age FROM customers")).containsExactly("ann|null");
            db.run("UPDATE customers SET age = 3;");
            alembic(scripts, url, "upgrade", "head", "the upgrade once the row is fixed");
            assertThat(ShapeDiff.between(EvolutionHarness.columnOrderFree(ExpectedShape.of(neu.compilation().catalog(), Kind.SQLITE, true)),
                    withoutVersionTable(db.shape()))).as("after the retried upgrade").isEmpty();
            assertThat(Sequences.rows(db, "SELECT c.name, c.age, o.total FROM clients c JOIN orders o ON o.client_id = c.id"))
                    .containsExactly("ann|3|5");
            // The down revision rebuilds orders and checks every foreign key at the end: an order of no client fails it.
            DbShape after = withoutVersionTable(db.shape());
            db.run("PRAGMA foreign_keys = OFF;\nINSERT INTO orders (client_id, total) VALUES (7, 1);");
            var down = run(scripts, url, "downgrade", INIT);
            assertThat(down.exit()).as("the downgrade fails on the order of no client: %s", down.out()).isNotZero();
            assertThat(ShapeDiff.between(after, withoutVersionTable(db.shape()))).as("a failed downgrade changes nothing").isEmpty();
            assertThat(Sequences.rows(db, "SELECT version_num FROM alembic_version")).containsExactly(STEP);
            db.run("DELETE FROM orders WHERE client_id = 7;");
            alembic(scripts, url, "downgrade", INIT, "the downgrade once the row is fixed");
            assertThat(ShapeDiff.between(EvolutionHarness.columnOrderFree(ExpectedShape.of(old.compilation().catalog(), Kind.SQLITE, true)),
                    withoutVersionTable(db.shape()))).as("after the retried downgrade").isEmpty();
        }
    }

    /**
     * MySQL keeps an {@code @updated} column current with ON UPDATE, which Alembic can only write
     * after a server default: the initial revision, a later new table and a later new column
     * must each give the column the DDL's ON UPDATE, optional or required, with a default or
     * without one (an optional one without a default had lost it).
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Kind.class, names = {"MARIADB", "MYSQL"})
    void everyRevisionKeepsMysqlUpdatedColumnsCurrent(Kind kind, @TempDir Path tmp) throws Exception {
        String v1 = """
                schema visits { dialect = mysql }
                entity Visit {
                  page    string(40)
                  touched datetime? @updated
                  seen    datetime  @updated
                  noted   datetime? = now() @updated
                }
                """;
        String v2 = """
                schema visits { dialect = mysql }
                entity Visit {
                  page    string(40)
                  touched datetime? @updated
                  seen    datetime  @updated
                  noted   datetime? = now() @updated
                  later   datetime? @updated
                }
                entity Stamp {
                  label   string(20)
                  touched datetime? @updated
                  seen    datetime  @updated
                }
                """;
        var old = EvolutionHarness.compile(v1);
        var neu = EvolutionHarness.compile(v2);
        var init = EvolutionHarness.migrate(History.EMPTY, Map.of(), old, INIT, "init");
        var step = EvolutionHarness.migrate(init.after(), EvolutionHarness.relative(init.files()), neu, STEP, "later");
        var history = new java.util.LinkedHashMap<String, String>(init.files());
        history.putAll(step.files());
        Path scripts = writeAlembic(tmp, history, neu.compilation().model());
        try (var db = LiveDb.fresh(kind, "alembic_updated")) {
            String url = url(kind, db);
            boolean checks = db.enforcesChecks();
            alembic(scripts, url, "upgrade", INIT, "initial revision");
            assertThat(ShapeDiff.between(EvolutionHarness.columnOrderFree(ExpectedShape.of(old.compilation().catalog(), kind, checks)),
                    withoutVersionTable(db.shape()))).as("after the initial revision").isEmpty();
            alembic(scripts, url, "upgrade", "head", "the later revision");
            assertThat(ShapeDiff.between(EvolutionHarness.columnOrderFree(ExpectedShape.of(neu.compilation().catalog(), kind, checks)),
                    withoutVersionTable(db.shape()))).as("after the later revision").isEmpty();
        }
    }

    static DbShape withoutVersionTable(DbShape s) {
        var shape = EvolutionHarness.columnOrderFree(s);
        shape.tables().remove("alembic_version");
        return shape;
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Kind.class)
    void alembicBuildsWhatTheCatalogPromisesUpAndDown(Kind kind, @TempDir Path tmp) throws Exception {
        int judged = 0;
        try (var db = LiveDb.fresh(kind, "alembic_evolve")) {
            boolean checks = db.enforcesChecks();
            String url = url(kind, db);
            long first = Long.parseLong(System.getProperty("schemac.evolve.seed", "1000"));
            for (int chains = 0; chains < 2; chains++) {
                for (int i = 0; i < count(kind, chains == 1); i++) {
                    long seed = first + i;
                    var pair = chains == 1 ? ModelPairs.chains(seed, checks) : ModelPairs.pair(seed, checks);
                    String where = (chains == 1 ? "rename chains" : "random pair") + ", seed " + seed + " on " + kind
                            + " (reproduce: -Dschemac.evolve.seed=" + seed + " -Dschemac.evolve.alembic=1); edits " + pair.edits()
                            + "\n--- old\n" + pair.oldText() + "\n--- new\n" + pair.newText();
                    var old = EvolutionHarness.compile(pair.oldText());
                    var neu = EvolutionHarness.compile(pair.newText());
                    if (old.compilation().hasErrors() || neu.compilation().hasErrors()) continue;
                    var init = EvolutionHarness.migrate(History.EMPTY, Map.of(), old, INIT, "init");
                    var step = EvolutionHarness.migrate(init.after(), EvolutionHarness.relative(init.files()), neu, STEP, "change");
                    Path dir = Files.createDirectories(tmp.resolve(kind + "-" + chains + "-" + seed));
                    var files = new java.util.LinkedHashMap<String, String>(MigrationFiles.environment(neu.compilation().model(), neu.compilation().model().settings().dialect()));
                    files.putAll(init.files());
                    if (!step.plan().isEmpty()) files.putAll(step.files());
                    for (var e : files.entrySet()) {
                        if (!e.getKey().startsWith(MigrationFiles.ROOT + "alembic/")) continue;
                        Path p = dir.resolve(e.getKey().substring(MigrationFiles.ROOT.length()));
                        Files.createDirectories(p.getParent());
                        Files.writeString(p, e.getValue(), StandardCharsets.UTF_8);
                    }
                    Path scripts = dir.resolve("alembic");
                    String revision = step.plan().isEmpty() ? "" : "\n--- revision\n"
                            + step.files().get(MigrationFiles.alembicPath(STEP + "_change"));
                    alembic(scripts, url, "upgrade", "head", where + revision);
                    assertThat(ShapeDiff.between(
                            EvolutionHarness.columnOrderFree(ExpectedShape.of(neu.compilation().catalog(), kind, checks)),
                            withoutVersionTable(db.shape())))
                            .as("after alembic upgrade head, the database is the new model's; " + where + revision).isEmpty();
                    alembic(scripts, url, "downgrade", INIT, where + revision);
                    assertThat(ShapeDiff.between(
                            EvolutionHarness.columnOrderFree(ExpectedShape.of(old.compilation().catalog(), kind, checks)),
                            withoutVersionTable(db.shape())))
                            .as("after alembic downgrade to the initial revision, the database is the old model's; " + where + revision)
                            .isEmpty();
                    alembic(scripts, url, "downgrade", "base", where);
                    assertThat(withoutVersionTable(db.shape()).tables()).as("downgrade base empties the database; " + where).isEmpty();
                    judged++;
                }
            }
        }
        System.out.println("[schemac] real Alembic judged " + judged + " migration pairs on " + kind);
        assertThat(judged).isGreaterThan(0);
    }
}
