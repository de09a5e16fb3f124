package dev.schemac.pull;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.schemac.cli.Cli;
import dev.schemac.diag.Code;
import dev.schemac.gen.migrations.MigrationFiles;
import dev.schemac.gen.sql.Introspector.Kind;
import dev.schemac.gen.sql.LiveDb;
import dev.schemac.model.Dialect;
import dev.schemac.render.markdown.Quoted;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A migration of an adopted database that changes the type of a column a generated column reads (SC966, carried by the
 * history: {@code KeptSql#generated}). PostgreSQL refuses that while the generated column stands, so the script drops
 * the generated column first and makes it again from its kept definition last, up and down: on the engine, with rows,
 * the values are computed anew. Where dropping it would take what the database has on it (an index, a view, its NOT
 * NULL), and for a drop or rename of a column it reads, the migration is refused (SC573) at the field and writes nothing.
 * MySQL and MariaDB change the type under a stored or virtual generated column. Each case is a pull, then migrations.
 */
class AdoptedGeneratedColumnRetypeTest {
    @TempDir
    Path tmp;

    /** Three migrations in a row over a PostgreSQL generated column: two retype what it reads, one does not; all undone. */
    @Test
    void aChainOfRetypesRemakesTheGeneratedColumnUpAndDown() throws Exception {
        try (var db = LiveDb.fresh(Kind.POSTGRES, "gen_retype_chain")) {
            db.run("CREATE TABLE items (id int PRIMARY KEY, qty int NOT NULL, price numeric(10,2) NOT NULL, "
                    + "total numeric(16,2) GENERATED ALWAYS AS (qty * price) STORED, title varchar(40) NOT NULL);");
            db.run("INSERT INTO items (id, qty, price, title) VALUES (1, 3, 2.50, 'pen'), (2, 4, 10.00, 'ink');");
            var adopted = Adoption.of(db, tmp);
            String text = Files.readString(adopted.model(), StandardCharsets.UTF_8);

            String first = replaceLine(text, "price", "decimal\\(10, ?2\\)", "decimal(14, 2)");
            String wider = migrate(adopted, first, "wider_price", "20250302000000");
            String up = read(adopted, Dialect.POSTGRES, wider, "up");
            assertThat(up).contains("ALTER TABLE items DROP COLUMN total;", "ALTER TABLE items ADD COLUMN total numeric(16,2) GENERATED ALWAYS AS");
            assertThat(up.indexOf("DROP COLUMN total")).as(up).isLessThan(up.indexOf("TYPE numeric(14, 2)"));
            assertThat(up.indexOf("ADD COLUMN total")).as(up).isGreaterThan(up.indexOf("TYPE numeric(14, 2)"));
            // Alembic's PostgreSQL branch runs the same statements, in the same order.
            String alembic = Files.readString(adopted.out().resolve(MigrationFiles.alembicPath(wider)));
            assertThat(alembic).contains("\"ALTER TABLE items DROP COLUMN total\"", "ALTER TABLE items ADD COLUMN total numeric(16,2)");
            assertThat(alembic.indexOf("DROP COLUMN total")).as(alembic).isLessThan(alembic.indexOf("ADD COLUMN total"));
            db.run(up);
            assertComputes(db, "items", "total", "7.50", "40.00");
            db.run("INSERT INTO items (id, qty, price, title) VALUES (3, 2, 1234567.25, 'gold');");
            assertThat(one(db, "SELECT total FROM items WHERE id = 3")).isEqualTo("2469134.50");
            db.run("DELETE FROM items WHERE id = 3;");
            assertThat(one(db, "SELECT attgenerated FROM pg_attribute WHERE attrelid = 'items'::regclass AND attname = 'total'"))
                    .as("made again as a generated column").isEqualTo("s");
            String down = read(adopted, Dialect.POSTGRES, wider, "down");
            assertThat(down).contains("DROP COLUMN total;", "ADD COLUMN total numeric(16,2) GENERATED ALWAYS AS");
            db.run(down);
            assertComputes(db, "items", "total", "7.50", "40.00");
            assertThat(one(db, "SELECT format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = 'items'::regclass "
                    + "AND attname = 'price'")).isEqualTo("numeric(10,2)");
            db.run(up);

            String second = replaceLine(first, "qty", "int\\b", "bigint");
            String longer = migrate(adopted, second, "longer_qty", "20250303000000");
            String up2 = read(adopted, Dialect.POSTGRES, longer, "up");
            assertThat(up2).contains("DROP COLUMN total;", "ADD COLUMN total");
            db.run(up2);
            assertComputes(db, "items", "total", "7.50", "40.00");

            // A change of a column it does not read leaves it where it is.
            String third = replaceLine(second, "title", "string\\(40\\)", "string(80)");
            String title = migrate(adopted, third, "wider_title", "20250304000000");
            String up3 = read(adopted, Dialect.POSTGRES, title, "up");
            assertThat(up3).doesNotContain("total");
            db.run(up3);
            assertComputes(db, "items", "total", "7.50", "40.00");

            // Another kind of value (a number made text): its expression may not hold for it, so no remaking; refused.
            String text2 = replaceLine(third, "price", "decimal\\(14, ?2\\)", "string(20)");
            refused(adopted, text2, "price", "total", "items", "it reads column `price`, whose type this migration changes to another kind of value");
            String bits = replaceLine(third, "qty", "bigint\\b", "decimal(20, 0)");
            refused(adopted, bits, "qty", "total", "items", "it reads column `qty`, whose type this migration changes to another kind of value");

            for (String id : new String[] {title, longer, wider}) {
                db.run(read(adopted, Dialect.POSTGRES, id, "down"));
                assertComputes(db, "items", "total", "7.50", "40.00");
            }
            assertThat(one(db, "SELECT string_agg(attname || ' ' || format_type(atttypid, atttypmod), ', ' ORDER BY attname) "
                    + "FROM pg_attribute WHERE attrelid = 'items'::regclass AND attnum > 0 AND NOT attisdropped"))
                    .isEqualTo("id integer, price numeric(10,2), qty integer, title character varying(40), total numeric(16,2)");
        }
    }

    /** An enum made anew (a value removed) under a column a PostgreSQL generated column reads. */
    @Test
    void anEnumMadeAnewRemakesTheGeneratedColumn() throws Exception {
        try (var db = LiveDb.fresh(Kind.POSTGRES, "gen_retype_enum")) {
            db.run("CREATE TYPE ticket_state AS ENUM ('open', 'shut', 'gone');");
            db.run("CREATE TABLE tickets (id int PRIMARY KEY, state ticket_state NOT NULL, "
                    + "is_open boolean GENERATED ALWAYS AS (state = 'open') STORED);");
            db.run("INSERT INTO tickets (id, state) VALUES (1, 'open'), (2, 'shut');");
            var adopted = Adoption.of(db, tmp);
            String text = Files.readString(adopted.model(), StandardCharsets.UTF_8);
            Matcher m = Pattern.compile("(?m)^(\\s*)gone\\s*\\R").matcher(text);
            assertThat(m.find()).as(text).isTrue();
            String fewer = m.replaceFirst("");
            String id = migrate(adopted, fewer, "no_gone", "20250302000000");
            String up = read(adopted, Dialect.POSTGRES, id, "up");
            assertThat(up).as(up).contains("DROP COLUMN is_open;", "ADD COLUMN is_open boolean GENERATED ALWAYS AS");
            db.run(up);
            assertComputes(db, "tickets", "is_open::text", "true", "false");
            db.run("INSERT INTO tickets (id, state) VALUES (3, 'open');");
            assertThat(one(db, "SELECT is_open::text FROM tickets WHERE id = 3")).isEqualTo("true");
            db.run("DELETE FROM tickets WHERE id = 3;");
            db.run(read(adopted, Dialect.POSTGRES, id, "down"));
            assertComputes(db, "tickets", "is_open::text", "true", "false");
            assertThat(one(db, "SELECT string_agg(enumlabel, ' ' ORDER BY enumsortorder) FROM pg_enum "
                    + "WHERE enumtypid = 'ticket_state'::regtype")).isEqualTo("open shut gone");
        }
    }

    /**
     * A generated column that reads no column of the enum but names its type ({@code 'open'::ticket_state}): the enum made
     * anew would leave the old type named by its expression, which PostgreSQL will not drop; the column is made again
     * around it, and the migration's listed changes say so.
     */
    @Test
    void anEnumTypeTheExpressionNamesMadeAnewRemakesTheGeneratedColumn() throws Exception {
        try (var db = LiveDb.fresh(Kind.POSTGRES, "gen_enum_named")) {
            db.run("CREATE TYPE ticket_state AS ENUM ('open', 'shut', 'gone');");
            db.run("CREATE TABLE tickets (id int PRIMARY KEY, state ticket_state NOT NULL, "
                    + "flag boolean GENERATED ALWAYS AS (id > 1 AND 'open'::ticket_state < 'shut'::ticket_state) STORED);");
            db.run("INSERT INTO tickets (id, state) VALUES (1, 'open'), (2, 'shut');");
            var adopted = Adoption.of(db, tmp);
            String text = Files.readString(adopted.model(), StandardCharsets.UTF_8);
            Matcher m = Pattern.compile("(?m)^(\\s*)gone\\s*\\R").matcher(text);
            assertThat(m.find()).as(text).isTrue();
            Files.writeString(adopted.model(), m.replaceFirst(""));
            var run = Cli.run("migrate", adopted.model().toString(), "--name", "no_gone", "--timestamp", "20250302000000", "-o",
                    adopted.out().toString(), "--color", "never", "--allow-destructive");
            assertThat(run.code()).as(run.out() + run.err()).isZero();
            assertThat(run.out() + run.err()).contains("On PostgreSQL, generated column `flag` of table `tickets` is dropped, recomputed, and made "
                    + "again last in the table.");
            String id = "20250302000000_no_gone";
            String up = read(adopted, Dialect.POSTGRES, id, "up");
            assertThat(up).as(up).contains("DROP COLUMN flag;", "ADD COLUMN flag boolean GENERATED ALWAYS AS");
            db.run(up);
            assertComputes(db, "tickets", "flag::text", "false", "true");
            db.run(read(adopted, Dialect.POSTGRES, id, "down"));
            assertComputes(db, "tickets", "flag::text", "false", "true");
        }
    }

    /** An enum type a generated column's expression names, renamed by the adoption (the model names it otherwise): refused. */
    @Test
    void anEnumTypeTheExpressionNamesIsNotRenamedUnderIt() throws Exception {
        try (var db = LiveDb.fresh(Kind.POSTGRES, "gen_enum_renamed")) {
            db.run("CREATE TYPE \"Mood\" AS ENUM ('ok', 'bad');");
            db.run("CREATE TABLE person (id int PRIMARY KEY, mood \"Mood\" NOT NULL, "
                    + "happy boolean GENERATED ALWAYS AS (mood = 'ok') STORED);");
            Path model = tmp.resolve("app.schema");
            var pull = Cli.run("pull", "--url", PullFixtures.url(db), "--out", model.toString(), "--color", "never");
            assertThat(pull.code()).as(pull.err()).isZero();
            var run = Cli.run("migrate", model.toString(), "--name", "adopt", "--timestamp", "20250301120000", "-o",
                    tmp.resolve("out").toString(), "--color", "never", "--from-url", PullFixtures.url(db));
            String said = run.out() + run.err();
            assertThat(run.code()).as(said).isNotZero();
            assertThat(said).contains(Code.GENERATED_COLUMN_BROKEN.id(), "generated column `happy` of table `person`",
                    "its definition names type `", "Mood", "`, which this migration renames");
            String text = Files.readString(model, StandardCharsets.UTF_8);
            assertThat(said).as("at the entity").contains("app.schema:" + lineOf(text, null) + ":");
            Path out = tmp.resolve("out");
            assertThat(Files.exists(out) ? count(out) : 0).as("a refused migration writes nothing").isZero();
        }
    }

    /** Names PostgreSQL keeps quoted (a space, capitals): the script drops and makes the column again under them. */
    @Test
    void quotedNamesAreRemadeAsTheyAre() throws Exception {
        try (var db = LiveDb.fresh(Kind.POSTGRES, "gen_retype_quoted")) {
            db.run("CREATE TABLE \"Line Items\" (\"ID\" int PRIMARY KEY, \"QTY\" int NOT NULL, \"Unit Price\" numeric(10,2) NOT NULL, "
                    + "\"Total Sum\" numeric(16,2) GENERATED ALWAYS AS (\"QTY\" * \"Unit Price\") STORED);");
            db.run("INSERT INTO \"Line Items\" (\"ID\", \"QTY\", \"Unit Price\") VALUES (1, 3, 2.50), (2, 4, 10.00);");
            var adopted = Adoption.of(db, tmp);
            String text = Files.readString(adopted.model(), StandardCharsets.UTF_8);
            String retyped = replaceLineWith(text, "Unit Price", "decimal\\(10, ?2\\)", "decimal(14, 2)");
            String id = migrate(adopted, retyped, "wider_price", "20250302000000");
            String up = read(adopted, Dialect.POSTGRES, id, "up");
            assertThat(up).contains("ALTER TABLE \"Line Items\" DROP COLUMN \"Total Sum\";",
                    "ALTER TABLE \"Line Items\" ADD COLUMN \"Total Sum\" numeric(16,2) GENERATED ALWAYS AS");
            db.run(up);
            assertComputes(db, "\"Line Items\"", "\"Total Sum\"", "7.50", "40.00", "\"ID\"");
            db.run(read(adopted, Dialect.POSTGRES, id, "down"));
            assertComputes(db, "\"Line Items\"", "\"Total Sum\"", "7.50", "40.00", "\"ID\"");
            db.run(up);

            // The capital column renamed (another @map): refused at its field, nothing written.
            Matcher q = Pattern.compile("(?m)^(\\s+QTY\\s+int)\\s*$").matcher(retyped);
            assertThat(q.find()).as(retyped).isTrue();
            String renamed = q.replaceFirst(Matcher.quoteReplacement(q.group(1)) + " @map(\"Quantity\")");
            refused(adopted, renamed, "Quantity", "Total Sum", "Line Items", "it reads column `QTY`, which this migration renames");
            assertComputes(db, "\"Line Items\"", "\"Total Sum\"", "7.50", "40.00", "\"ID\"");

            // The table renamed in the same migration: dropped under its old name, made again under its new one.
            String moved = replaceLine(retyped.replace("@@map(\"Line Items\")", "@@map(\"Order Lines\")"), "QTY", "int\\b", "bigint");
            String id2 = migrate(adopted, moved, "moved", "20250303000000");
            String up2 = read(adopted, Dialect.POSTGRES, id2, "up");
            assertThat(up2).contains("ALTER TABLE \"Line Items\" DROP COLUMN \"Total Sum\";",
                    "ALTER TABLE \"Order Lines\" ADD COLUMN \"Total Sum\" numeric(16,2) GENERATED ALWAYS AS");
            db.run(up2);
            assertComputes(db, "\"Order Lines\"", "\"Total Sum\"", "7.50", "40.00", "\"ID\"");
            db.run(read(adopted, Dialect.POSTGRES, id2, "down"));
            assertComputes(db, "\"Line Items\"", "\"Total Sum\"", "7.50", "40.00", "\"ID\"");
        }
    }

    /** MySQL and MariaDB: names with a space and capitals, a virtual column over them; retyped in place, renamed refused. */
    @ParameterizedTest
    @EnumSource(value = Kind.class, names = {"MYSQL", "MARIADB"})
    void quotedNamesOnMysqlRetypeInPlace(Kind kind) throws Exception {
        try (var db = LiveDb.fresh(kind, "gen_retype_quoted_my")) {
            db.run("CREATE TABLE `Line Items` (`ID` int PRIMARY KEY, `QTY` int NOT NULL, `Unit Price` decimal(10,2) NOT NULL, "
                    + "`Total Sum` decimal(16,2) AS (`QTY` * `Unit Price`) VIRTUAL);");
            db.run("INSERT INTO `Line Items` (`ID`, `QTY`, `Unit Price`) VALUES (1, 3, 2.50), (2, 4, 10.00);");
            var adopted = Adoption.of(db, tmp);
            String text = Files.readString(adopted.model(), StandardCharsets.UTF_8);
            String retyped = replaceLineWith(text, "Unit Price", "decimal\\(10, ?2\\)", "decimal(14, 2)");
            String id = migrate(adopted, retyped, "wider_price", "20250302000000");
            db.run(read(adopted, Dialect.MYSQL, id, "up"));
            assertComputes(db, "`Line Items`", "`Total Sum`", "7.50", "40.00", "`ID`");
            db.run(read(adopted, Dialect.MYSQL, id, "down"));
            assertComputes(db, "`Line Items`", "`Total Sum`", "7.50", "40.00", "`ID`");
            db.run(read(adopted, Dialect.MYSQL, id, "up"));

            Matcher q = Pattern.compile("(?m)^(\\s+QTY\\s+int)\\s*$").matcher(retyped);
            assertThat(q.find()).as(retyped).isTrue();
            String renamed = q.replaceFirst(Matcher.quoteReplacement(q.group(1)) + " @map(\"Quantity\")");
            refused(adopted, renamed, "Quantity", "Total Sum", "Line Items", "it reads column `QTY`, which this migration renames");
            assertComputes(db, "`Line Items`", "`Total Sum`", "7.50", "40.00", "`ID`");
        }
    }

    /** A generated column read by an index, a view, or NOT NULL cannot be dropped and made again: SC573 says what holds it. */
    @Test
    void whatHoldsTheGeneratedColumnKeepsTheRefusal() throws Exception {
        String[][] cases = {
                {"CREATE INDEX items_total_idx ON items (total);", "`index public.items_total_idx`"},
                {"CREATE VIEW big_items AS SELECT id, total FROM items WHERE total > 10;", "`view big_items`)"},
                {"CREATE SCHEMA other; CREATE VIEW other.big_items AS SELECT id, total FROM items;", "`view other.big_items`)"},
                {"ALTER TABLE items ALTER COLUMN total SET NOT NULL;", "`NOT NULL`"},
        };
        int n = 0;
        for (String[] c : cases) {
            try (var db = LiveDb.fresh(Kind.POSTGRES, "gen_retype_held")) {
                db.run("CREATE TABLE items (id int PRIMARY KEY, qty int NOT NULL, price numeric(10,2) NOT NULL, "
                        + "total numeric(16,2) GENERATED ALWAYS AS (qty * price) STORED);");
                db.run("INSERT INTO items (id, qty, price) VALUES (1, 3, 2.50), (2, 4, 10.00);");
                db.run(c[0]);
                var adopted = Adoption.of(db, tmp.resolve("held" + n++));
                String text = Files.readString(adopted.model(), StandardCharsets.UTF_8);
                String price = replaceLine(text, "price", "decimal\\(10, ?2\\)", "decimal(14, 2)");
                refused(adopted, price, "price", "total", "items", "it reads column `price`, whose type this migration changes");
                refused(adopted, price, "price", "total", "items", c[1]);
                assertComputes(db, "items", "total", "7.50", "40.00");
            }
        }
    }

    /** A view over the generated column that the same migration retires (--drop-view) holds nothing: the column is made again. */
    @Test
    void aViewTheMigrationRetiresDoesNotHoldTheGeneratedColumn() throws Exception {
        try (var db = LiveDb.fresh(Kind.POSTGRES, "gen_retype_retired")) {
            db.run("CREATE TABLE items (id int PRIMARY KEY, qty int NOT NULL, price numeric(10,2) NOT NULL, "
                    + "total numeric(16,2) GENERATED ALWAYS AS (qty * price) STORED);");
            db.run("CREATE VIEW big_items AS SELECT id, total FROM items WHERE total > 10;");
            db.run("INSERT INTO items (id, qty, price) VALUES (1, 3, 2.50), (2, 4, 10.00);");
            var adopted = Adoption.of(db, tmp);
            String text = Files.readString(adopted.model(), StandardCharsets.UTF_8);
            Files.writeString(adopted.model(), replaceLine(text, "price", "decimal\\(10, ?2\\)", "decimal(14, 2)"));
            var run = Cli.run("migrate", adopted.model().toString(), "--name", "wider", "--timestamp", "20250302000000", "-o",
                    adopted.out().toString(), "--color", "never", "--allow-destructive", "--drop-view", "big_items");
            assertThat(run.code()).as(run.out() + run.err()).isZero();
            String up = read(adopted, Dialect.POSTGRES, "20250302000000_wider", "up");
            assertThat(up.indexOf("DROP VIEW")).as(up).isGreaterThan(0).isLessThan(up.indexOf("DO $"));
            db.run(up);
            assertComputes(db, "items", "total", "7.50", "40.00");
            assertThat(one(db, "SELECT COUNT(*) FROM pg_views WHERE viewname = 'big_items'")).isEqualTo("0");
            db.run(read(adopted, Dialect.POSTGRES, "20250302000000_wider", "down"));
            assertComputes(db, "items", "total", "7.50", "40.00");
        }
    }

    /**
     * A history adopted by the release before this one holds the adopted schema's own view qualified
     * ({@code view public.big_items}) and records no schema: read as the carried view it is (the one entry of its name,
     * and the carried view reads the column), retiring it lets the column be made again, on real PostgreSQL, up and
     * down; with a view of that name in another schema beside it (two entries of one name) the migration is still
     * refused. Pull now records the schema beside what holds the column.
     */
    @Test
    void aHistoryAdoptedBeforeSchemasWereRecordedRetiresItsQualifiedView() throws Exception {
        for (boolean other : java.util.List.of(false, true)) {
            try (var db = LiveDb.fresh(Kind.POSTGRES, "gen_retype_old_held")) {
                db.run("CREATE TABLE items (id int PRIMARY KEY, qty int NOT NULL, price numeric(10,2) NOT NULL, "
                        + "total numeric(16,2) GENERATED ALWAYS AS (qty * price) STORED);");
                db.run("CREATE VIEW big_items AS SELECT id, total FROM items WHERE total > 10;");
                if (other) db.run("CREATE SCHEMA other; CREATE VIEW other.big_items AS SELECT id, total FROM public.items;");
                db.run("INSERT INTO items (id, qty, price) VALUES (1, 3, 2.50), (2, 4, 10.00);");
                Path dir = tmp.resolve(other ? "old-held-other" : "old-held");
                var adopted = Adoption.of(db, dir);
                assertThat(snapshotsText(adopted.out())).as("pull records the table's schema beside what holds the column")
                        .containsPattern("\"schema\"\\s*:\\s*\"public\"");
                asTheReleaseBeforeWroteIt(adopted.out());
                String text = Files.readString(adopted.model(), StandardCharsets.UTF_8);
                Files.writeString(adopted.model(), replaceLine(text, "price", "decimal\\(10, ?2\\)", "decimal(14, 2)"));
                var run = Cli.run("migrate", adopted.model().toString(), "--name", "wider", "--timestamp", "20250302000000", "-o",
                        adopted.out().toString(), "--color", "never", "--allow-destructive", "--drop-view", "big_items");
                String said = run.out() + run.err();
                if (other) {
                    assertThat(run.code()).as(said).isNotZero();
                    assertThat(said).contains(Code.GENERATED_COLUMN_BROKEN.id(), "`view other.big_items`");
                    continue;
                }
                assertThat(run.code()).as(said).isZero();
                db.run(read(adopted, Dialect.POSTGRES, "20250302000000_wider", "up"));
                assertComputes(db, "items", "total", "7.50", "40.00");
                assertThat(one(db, "SELECT COUNT(*) FROM pg_views WHERE viewname = 'big_items'")).isEqualTo("0");
                db.run(read(adopted, Dialect.POSTGRES, "20250302000000_wider", "down"));
                assertComputes(db, "items", "total", "7.50", "40.00");
                assertThat(one(db, "SELECT COUNT(*) FROM pg_views WHERE viewname = 'big_items'")).isEqualTo("1");
            }
        }
    }

    private static String snapshotsText(Path out) throws Exception {
        var b = new StringBuilder();
        try (Stream<Path> s = Files.walk(out)) {
            for (Path p : s.filter(f -> f.toString().contains("snapshots") && f.toString().endsWith(".json")).toList()) {
                b.append(Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return b.toString();
    }

    /**
     * The snapshots as the release before this one wrote them: each held view qualified by its schema, as
     * {@code pg_identify_object} names it, and no schema recorded; the catalog's hash made again as the history checks it.
     */
    private static void asTheReleaseBeforeWroteIt(Path out) throws Exception {
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        var hash = Class.forName("dev.schemac.evolve.SnapshotJson").getDeclaredMethod("sha256", com.fasterxml.jackson.databind.JsonNode.class);
        hash.setAccessible(true);
        int changed = 0;
        try (Stream<Path> s = Files.walk(out)) {
            for (Path p : s.filter(f -> f.toString().contains("snapshots") && f.toString().endsWith(".json")).toList()) {
                var root = (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(p.toFile());
                for (var n : root.path("catalog").findParents("held")) {
                    var o = (com.fasterxml.jackson.databind.node.ObjectNode) n;
                    var held = mapper.createArrayNode();
                    for (var h : o.path("held")) held.add(h.asText().equals("view big_items") ? "view public.big_items" : h.asText());
                    o.set("held", held);
                    o.remove("schema");
                    changed++;
                }
                root.put("catalog_sha256", (String) hash.invoke(null, root.path("catalog")));
                Files.writeString(p, mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n");
            }
        }
        assertThat(changed).as("a snapshot recorded what holds the column").isPositive();
    }

    /**
     * A view of another schema with the name of the view the migration retires still holds the generated column: the
     * history carries the adopted schema's views only, so retiring that one leaves the other, which is not taken for it.
     */
    @Test
    void aViewOfTheSameNameInAnotherSchemaStillHoldsTheGeneratedColumn() throws Exception {
        try (var db = LiveDb.fresh(Kind.POSTGRES, "gen_retype_other_schema")) {
            db.run("CREATE TABLE items (id int PRIMARY KEY, qty int NOT NULL, price numeric(10,2) NOT NULL, "
                    + "total numeric(16,2) GENERATED ALWAYS AS (qty * price) STORED);");
            db.run("CREATE VIEW big_items AS SELECT id, total FROM items WHERE total > 10;");
            db.run("CREATE SCHEMA other; CREATE VIEW other.big_items AS SELECT id, total FROM public.items;");
            db.run("INSERT INTO items (id, qty, price) VALUES (1, 3, 2.50), (2, 4, 10.00);");
            var adopted = Adoption.of(db, tmp);
            String text = Files.readString(adopted.model(), StandardCharsets.UTF_8);
            Files.writeString(adopted.model(), replaceLine(text, "price", "decimal\\(10, ?2\\)", "decimal(14, 2)"));
            long before = count(adopted.out());
            var run = Cli.run("migrate", adopted.model().toString(), "--name", "wider", "--timestamp", "20250302000000", "-o",
                    adopted.out().toString(), "--color", "never", "--allow-destructive", "--drop-view", "big_items");
            String said = run.out() + run.err();
            assertThat(run.code()).as(said).isNotZero();
            assertThat(said).contains(Code.GENERATED_COLUMN_BROKEN.id(), "(`view other.big_items`)").doesNotContain("`view big_items`");
            assertThat(count(adopted.out())).as("a refused migration writes nothing").isEqualTo(before);
            assertComputes(db, "items", "total", "7.50", "40.00");
        }
    }

    /**
     * Real Alembic runs the PostgreSQL branch's check too: the remake goes up and down with the rows; an index made
     * since the adoption stops the upgrade at the check, and the database, its revision included, is as it was.
     */
    @Test
    void alembicRunsTheCheckUpAndDownAndItsRaiseChangesNothing() throws Exception {
        try (var db = LiveDb.fresh(Kind.POSTGRES, "gen_retype_alembic")) {
            db.run("CREATE TABLE items (id int PRIMARY KEY, qty int NOT NULL, price numeric(10,2) NOT NULL, "
                    + "total numeric(16,2) GENERATED ALWAYS AS (qty * price) STORED);");
            db.run("INSERT INTO items (id, qty, price) VALUES (1, 3, 2.50), (2, 4, 10.00);");
            var adopted = Adoption.of(db, tmp);
            String text = Files.readString(adopted.model(), StandardCharsets.UTF_8);
            String id = migrate(adopted, replaceLine(text, "price", "decimal\\(10, ?2\\)", "decimal(14, 2)"), "wider", "20250302000000");
            assertThat(Files.readString(adopted.out().resolve(MigrationFiles.alembicPath(id)))).contains("RAISE EXCEPTION");
            AdoptedViewsTest.alembic(adopted.out(), db, "stamp", AdoptedViewsTest.BASELINE);
            AdoptedViewsTest.alembic(adopted.out(), db, "upgrade", "head");
            assertThat(one(db, "SELECT format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = 'items'::regclass "
                    + "AND attname = 'price'")).isEqualTo("numeric(14,2)");
            assertThat(one(db, "SELECT attgenerated FROM pg_attribute WHERE attrelid = 'items'::regclass AND attname = 'total'"))
                    .isEqualTo("s");
            assertComputes(db, "items", "total", "7.50", "40.00");
            AdoptedViewsTest.alembic(adopted.out(), db, "downgrade", AdoptedViewsTest.BASELINE); // the adoption is the baseline alone
            assertThat(one(db, "SELECT format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = 'items'::regclass "
                    + "AND attname = 'price'")).isEqualTo("numeric(10,2)");
            assertComputes(db, "items", "total", "7.50", "40.00");

            db.run("CREATE INDEX later_idx ON items (total);");
            var failed = AdoptedViewsTest.alembicRun(adopted.out(), db, "upgrade", "head");
            assertThat(failed.exit()).as(failed.out()).isNotZero();
            assertThat(failed.out()).contains("generated column total of table items is not dropped and made again", "index public.later_idx");
            assertThat(one(db, "SELECT format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = 'items'::regclass "
                    + "AND attname = 'price'")).isEqualTo("numeric(10,2)");
            assertThat(one(db, "SELECT COUNT(*) FROM pg_indexes WHERE indexname = 'later_idx'")).isEqualTo("1");
            assertThat(one(db, "SELECT version_num FROM alembic_version")).isEqualTo(AdoptedViewsTest.BASELINE);
            assertComputes(db, "items", "total", "7.50", "40.00");
        }
    }

    /**
     * What the history does not know holds the generated column (an index made after adoption, a view over it, a child
     * table that inherits it, a comment, another definition): the migration is written, since the history says nothing
     * holds it, but its script checks the database first and stops with the check's message; the table is untouched.
     */
    @Test
    void whatTheHistoryDoesNotKnowStopsTheScript() throws Exception {
        String[][] cases = {
                {"CREATE INDEX later_idx ON items (total);", "index public.later_idx"},
                {"CREATE VIEW later_view AS SELECT id, total FROM items;", "view later_view"},
                {"CREATE SCHEMA other; CREATE VIEW other.later_view AS SELECT id, total FROM items;", "view other.later_view"},
                {"CREATE TABLE child_items (note text) INHERITS (items);", "inheriting table child_items"},
                {"COMMENT ON COLUMN items.total IS 'it''s $$ the sum';", "comment"},
                {"ALTER TABLE items ALTER COLUMN total DROP EXPRESSION;", "definition none"},
                {"ALTER TABLE items ALTER COLUMN total TYPE numeric(20,2);", "type numeric(20,2)"},
        };
        int n = 0;
        for (String[] c : cases) {
            try (var db = LiveDb.fresh(Kind.POSTGRES, "gen_retype_unknown")) {
                db.run("CREATE TABLE items (id int PRIMARY KEY, qty int NOT NULL, price numeric(10,2) NOT NULL, "
                        + "total numeric(16,2) GENERATED ALWAYS AS (qty * price) STORED);");
                db.run("INSERT INTO items (id, qty, price) VALUES (1, 3, 2.50), (2, 4, 10.00);");
                var adopted = Adoption.of(db, tmp.resolve("unknown" + n++));
                String text = Files.readString(adopted.model(), StandardCharsets.UTF_8);
                String price = replaceLine(text, "price", "decimal\\(10, ?2\\)", "decimal(14, 2)");
                String id = migrate(adopted, price, "wider_price", "20250302000000");
                String up = read(adopted, Dialect.POSTGRES, id, "up");
                assertThat(up.indexOf("DO $")).as(up).isGreaterThan(0).isLessThan(up.indexOf("DROP COLUMN total"));
                String alembic = Files.readString(adopted.out().resolve(MigrationFiles.alembicPath(id)));
                assertThat(alembic).contains("RAISE EXCEPTION");
                db.run(c[0]);
                assertThatThrownBy(() -> db.run(up)).isInstanceOf(java.sql.SQLException.class)
                        .hasMessageContaining("generated column total of table items is not dropped and made again")
                        .hasMessageContaining(c[1]);
                assertComputes(db, "items", "total", "7.50", "40.00");
                assertThat(one(db, "SELECT format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = 'items'::regclass "
                        + "AND attname = 'price'")).isEqualTo("numeric(10,2)");
            }
        }
        // A history written before pull recorded what holds a generated column: its snapshot has no "held", as if
        // stripped by hand; the migration is written, and its script stops at the index the database has.
        try (var db = LiveDb.fresh(Kind.POSTGRES, "gen_retype_unknown")) {
            db.run("CREATE TABLE items (id int PRIMARY KEY, qty int NOT NULL, price numeric(10,2) NOT NULL, "
                    + "total numeric(16,2) GENERATED ALWAYS AS (qty * price) STORED);");
            db.run("CREATE INDEX items_total_idx ON items (total);");
            db.run("INSERT INTO items (id, qty, price) VALUES (1, 3, 2.50), (2, 4, 10.00);");
            var adopted = Adoption.of(db, tmp.resolve("stripped"));
            stripHeld(adopted.out());
            String text = Files.readString(adopted.model(), StandardCharsets.UTF_8);
            String id = migrate(adopted, replaceLine(text, "price", "decimal\\(10, ?2\\)", "decimal(14, 2)"), "wider", "20250302000000");
            String up = read(adopted, Dialect.POSTGRES, id, "up");
            assertThatThrownBy(() -> db.run(up)).isInstanceOf(java.sql.SQLException.class)
                    .hasMessageContaining("generated column total of table items is not dropped and made again")
                    .hasMessageContaining("index public.items_total_idx");
            assertComputes(db, "items", "total", "7.50", "40.00");
            assertThat(one(db, "SELECT COUNT(*) FROM pg_indexes WHERE indexname = 'items_total_idx'")).isEqualTo("1");
        }
        // Nothing of the kind: the same script runs.
        try (var db = LiveDb.fresh(Kind.POSTGRES, "gen_retype_unknown")) {
            db.run("CREATE TABLE items (id int PRIMARY KEY, qty int NOT NULL, price numeric(10,2) NOT NULL, "
                    + "total numeric(16,2) GENERATED ALWAYS AS (qty * price) STORED);");
            db.run("INSERT INTO items (id, qty, price) VALUES (1, 3, 2.50), (2, 4, 10.00);");
            var adopted = Adoption.of(db, tmp.resolve("known"));
            String text = Files.readString(adopted.model(), StandardCharsets.UTF_8);
            String id = migrate(adopted, replaceLine(text, "price", "decimal\\(10, ?2\\)", "decimal(14, 2)"), "wider", "20250302000000");
            db.run(read(adopted, Dialect.POSTGRES, id, "up"));
            assertComputes(db, "items", "total", "7.50", "40.00");
            db.run(read(adopted, Dialect.POSTGRES, id, "down"));
            assertComputes(db, "items", "total", "7.50", "40.00");
        }
    }

    /**
     * An enum value added: the up adds it in place; its down makes the enum anew, which would drop an indexed generated
     * column reading it. The down does not: it is written as before, and PostgreSQL refuses it, the index still there.
     */
    @Test
    void aDownThatWouldDropAHeldGeneratedColumnIsLeftToPostgresToRefuse() throws Exception {
        try (var db = LiveDb.fresh(Kind.POSTGRES, "gen_retype_down")) {
            db.run("CREATE TYPE ticket_state AS ENUM ('open', 'shut');");
            db.run("CREATE TABLE tickets (id int PRIMARY KEY, state ticket_state NOT NULL, "
                    + "is_open boolean GENERATED ALWAYS AS (state = 'open') STORED);");
            db.run("CREATE INDEX tickets_open_idx ON tickets (is_open);");
            db.run("INSERT INTO tickets (id, state) VALUES (1, 'open'), (2, 'shut');");
            var adopted = Adoption.of(db, tmp);
            String text = Files.readString(adopted.model(), StandardCharsets.UTF_8);
            Matcher m = Pattern.compile("(?m)^(\\s*)shut\\s*$").matcher(text);
            assertThat(m.find()).as(text).isTrue();
            String more = m.replaceFirst(Matcher.quoteReplacement(m.group(1) + "shut\n" + m.group(1) + "gone"));
            String id = migrate(adopted, more, "gone", "20250302000000");
            String up = read(adopted, Dialect.POSTGRES, id, "up");
            assertThat(up).contains("ADD VALUE 'gone'").doesNotContain("DROP COLUMN");
            db.run(up);
            assertComputes(db, "tickets", "is_open::text", "true", "false");
            String down = read(adopted, Dialect.POSTGRES, id, "down");
            assertThat(down).doesNotContain("DROP COLUMN is_open");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> db.run(down)).isInstanceOf(java.sql.SQLException.class);
            assertComputes(db, "tickets", "is_open::text", "true", "false");
            assertThat(one(db, "SELECT COUNT(*) FROM pg_indexes WHERE indexname = 'tickets_open_idx'")).isEqualTo("1");
        }
    }

    /**
     * A generated column that reads two columns, one of them renamed by another {@code @map}: refused at that field on
     * every engine, even with the other column's change of type beside it.
     */
    @ParameterizedTest
    @EnumSource(value = Kind.class, names = {"POSTGRES", "MYSQL", "MARIADB"})
    void aRenameByMapBesideARetypeIsRefused(Kind kind) throws Exception {
        boolean pg = kind == Kind.POSTGRES;
        try (var db = LiveDb.fresh(kind, "gen_retype_map")) {
            db.run(pg
                    ? "CREATE TABLE items (id int PRIMARY KEY, qty int NOT NULL, price numeric(10,2) NOT NULL, "
                            + "total numeric(16,2) GENERATED ALWAYS AS (qty * price) STORED);"
                    : "CREATE TABLE items (id int PRIMARY KEY, qty int NOT NULL, price decimal(10,2) NOT NULL, "
                            + "total decimal(16,2) AS (qty * price) STORED);");
            db.run("INSERT INTO items (id, qty, price) VALUES (1, 3, 2.50), (2, 4, 10.00);");
            var adopted = Adoption.of(db, tmp);
            String text = Files.readString(adopted.model(), StandardCharsets.UTF_8);
            String both = replaceLine(text, "qty", "int\\b", "bigint");
            Matcher m = Pattern.compile("(?m)^(\\s+price\\s.*)$").matcher(both);
            assertThat(m.find()).as(both).isTrue();
            String mapped = m.replaceFirst(Matcher.quoteReplacement(m.group(1).replaceAll("\\s*@map\\(\"[^\"]*\"\\)", "")
                    + " @map(\"unit_price\")"));
            refused(adopted, mapped, "price", "total", "items", "it reads column `price`, which this migration renames");
            assertComputes(db, "items", "total", "7.50", "40.00");
        }
    }

    /** MySQL and MariaDB change the type under a stored and a virtual generated column, up and down; a drop is refused. */
    @ParameterizedTest
    @EnumSource(value = Kind.class, names = {"MYSQL", "MARIADB"})
    void storedAndVirtualColumnsComputeThroughARetype(Kind kind) throws Exception {
        try (var db = LiveDb.fresh(kind, "gen_retype_virtual")) {
            db.run("CREATE TABLE items (id int PRIMARY KEY, qty int NOT NULL, price decimal(10,2) NOT NULL, "
                    + "total decimal(16,2) AS (qty * price) STORED, doubled bigint AS (qty * 2) VIRTUAL);");
            db.run("INSERT INTO items (id, qty, price) VALUES (1, 3, 2.50), (2, 4, 10.00);");
            var adopted = Adoption.of(db, tmp);
            String text = Files.readString(adopted.model(), StandardCharsets.UTF_8);
            String longer = replaceLine(text, "qty", "int\\b", "bigint");
            String id = migrate(adopted, longer, "longer_qty", "20250302000000");
            db.run(read(adopted, Dialect.MYSQL, id, "up"));
            assertComputes(db, "items", "total", "7.50", "40.00");
            assertComputes(db, "items", "doubled", "6", "8");
            db.run("INSERT INTO items (id, qty, price) VALUES (3, 3000000000, 1.00);");
            assertThat(one(db, "SELECT doubled FROM items WHERE id = 3")).isEqualTo("6000000000");
            db.run("DELETE FROM items WHERE id = 3;");
            db.run(read(adopted, Dialect.MYSQL, id, "down"));
            assertComputes(db, "items", "total", "7.50", "40.00");
            assertComputes(db, "items", "doubled", "6", "8");
            db.run(read(adopted, Dialect.MYSQL, id, "up"));

            String dropped = longer.replaceFirst("(?m)^\\s+qty\\s.*\\R", "");
            assertThat(dropped).isNotEqualTo(longer);
            refused(adopted, dropped, null, "total", "items", "it reads column `qty`, which this migration drops");
        }
    }

    /** Takes every "held" out of the history's snapshots, the catalog's hash made again as the history checks it. */
    private static void stripHeld(Path out) throws Exception {
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        var hash = Class.forName("dev.schemac.evolve.SnapshotJson").getDeclaredMethod("sha256", com.fasterxml.jackson.databind.JsonNode.class);
        hash.setAccessible(true);
        int stripped = 0;
        try (Stream<Path> s = Files.walk(out)) {
            for (Path p : s.filter(f -> f.toString().contains("snapshots") && f.toString().endsWith(".json")).toList()) {
                var root = (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(p.toFile());
                var found = root.path("catalog").findParents("held");
                for (var n : found) ((com.fasterxml.jackson.databind.node.ObjectNode) n).remove("held");
                stripped += found.size();
                root.put("catalog_sha256", (String) hash.invoke(null, root.path("catalog")));
                Files.writeString(p, mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n");
            }
        }
        assertThat(stripped).as("a snapshot recorded what holds the column").isPositive();
    }

    private static String replaceLine(String text, String field, String from, String to) {
        var m = Pattern.compile("(?m)^(\\s+" + field + "\\s+)" + from).matcher(text);
        assertThat(m.find()).as(text).isTrue();
        return m.replaceFirst("$1" + Matcher.quoteReplacement(to));
    }

    /** On the line that maps to column {@code column}, {@code from} replaced by {@code to}. */
    private static String replaceLineWith(String text, String column, String from, String to) {
        var m = Pattern.compile("(?m)^(.*@map\\(\"" + Pattern.quote(column) + "\"\\).*)$").matcher(text);
        assertThat(m.find()).as(text).isTrue();
        String line = m.group(1);
        String now = line.replaceFirst(from, Matcher.quoteReplacement(to));
        assertThat(now).as(line).isNotEqualTo(line);
        return text.substring(0, m.start(1)) + now + text.substring(m.end(1));
    }

    private static String migrate(Adoption.Adopted adopted, String model, String name, String ts) throws Exception {
        Files.writeString(adopted.model(), model);
        var run = Cli.run("migrate", adopted.model().toString(), "--name", name, "--timestamp", ts, "-o", adopted.out().toString(),
                "--color", "never", "--allow-destructive");
        assertThat(run.code()).as(model + run.out() + run.err()).isEqualTo(0);
        return ts + "_" + name;
    }

    /** Migrate refuses the model with SC573 at the line of {@code field} (of the entity when null) and writes no file. */
    private static void refused(Adoption.Adopted adopted, String model, String field, String generated, String table, String why)
            throws Exception {
        Files.writeString(adopted.model(), model);
        long before = count(adopted.out());
        var run = Cli.run("migrate", adopted.model().toString(), "--name", "refused", "--timestamp", "20250309000000", "-o",
                adopted.out().toString(), "--color", "never", "--allow-destructive");
        String said = run.out() + run.err();
        assertThat(run.code()).as(said).isNotZero();
        assertThat(said).contains(Code.GENERATED_COLUMN_BROKEN.id(), "generated column " + Quoted.stored(generated) + " of table " + Quoted.stored(table) + ",", why);
        int line = lineOf(model, field);
        assertThat(said).as("at the field").contains("app.schema:" + line + ":");
        assertThat(count(adopted.out())).as("a refused migration writes nothing").isEqualTo(before);
    }

    /** The line of the field (or entity, when null) whose line starts with {@code word} or maps to it. */
    private static int lineOf(String model, String word) {
        String[] lines = model.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].strip();
            if (word == null ? l.startsWith("entity ") : l.startsWith(word + " ") || l.contains("@map(\"" + word + "\")")) return i + 1;
        }
        throw new AssertionError(word + " not in\n" + model);
    }

    private static long count(Path out) throws Exception {
        try (Stream<Path> s = Files.walk(out)) {
            return s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals(".lock")).count();
        }
    }

    private static String read(Adoption.Adopted adopted, Dialect dialect, String id, String way) throws Exception {
        return Files.readString(adopted.out().resolve(MigrationFiles.sqlPath(dialect, id, way)));
    }

    private static String one(LiveDb db, String sql) throws Exception {
        return AdoptLeftOutObjectsTest.one(db, sql);
    }

    private static void assertComputes(LiveDb db, String table, String column, String first, String second) throws Exception {
        assertComputes(db, table, column, first, second, "id");
    }

    private static void assertComputes(LiveDb db, String table, String column, String first, String second, String key) throws Exception {
        assertThat(one(db, "SELECT COUNT(*) FROM " + table)).isEqualTo("2");
        assertThat(one(db, "SELECT " + column + " FROM " + table + " WHERE " + key + " = 1")).isEqualTo(first);
        assertThat(one(db, "SELECT " + column + " FROM " + table + " WHERE " + key + " = 2")).isEqualTo(second);
    }
}
