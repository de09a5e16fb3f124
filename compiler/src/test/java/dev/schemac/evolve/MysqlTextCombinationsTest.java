package dev.schemac.evolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.schemac.cli.Cli;
import dev.schemac.gen.migrations.MigrationFiles;
import dev.schemac.gen.sql.Introspector.Kind;
import dev.schemac.gen.sql.LiveDb;
import dev.schemac.model.Dialect;
import dev.schemac.support.TestPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The widening of an earlier release's TEXT (old-history/notes) met with other changes of the same column: a rename
 * keeps it a MySQL-only change (no SQLite rebuild), a down that gives TEXT back under another logical type
 * (`string` to `text`) is still a narrowing with its note and strict mode, and a history that never wrote MySQL
 * scripts gets no widening at all.
 */
class MysqlTextCombinationsTest {
    @TempDir
    Path tmp;

    private static final Path FIXTURE = TestPaths.testResources().resolve("old-history/notes");

    private static final String ID = "20250102000000_next";

    private Path history() throws IOException {
        Path out = tmp.resolve("out");
        Path from = FIXTURE.resolve("migrations");
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                Path dest = out.resolve("migrations").resolve(from.relativize(p).toString());
                Files.createDirectories(dest.getParent());
                Files.copy(p, dest);
            }
        }
        return out;
    }

    /** The fixture's model with {@code from} replaced by {@code to}. */
    private Path model(String from, String to) throws IOException {
        String text = Files.readString(FIXTURE.resolve("notes.schema"), StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        Path m = tmp.resolve("notes.schema");
        Files.writeString(m, text.replace(from, to), StandardCharsets.UTF_8);
        return m;
    }

    private static Cli.Run migrate(Path model, Path out, String... more) {
        var args = new java.util.ArrayList<>(List.of("migrate", model.toString(), "-o", out.toString(), "--name", "next",
                "--timestamp", "20250102000000", "--color", "never"));
        args.addAll(List.of(more));
        var run = Cli.run(args.toArray(String[]::new));
        assertThat(run.code()).as(run.out() + run.err()).isZero();
        return run;
    }

    private static String read(Path out, Dialect d, String way) throws IOException {
        return Files.readString(out.resolve(MigrationFiles.sqlPath(d, ID, way)), StandardCharsets.UTF_8);
    }

    private static int count(String text, String what) {
        return (int) Pattern.compile(Pattern.quote(what)).matcher(text).results().count();
    }

    @Test
    void aColumnRenamedByAHintIsWidenedOnMysqlOnly() throws IOException {
        Path out = history();
        migrate(model("  body    text\n", "  content text @renamed_from(\"body\")\n"), out);
        assertRenamedAndWidened(out);
    }

    @Test
    void aColumnRenamedByMapIsWidenedOnMysqlOnly() throws IOException {
        Path out = history();
        migrate(model("  body    text\n", "  content text @map(\"content\") @renamed_from(\"body\")\n"), out);
        assertRenamedAndWidened(out);
    }

    private static void assertRenamedAndWidened(Path out) throws IOException {
        String sqlite = read(out, Dialect.SQLITE, "up");
        assertThat(sqlite).contains("RENAME COLUMN body TO content").doesNotContain("CREATE TABLE").doesNotContain("INSERT INTO notes");
        assertThat(read(out, Dialect.POSTGRES, "up")).contains("RENAME COLUMN body TO content").doesNotContain("ALTER COLUMN");
        String mysql = read(out, Dialect.MYSQL, "up");
        assertThat(count(mysql, "MODIFY COLUMN content LONGTEXT")).isEqualTo(1);
        String alembic = Files.readString(out.resolve("migrations/alembic/versions/" + ID + ".py"), StandardCharsets.UTF_8);
        assertThat(alembic).doesNotContain("batch_alter_table");
        String down = read(out, Dialect.MYSQL, "down");
        assertThat(down).contains("-- Destructive: the migration narrows `notes.body`: on MySQL and MariaDB only, LONGTEXT to TEXT")
                .contains("sql_mode");
    }

    @Test
    void aStringMadeTextAndWidenedNarrowsBackInItsDownOnMysqlOnly() throws IOException {
        Path out = history();
        // `tags string?` was TEXT in the earlier release; `text?` now is LONGTEXT: its down gives TEXT back.
        var run = migrate(model("  tags    string?\n", "  tags    text?\n"), out);
        assertThat(run.err()).doesNotContain("SC558");
        String down = read(out, Dialect.MYSQL, "down");
        assertThat(down).contains("-- Destructive: the migration narrows `notes.tags`: on MySQL and MariaDB only, LONGTEXT to TEXT, "
                + "which holds at most 65,535 bytes.").contains("sql_mode");
        assertThat(count(read(out, Dialect.MYSQL, "up"), "MODIFY COLUMN tags ")).isEqualTo(1);
        String doc = designDocument(out);
        assertThat(doc).doesNotContain("destroys").contains("narrows `notes.tags`: on MySQL and MariaDB only, LONGTEXT to TEXT");
    }

    @Test
    void aTextMadeStringIsNoNarrowingButOnMysql() throws IOException {
        Path out = history();
        var run = migrate(model("  summary text?\n", "  summary string?\n"), out);
        assertThat(run.err()).doesNotContain("SC558");
        assertThat(read(out, Dialect.MYSQL, "up")).doesNotContain("Destructive");
        assertThat(read(out, Dialect.MYSQL, "down")).contains("narrows `notes.summary`: on MySQL and MariaDB only, LONGTEXT to TEXT");
    }

    private String designDocument(Path out) throws IOException {
        var run = Cli.run("generate", tmp.resolve("notes.schema").toString(), "-o", out.toString(), "--color", "never");
        assertThat(run.code()).as(run.out() + run.err()).isZero();
        try (Stream<Path> files = Files.walk(out)) {
            Path doc = files.filter(p -> p.getFileName().toString().equals("Database_Design.md")).findFirst().orElseThrow();
            return Files.readString(doc, StandardCharsets.UTF_8);
        }
    }

    @Test
    void aHistoryWithoutMysqlScriptsGetsNoWidening() throws IOException {
        Path model = tmp.resolve("people.schema");
        Files.writeString(model, """
                schema people {
                  dialect = postgres
                }

                entity Person {
                  email text @unique
                  note  text?
                }
                """, StandardCharsets.UTF_8);
        Path out = tmp.resolve("out");
        var first = Cli.run("migrate", model.toString(), "-o", out.toString(), "--name", "init", "--timestamp", "20250101000000",
                "--color", "never");
        assertThat(first.code()).as(first.out() + first.err()).isZero();
        assertThat(out.resolve("migrations/sql/mysql/20250101000000_init.up.sql")).doesNotExist();
        // As an earlier release wrote the snapshot: no MySQL text type, its catalog hash over what it holds.
        Path snapshot = out.resolve("migrations/snapshots/20250101000000_init.json");
        var json = new ObjectMapper();
        JsonNode root = json.readTree(snapshot.toFile());
        root.findParents("mysql").forEach(p -> ((ObjectNode) p).remove("mysql"));
        ((ObjectNode) root).put("catalog_sha256", SnapshotJson.sha256(root.get("catalog")));
        Files.writeString(snapshot, json.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n", StandardCharsets.UTF_8);
        assertThat(Files.readString(snapshot)).doesNotContain("\"mysql\"");

        var check = Cli.run("migrate", model.toString(), "-o", out.toString(), "--check", "--color", "never");
        assertThat(check.code()).as(check.out() + check.err()).isZero();
        var gen = Cli.run("generate", model.toString(), "-o", out.toString(), "--color", "never");
        assertThat(gen.code()).as(gen.out() + gen.err()).isZero();
        assertThat(gen.err()).doesNotContain("SC550");
    }

    /** Runs the migration of the fixture's model changed so, allowing destructive steps, and checks what every widening must. */
    private Path combined(String from, String to, String column) throws IOException {
        Path out = history();
        migrate(model(from, to), out, "--allow-destructive");
        String mysql = read(out, Dialect.MYSQL, "up");
        for (String c : List.of("body", "summary", "status", "tags", "aside")) {
            if (!c.equals(column)) assertThat(count(mysql, "MODIFY COLUMN " + c + " ")).as(c).isEqualTo(1);
        }
        return out;
    }

    @Test
    void aColumnMadeOptionalIsWidenedInTheSameModify() throws IOException {
        Path out = combined("  body    text\n", "  body    text?\n", "body");
        assertThat(count(read(out, Dialect.MYSQL, "up"), "MODIFY COLUMN body LONGTEXT")).isEqualTo(1);
        assertThat(read(out, Dialect.MYSQL, "up")).contains("MODIFY COLUMN body LONGTEXT COMMENT");
        String down = read(out, Dialect.MYSQL, "down");
        assertThat(down).contains("narrows `notes.body`: on MySQL and MariaDB only, LONGTEXT to TEXT").contains("sql_mode")
                .contains("MODIFY COLUMN body TEXT NOT NULL");
        assertThat(read(out, Dialect.POSTGRES, "up")).contains("DROP NOT NULL");
    }

    @Test
    void aDefaultChangedIsWidenedInTheSameModify() throws IOException {
        Path out = combined("  status  text = \"draft\"\n", "  status  text = \"open\"\n", "status");
        String up = read(out, Dialect.MYSQL, "up");
        assertThat(count(up, "MODIFY COLUMN status ")).isEqualTo(1);
        assertThat(up).contains("MODIFY COLUMN status LONGTEXT NOT NULL DEFAULT ('open')");
        assertThat(read(out, Dialect.MYSQL, "down")).contains("MODIFY COLUMN status TEXT NOT NULL DEFAULT ('draft')")
                .contains("narrows `notes.status`: on MySQL and MariaDB only, LONGTEXT to TEXT").contains("sql_mode");
        assertThat(read(out, Dialect.POSTGRES, "up")).contains("SET DEFAULT 'open'");
    }

    @Test
    void aDroppedColumnIsNotWidened() throws IOException {
        Path out = combined("  aside   text? @pii\n", "", "aside");
        String up = read(out, Dialect.MYSQL, "up");
        assertThat(up).contains("DROP COLUMN aside").doesNotContain("MODIFY COLUMN aside");
        assertThat(read(out, Dialect.MYSQL, "down")).contains("ADD COLUMN aside TEXT");
    }

    @Test
    void aNewTextColumnIsAddedAsLongtext() throws IOException {
        Path out = combined("  aside   text? @pii\n", "  aside   text? @pii\n  extra   text?\n", "extra");
        String up = read(out, Dialect.MYSQL, "up");
        assertThat(up).contains("ADD COLUMN extra LONGTEXT").doesNotContain("MODIFY COLUMN extra");
    }

    @Test
    void aRenamedTableIsWidenedUnderItsNewName() throws IOException {
        Path out = combined("entity Note {\n", "entity Memo {\n  @@renamed_from(\"Note\")\n", "none");
        String up = read(out, Dialect.MYSQL, "up");
        assertThat(up).contains("ALTER TABLE notes RENAME TO memos").contains("ALTER TABLE memos MODIFY COLUMN body LONGTEXT");
        // SQLite rebuilds the table for its renamed primary key constraint; PostgreSQL retypes nothing.
        assertThat(read(out, Dialect.POSTGRES, "up")).doesNotContain("ALTER COLUMN");
        assertThat(read(out, Dialect.MYSQL, "down")).contains("narrows `notes.body`: on MySQL and MariaDB only, LONGTEXT to TEXT");
    }

    @Test
    void aSqliteRebuildForANewCheckKeepsTheWideningOnMysqlOnly() throws IOException {
        Path out = combined("  title   string(120)\n", "  title   string(120) @length(1, 120)\n", "none");
        assertThat(read(out, Dialect.SQLITE, "up")).contains("CREATE TABLE");
        assertThat(read(out, Dialect.MYSQL, "up")).contains("ADD CONSTRAINT");
        assertThat(read(out, Dialect.MYSQL, "down")).contains("narrows `notes.body`: on MySQL and MariaDB only, LONGTEXT to TEXT")
                .contains("sql_mode");
    }

    /**
     * On the real servers, for a widening combined with a rename, a `string` made `text` and a column made optional: the
     * earlier release's schema, the migration, a value of 100,000 bytes, then the down in a session that is not strict:
     * it fails and the value stays whole (a rename the down makes before it stands: MySQL commits each DDL statement).
     */
    @ParameterizedTest
    @EnumSource(value = Kind.class, names = {"MYSQL", "MARIADB"})
    void eachCombinedDownRefusesALongValueOnTheServers(Kind kind) throws Exception {
        String[][] cases = {
                {"  body    text\n", "  content text @renamed_from(\"body\")\n", "content", "body"},
                {"  tags    string?\n", "  tags    text?\n", "tags", "tags"},
                {"  body    text\n", "  body    text?\n", "body", "body"}};
        for (String[] c : cases) {
            Path out = tmp.resolve("engine_" + c[2] + "_" + kind);
            Files.createDirectories(out);
            Path from = FIXTURE.resolve("migrations");
            try (Stream<Path> files = Files.walk(from)) {
                for (Path p : files.filter(Files::isRegularFile).toList()) {
                    Path dest = out.resolve("migrations").resolve(from.relativize(p).toString());
                    Files.createDirectories(dest.getParent());
                    Files.copy(p, dest);
                }
            }
            migrate(model(c[0], c[1]), out, "--allow-destructive");
            try (var db = LiveDb.fresh(kind, "longtext_combined")) {
                db.run(Files.readString(out.resolve(MigrationFiles.sqlPath(Dialect.MYSQL, "20250101000000_init", "up"))));
                db.run(read(out, Dialect.MYSQL, "up"));
                // The body is required: a row with a long tag has a short one.
                String others = c[2].equals("tags") ? "body, " : "";
                db.run("INSERT INTO notes (title, " + others + c[2] + ") VALUES ('long', " + (others.isEmpty() ? "" : "'x', ") + "'"
                        + "\u00e9".repeat(50_000) + "');");
                String bytes = "SELECT MAX(OCTET_LENGTH(" + c[2] + ")) FROM notes";
                assertThat(one(db, bytes)).as(c[2]).isEqualTo("100000");
                String down = read(out, Dialect.MYSQL, "down");
                assertThatThrownBy(() -> db.run("SET SESSION sql_mode = '';\n" + down)).as(c[2]).isInstanceOf(SQLException.class)
                        .hasMessageMatching("(?s).*(too long|Incorrect string value).*");
                // Each DDL statement commits on its own: a rename before the failing MODIFY stands, the value is whole.
                assertThat(one(db, "SELECT MAX(OCTET_LENGTH(" + c[3] + ")) FROM notes")).as(c[2]).isEqualTo("100000");
            }
        }
    }

    private static String one(LiveDb db, String query) throws SQLException {
        try (var c = db.connect(); var s = c.createStatement(); var rs = s.executeQuery(query)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
