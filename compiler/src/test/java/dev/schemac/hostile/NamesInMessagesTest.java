package dev.schemac.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.schemac.cli.Main;
import dev.schemac.gen.sql.Introspector.Kind;
import dev.schemac.gen.sql.LiveDb;
import dev.schemac.testing.Engines;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Names holding a backtick and {@code |} in the text of diagnostics that quote names the model
 * or a database gives: check's findings over columns (SC704, SC730-SC732), a migration's findings and their helps (the SQL a help proposes, in the
 * model's dialect, MySQL's backtick-quoted names included) and the migration document that
 * repeats them, and pull's messages and reasons about a live SQLite database's names. Each text
 * is read by commonmark-java: every name is whole inside one code span, and no piece of one is
 * left in the words outside (a name quoted by hand between two backticks, or not at all, would
 * leave one). Every such name starts with {@code zq}, so a piece of one is found wherever it lands.
 */
class NamesInMessagesTest {
    @TempDir Path dir;

    private static final Parser MARKDOWN = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    private static final String MARK = "zq";

    /** The model's names with Markdown's code-span delimiter in them (and the database's, for pull). */
    private static final List<String> NAMES = List.of("zqau`th|ors", "zqpo`s|ts", "zqwr`it|er", "zqco`de", "zqre`f",
            "zqno`key|t", "zqtw`o", "zqwe`ird", "zqco`ll", "zqpa`rent", "zqch`ild", "zqf`k", "zqv`iew", "zqco`ll2", "zq`x|y*", "zqla`b|el",
            "zqta`b", "zqu`i", "zqde`f", "zqpg`p", "zqpg`c", "zqpg`fk", "zqpg`d", "zqfu`n", "zqtr`g", "zqrb`t", "zqwi`de",
            "zqsd`t", "zqsd`c", "zqsd`u");

    private static String model(String dialect, boolean v2) {
        return """
                schema hm {
                  dialect = %s
                }
                entity Author {
                  name string(20)
                  %s
                  @@map("zqau`th|ors")
                }
                entity Post {
                  writer %s @map("zqwr`it|er")
                  code   string(10) @map("zqco`de") %s
                  ref    int %s @map("zqre`f")
                  @@map("zqpo`s|ts")
                }
                """.formatted(dialect, v2 ? "posts Post[]" : "", v2 ? "Author" : "int?", v2 ? "@unique" : "", v2 ? "" : "?");
    }

    @Test
    void aMigrationsFindingsHelpsAndDocumentQuoteEachNameWhole() throws Exception {
        for (String dialect : List.of("mysql", "postgres", "sqlite")) {
            Path model = dir.resolve(dialect + ".schema");
            Path out = dir.resolve(dialect);
            Files.writeString(model, model(dialect, false), StandardCharsets.UTF_8);
            assertThat(run("migrate", model.toString(), "--out", out.toString(), "--no-settings", "--name", "init",
                    "--timestamp", "20260101000000").code).isZero();
            Files.writeString(model, model(dialect, true), StandardCharsets.UTF_8);
            var refused = run("migrate", model.toString(), "--out", out.toString(), "--no-settings", "--name", "two",
                    "--timestamp", "20260102000000", "--format", "json");
            var findings = new ArrayList<String>();
            var codes = new ArrayList<String>();
            for (JsonNode d : json(refused)) {
                codes.add(d.get("code").asText());
                check(findings, dialect + " " + d.get("code").asText() + " message", d.get("message").asText());
                if (d.has("help")) check(findings, dialect + " " + d.get("code").asText() + " help", d.get("help").asText());
            }
            assertThat(codes).as(dialect).contains("SC559", "SC561");
            assertThat(refused.out).as(dialect + ": the help proposes SQL over the names").contains("SELECT * FROM");

            var accepted = run("migrate", model.toString(), "--out", out.toString(), "--no-settings", "--name", "two",
                    "--timestamp", "20260102000000", "--allow-destructive");
            assertThat(accepted.code).as(accepted.err).isZero();
            try (Stream<Path> files = Files.walk(out)) {
                for (Path p : files.filter(p -> p.toString().endsWith(".md")).toList()) {
                    String md = Files.readString(p, StandardCharsets.UTF_8);
                    if (md.contains("SC561")) check(findings, dialect + " " + out.relativize(p), md, false);
                }
            }
            assertThat(findings).as(dialect).isEmpty();
        }
    }

    /** check's own findings over columns: a redundant index, a unique a soft delete weakens, a query no index serves. */
    @Test
    void checksFindingsQuoteEachColumnWhole() throws Exception {
        for (String dialect : List.of("mysql", "postgres")) {
            Path model = dir.resolve("check-" + dialect + ".schema");
            Files.writeString(model, """
                    schema hc {
                      dialect = %s
                    }
                    /// Tags.
                    entity Tag {
                      label      string(40) @unique @map("zqla`b|el") @index
                      code       string(10) @map("zqco`de")
                      other      string(10) @map("zqre`f")
                      deleted_at datetime?
                      @@unique(code, deleted_at)
                      @@query("by other", where: [other])
                    }
                    """.formatted(dialect), StandardCharsets.UTF_8);
            var r = run("check", model.toString(), "--no-settings", "--format", "json");
            var findings = new ArrayList<String>();
            var codes = new ArrayList<String>();
            for (JsonNode d : json(r)) {
                codes.add(d.get("code").asText());
                check(findings, dialect + " " + d.get("code").asText() + " message", d.get("message").asText());
                if (d.has("help")) check(findings, dialect + " " + d.get("code").asText() + " help", d.get("help").asText());
            }
            assertThat(codes).as(dialect).contains("SC730", "SC731", dialect.equals("mysql") ? "SC704" : "SC732");
            assertThat(findings).as(dialect).isEmpty();
        }
    }

