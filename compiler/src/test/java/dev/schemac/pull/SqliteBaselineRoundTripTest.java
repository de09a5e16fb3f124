package dev.schemac.pull;

import static dev.schemac.pull.AdoptLeftOutObjectsTest.alembic;
import static dev.schemac.pull.AdoptLeftOutObjectsTest.one;
import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.cli.Cli;
import dev.schemac.gen.migrations.MigrationFiles;
import dev.schemac.gen.sql.Introspector.Kind;
import dev.schemac.gen.sql.LiveDb;
import dev.schemac.model.Dialect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A SQLite database written by hand with what a model cannot say: a STRICT table with an enum and bool defaults, a
 * WITHOUT ROWID table, an AUTOINCREMENT key, columns of no type and of type ANY, generated columns, an expression
 * default, defaults SQLite takes as strings though spelled as names ("abc", abc), a blob default, an expression index, a partial index, a trigger, a check over several columns, a foreign key, quoted mixed-case and reserved-word names. It is adopted; the baseline's up script, run on
 * an empty database (and Alembic's upgrade from nothing), builds the same database: SQLite's own description of
 * every column, index, trigger and table option is the same, pulling it gives the same model, and {@code diff --url}
 * finds nothing. A later migration that rebuilds the tables with a column of no type and an expression default keeps
 * both, with their values.
 */
class SqliteBaselineRoundTripTest {
    @TempDir
    Path tmp;

    static final String DDL = """
            CREATE TABLE tickets (
              id INTEGER PRIMARY KEY,
              status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
              urgent INTEGER NOT NULL DEFAULT TRUE,
              muted INTEGER DEFAULT FALSE,
              payload ANY,
              opened REAL,
              closed REAL,
              CHECK (closed IS NULL OR closed >= opened)
            ) STRICT;
            CREATE TABLE settings (k TEXT PRIMARY KEY, v TEXT NOT NULL) WITHOUT ROWID;
            CREATE TABLE "Order" (
              "Id" INTEGER PRIMARY KEY AUTOINCREMENT,
              "group" TEXT NOT NULL,
              extra,
              blob_ish,
              created INTEGER DEFAULT (strftime('%s', 'now')),
              label TEXT DEFAULT "abc",
              tag TEXT DEFAULT abc,
              mark BLOB DEFAULT X'0a0b',
              code TEXT GENERATED ALWAYS AS (upper("group")) VIRTUAL,
              ticket INTEGER REFERENCES tickets (id)
            );
            CREATE INDEX order_ticket ON "Order" (ticket);
            CREATE INDEX order_group_lower ON "Order" (lower("group"));
            CREATE INDEX order_open ON "Order" (created) WHERE created IS NOT NULL;
            CREATE TRIGGER order_trim AFTER INSERT ON "Order" BEGIN UPDATE "Order" SET "group" = trim("group") WHERE "Id" = new."Id"; END;
            INSERT INTO tickets (id, payload, opened) VALUES (1, x'00ff', 1.5);
            INSERT INTO "Order" ("group", extra, blob_ish, created, ticket) VALUES ('  a ', 42, x'0102', 7, 1), ('b', 'text', NULL, NULL, NULL);
            """;

    /**
     * SQLite's own description of the schema (Alembic's bookkeeping table aside): every table's columns and options, its indexes and triggers, in one order.
     * Two spellings of one thing read alike: an INTEGER PRIMARY KEY (the rowid, never NULL) declared NOT NULL or not, and
     * a default of TRUE or FALSE, which SQLite stores as 1 and 0.
     */
    static String shape(LiveDb db) throws Exception {
        return one(db, """
                SELECT group_concat(line, char(10)) FROM (
                  SELECT 'table ' || t.name || ' strict=' || t.strict || ' wr=' || t.wr AS line FROM pragma_table_list t
                    WHERE t.schema = 'main' AND t.name NOT LIKE 'sqlite_%' AND t.name <> 'alembic_version'
                  UNION ALL
                  SELECT 'column ' || m.name || '.' || c.name || ' ' || c.type
                    || CASE WHEN c.pk > 0 AND c.type = 'INTEGER' THEN ' rowid' ELSE ' notnull=' || c."notnull" END || ' default='
                    || CASE upper(c.dflt_value) WHEN 'TRUE' THEN '1' WHEN 'FALSE' THEN '0' ELSE coalesce(c.dflt_value, '-') END
                    || ' pk=' || c.pk || ' hidden=' || c.hidden
                    FROM sqlite_schema m, pragma_table_xinfo(m.name) c WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name <> 'alembic_version'
                  UNION ALL
                  SELECT m.type || ' ' || m.name || ' on ' || m.tbl_name || ': ' || coalesce(m.sql, '(automatic)') FROM sqlite_schema m
                    WHERE m.type IN ('index', 'trigger') AND m.tbl_name <> 'alembic_version'
                  UNION ALL
                  SELECT 'foreign key ' || m.name || ' (' || f."from" || ') -> ' || f."table" || ' (' || coalesce(f."to", '') || ') '
                    || f.on_delete || '/' || f.on_update
                    FROM sqlite_schema m, pragma_foreign_key_list(m.name) f WHERE m.type = 'table'
                  ORDER BY line)
                """);
    }

    static String sorted(String model) {
        // The schema header names the database file; a column the model does not have is declared after the model's.
        return String.join("\n", Arrays.stream(model.split("\n")).skip(1).sorted().toList());
    }

    static String pulled(LiveDb db, Path file) throws Exception {
        var pull = Cli.run("pull", "--url", db.sqliteFile().toString(), "--out", file.toString(), "--color", "never");
        assertThat(pull.code()).as(pull.err()).isZero();
        assertThat(pull.err()).doesNotContain("Exception");
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    static String script(Path out, String id, String direction) throws Exception {
        return Files.readString(out.resolve(MigrationFiles.sqlPath(Dialect.SQLITE, id, direction)), StandardCharsets.UTF_8);
    }

    @Test
    void theBaselineBuildsTheDatabaseItWasReadFrom() throws Exception {
        try (var db = LiveDb.fresh(Kind.SQLITE, "baseline_source"); var empty = LiveDb.fresh(Kind.SQLITE, "baseline_empty");
             var viaAlembic = LiveDb.fresh(Kind.SQLITE, "baseline_alembic")) {
            db.run(DDL);
            var adopted = Adoption.of(db, tmp);
            String model = Files.readString(adopted.model(), StandardCharsets.UTF_8);
            // The STRICT table's enum and bool defaults are read as the model's own.
            assertThat(model).containsPattern("status\\s+TicketStatus = open").containsPattern("urgent\\s+int = 1")
                    .doesNotContain("SC968 default of urgent", "SC968 default of muted");
            var diff = Cli.run("diff", "--url", db.sqliteFile().toString(), adopted.model().toString(), "--color", "never");
            assertThat(diff.code()).as(diff.out() + diff.err()).isZero();

            String baseline = script(adopted.out(), "20250301115959_baseline", "up");
            empty.run(baseline);
            assertThat(shape(empty)).as(baseline).isEqualTo(shape(db));
            assertThat(sorted(pulled(empty, tmp.resolve("again.schema")))).isEqualTo(sorted(model));
            var again = Cli.run("diff", "--url", empty.sqliteFile().toString(), adopted.model().toString(), "--color", "never");
            assertThat(again.code()).as(again.out() + again.err()).isZero();

            // Alembic's upgrade from nothing runs the same statements for the tables that keep SQL outside the model.
            alembic(adopted.out(), viaAlembic, "upgrade", "20250301115959");
            assertThat(shape(viaAlembic)).isEqualTo(shape(db));

            // A check on a typed column of each table: SQLite rebuilds both, declaring the untyped columns and the
            // expression default again, and copying the untyped columns' values.
            String changed = model.replaceFirst("(?m)^(  group\\s+text)$", "$1 @check(!= \"\")")
                    .replaceFirst("(?m)^(  opened\\s+float\\?)$", "$1 @check(>= 0)");
            assertThat(changed).as(model).contains("@check(!= \"\")", "@check(>= 0)");
            Files.writeString(adopted.model(), changed);
            var step = Cli.run("migrate", adopted.model().toString(), "--name", "checked", "--timestamp", "20250302000000", "-o",
                    adopted.out().toString(), "--allow-destructive", "--color", "never");
            assertThat(step.code()).as(step.out() + step.err()).isZero();
            String up = script(adopted.out(), "20250302000000_checked", "up");
            assertThat(up).contains("CREATE TABLE \"_schemac_new_Order\"", "  extra,\n", "  blob_ish,\n",
                    "DEFAULT (strftime('%s', 'now'))", ") STRICT;", "CREATE INDEX order_group_lower");
            db.run(up);
            assertThat(one(db, "SELECT group_concat(\"Id\" || ':' || \"group\" || ':' || typeof(extra) || extra || ':' "
                    + "|| hex(blob_ish) || ':' || coalesce(created, '-') || ':' || code, ',') FROM \"Order\""))
                    .isEqualTo("1:a:integer42:0102:7:A,2:b:texttext::-:B");
            assertThat(one(db, "SELECT hex(payload) FROM tickets")).isEqualTo("00FF");
            db.run("INSERT INTO \"Order\" (\"group\") VALUES ('c')");
            assertThat(one(db, "SELECT created IS NOT NULL FROM \"Order\" WHERE \"group\" = 'c'")).isEqualTo("1");
            var after = Cli.run("diff", "--url", db.sqliteFile().toString(), adopted.model().toString(), "--color", "never");
            assertThat(after.code()).as(after.out() + after.err()).isZero();
        }
    }
}