    @Test
    void pullQuotesEachNameOfTheDatabaseWhole() throws Exception {
        Path db = dir.resolve("hostile.db");
        try (Connection c = Engines.sqliteConnection(db); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE \"zqno`key|t\" (x int)");
            s.execute("CREATE TABLE \"zqtw`o\" (id integer primary key, \"zqwe`ird\" geometry, "
                    + "\"zqco`ll\" text COLLATE NOCASE, \"zqco`ll2\" text)");
            s.execute("CREATE INDEX ix ON \"zqtw`o\" (\"zqco`ll2\" COLLATE NOCASE)");
            s.execute("CREATE TABLE \"zqpa`rent\" (id integer primary key)");
            s.execute("CREATE TABLE \"zqch`ild\" (id integer primary key, pid int, CONSTRAINT \"zqf`k\" FOREIGN KEY (pid) "
                    + "REFERENCES \"zqpa`rent\" (id) DEFERRABLE INITIALLY DEFERRED)");
            s.execute("CREATE INDEX ix_pid ON \"zqch`ild\" (pid)");
            s.execute("CREATE VIEW \"zqv`iew\" AS SELECT * FROM \"zqpa`rent\"");
            // The lifter's reasons (a unique index that becomes a constraint) and a default's text (Expressions).
            s.execute("CREATE TABLE \"zqta`b\" (id integer primary key, v text, w text DEFAULT (random() || 'zqde`f'))");
            s.execute("CREATE UNIQUE INDEX \"zqu`i\" ON \"zqta`b\" (v)");
        }
        var r = run("pull", "--url", db.toString(), "--out", dir.resolve("pulled.schema").toString(), "--format", "json");
        assertThat(r.code).as(r.err).isZero();
        var findings = new ArrayList<String>();
        var codes = new ArrayList<String>();
        for (JsonNode d : json(r)) {
            codes.add(d.get("code").asText());
            check(findings, d.get("code").asText() + " message", d.get("message").asText());
            check(findings, d.get("code").asText() + " help", d.get("help").asText());
        }
        assertThat(codes).as("a table without key, a column of no type, collations, a deferred key, a view, a default")
                .contains("SC965", "SC966", "SC968", "SC973", "SC975");
        assertThat(r.err + r.out).contains("zqu`i", "zqde`f");
        assertThat(findings).isEmpty();
        var missing = run("pull", "--url", db.toString(), "--tables", "zq`x|y*", "--format", "json");
        check(findings, "SC962", json(missing).get(0).get("message").asText());
        assertThat(findings).isEmpty();
    }

    /**
     * The differences pull finds by compiling the model it wrote and comparing it with the database (SC975,
     * {@code pull.compare.Change}): each name and each side's value quoted whole, not in the one-line form
     * {@code unique zq..u on zq..t: [zq..c]} that left them raw.
     */
    @Test
    void pullsComparedDifferencesQuoteEachNameWhole() throws Exception {
        Path db = dir.resolve("compared.db");
        try (Connection c = Engines.sqliteConnection(db); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE \"zqsd`t\" (id integer primary key, \"zqsd`c\" varchar(20) NOT NULL, deleted_at datetime, "
                    + "CONSTRAINT \"zqsd`u\" UNIQUE (\"zqsd`c\"))");
        }
        var r = run("pull", "--url", db.toString(), "--out", dir.resolve("compared.schema").toString(), "--format", "json");
        assertThat(r.code).as(r.err).isZero();
        var findings = new ArrayList<String>();
        var messages = new ArrayList<String>();
        for (JsonNode d : json(r)) {
            if (!d.get("code").asText().equals("SC975")) continue;
            messages.add(d.get("message").asText());
            check(findings, "SC975 message", d.get("message").asText());
            check(findings, "SC975 help", d.get("help").asText());
        }
        assertThat(String.join("\n", messages)).as(r.out + r.err).contains("over every row in the database", "`WHERE deleted_at IS NULL`");
        assertThat(findings).isEmpty();
    }

    /** PostgreSQL's reader: a MATCH FULL and DEFERRABLE key, and an @updated trigger whose function has another name. */
    @Test
    void pullQuotesEachNameOfAPostgresDatabaseWhole() throws Exception {
        try (var db = LiveDb.fresh(Kind.POSTGRES, "hostile_names")) {
            db.run("""
                    CREATE TABLE "zqpg`p" (id int PRIMARY KEY, "zqpg`d" timestamptz NOT NULL DEFAULT now());
                    CREATE TABLE "zqpg`c" (id int PRIMARY KEY, pid int,
                      CONSTRAINT "zqpg`fk" FOREIGN KEY (pid) REFERENCES "zqpg`p" (id) MATCH FULL DEFERRABLE INITIALLY DEFERRED);
                    CREATE INDEX ix_pid ON "zqpg`c" (pid);
                    CREATE FUNCTION "zqfu`n"() RETURNS trigger LANGUAGE plpgsql AS $$
                    BEGIN NEW."zqpg`d" = now(); RETURN NEW; END $$;
                    CREATE TRIGGER "zqtr`g" BEFORE UPDATE ON "zqpg`p" FOR EACH ROW EXECUTE FUNCTION "zqfu`n"();
                    """);
            var r = run("pull", "--url", db.server().url("postgresql"), "--out", dir.resolve("pg.schema").toString(), "--format", "json");
            assertThat(r.code).as(r.err).isZero();
            var findings = new ArrayList<String>();
            var messages = new ArrayList<String>();
            for (JsonNode d : json(r)) {
                messages.add(d.get("message").asText());
                check(findings, d.get("code").asText() + " message", d.get("message").asText());
                check(findings, d.get("code").asText() + " help", d.get("help").asText());
            }
            assertThat(String.join("\n", messages)).contains("MATCH FULL", "is DEFERRABLE", "the function of trigger");
            assertThat(findings).isEmpty();
        }
    }

    /** The SQL an adopted SQLite table keeps outside the model is named in SC567 as pull names it (KeptSql's what). */
    @Test
    void aRebuildThatLosesWhatPullLeftOutQuotesItsNameWhole() throws Exception {
        Path db = dir.resolve("kept.db");
        try (Connection c = Engines.sqliteConnection(db); Statement s = c.createStatement()) {
            // A generated column is kept outside the model; one computed from a column the migration drops cannot be made again.
            s.execute("CREATE TABLE \"zqrb`t\" (id integer primary key, n int, \"zqwi`de\" int GENERATED ALWAYS AS (n + 1) VIRTUAL)");
        }
        Path model = dir.resolve("kept.schema");
        var pull = run("pull", "--url", db.toString(), "--out", model.toString());
        assertThat(pull.code).as(pull.err).isZero();
        String text = Files.readString(model, StandardCharsets.UTF_8);
        String dropped = text.replaceFirst("(?m)^  n\\s+int\\?\n", "");
        assertThat(dropped).as(text).isNotEqualTo(text);
        Files.writeString(model, dropped, StandardCharsets.UTF_8);
        var r = run("migrate", model.toString(), "--from-url", db.toString(), "--name", "adopt", "--timestamp", "20250301120000",
                "-o", dir.resolve("out").toString(), "--format", "json");
        var findings = new ArrayList<String>();
        var codes = new ArrayList<String>();
        for (JsonNode d : json(r)) {
            codes.add(d.get("code").asText());
            if (!d.get("code").asText().equals("SC567")) continue;
            check(findings, "SC567 message", d.get("message").asText());
            check(findings, "SC567 help", d.get("help").asText());
        }
        assertThat(codes).as(r.out + r.err).contains("SC567");
        assertThat(findings).isEmpty();
    }

    /** Each name whole in a code span (as written, or as MySQL quotes it), and nothing of one in the words. */
    private static void check(List<String> findings, String where, String markdown) {
        check(findings, where, markdown, true);
    }

    /**
     * {@code strict}: a message names things only in code spans; a document (not strict) may also
     * write a whole name as escaped text (a table's column lists), as NamesInMarkdownTest allows.
     */
    private static void check(List<String> findings, String where, String markdown, boolean strict) {
        MARKDOWN.parse(markdown).accept(new AbstractVisitor() {
            @Override public void visit(Code c) {
                String rest = c.getLiteral();
                // A name made an identifier (each character outside [A-Za-z0-9_] an `_`) is no piece of one.
                for (String n : NAMES) {
                    rest = rest.replace(n.replace("`", "``"), "").replace(n, "").replace(n.replaceAll("[^A-Za-z0-9_]", "_"), "");
                }
                if (rest.contains(MARK)) findings.add(where + ": a code span holding part of a name: " + c.getLiteral() + " in " + markdown);
            }

            @Override public void visit(Text t) {
                String rest = t.getLiteral();
                if (!strict) for (String n : NAMES) rest = rest.replace(n, "");
                if (rest.contains(MARK)) findings.add(where + ": part of a name outside a code span: " + t.getLiteral()
                        + " in " + markdown);
            }
        });
    }

    private record Run(int code, String out, String err) {}

    /** The diagnostics of a run with --format json, from whichever stream the command writes them to. */
    private static JsonNode json(Run r) throws Exception {
        String text = r.out.stripLeading().startsWith("[") ? r.out : r.err;
        JsonNode n = new ObjectMapper().readTree(text);
        assertThat(n.isArray()).as(r.out + r.err).isTrue();
        return n;
    }

    private static Run run(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        var all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--color", "never"));
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), all.toArray(String[]::new));
        return new Run(code, out.toString(), err.toString());
    }
}
