package dev.schemac.render.sql;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.schemac.catalog.ColumnDefault;
import dev.schemac.compile.Compilation;
import dev.schemac.compile.Compiler;
import dev.schemac.gen.TargetOptions;
import dev.schemac.gen.Targets;
import dev.schemac.model.Dialect;
import dev.schemac.pull.compare.Change;
import dev.schemac.testing.Database;
import dev.schemac.testing.Engine;
import dev.schemac.testing.Engines;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SQL that is shown, never run: the check in schema.prisma's comment, the checks and defaults
 * of the JSON target's catalog, pull's and diff's default texts. Each string literal in it is
 * written by the dialect's one rule, so the real engine reads each as the model's text: a
 * quote and a backslash, which MySQL and PostgreSQL's {@code E''} read as an escape.
 */
class ShownSqlLiteralsTest {
    /** The model's text: O'Br\ien and it's a \ b. */
    static final String CHECKED = "O'Br\\ien";
    static final String DEFAULT = "it's a \\ b";

    @TempDir Path dir;

    @Test
    void sqlite() throws Exception {
        try (Connection conn = Engines.sqliteConnection(dir.resolve("x.db"))) {
            readsBackTheModelsText(Dialect.SQLITE, conn);
        }
    }

    @Test
    void postgres() throws Exception {
        try (Database db = Engines.freshDatabase(Engine.POSTGRES, "shown_literals"); Connection conn = db.connect()) {
            readsBackTheModelsText(Dialect.POSTGRES, conn);
        }
    }

    @Test
    void mysql() throws Exception {
        try (Database db = Engines.freshDatabase(Engine.MYSQL, "shown_literals"); Connection conn = db.connect()) {
            readsBackTheModelsText(Dialect.MYSQL, conn);
        }
    }

    private void readsBackTheModelsText(Dialect d, Connection conn) throws Exception {
        Path file = dir.resolve(d.id() + ".schema");
        Files.writeString(file, "schema s { dialect = " + d.id() + " }\n"
                + "entity Person {\n"
                + "  id   int @id\n"
                + "  name string(40) = \"it's a \\\\ b\" @check(!= \"O'Br\\\\ien\", name = \"person_name\")\n"
                + "  seen datetime = \"" + SEEN + "\" @check(>= \"" + SINCE + "\", name = \"person_seen\")\n"
                + "}\n");
        Compilation c = Compiler.compile(List.of(file));
        assertThat(c.hasErrors()).as("%s", c.diagnostics()).isFalse();
        var files = Targets.run(c, List.of(Targets.byName("prisma").orElseThrow(), Targets.byName("json").orElseThrow()),
                TargetOptions.defaults()).files();

        // schema.prisma: the check Prisma cannot declare, as a comment.
        Matcher m = Pattern.compile("// CHECK person_name: name <> (.*)\n").matcher(files.get("prisma/schema.prisma"));
        assertThat(m.find()).as(files.get("prisma/schema.prisma")).isTrue();
        assertThat(m.group(1)).isEqualTo(Sql.string(d, CHECKED));
        assertThat(valueOf(conn, m.group(1))).isEqualTo(CHECKED);

        // The JSON target's catalog: the check's term and the default.
        JsonNode person = new ObjectMapper().readTree(files.get("json/model.json")).get("catalog").get("tables").get(0);
        String term = person.get("checks").get(0).get("terms").get(0).asText();
        assertThat(term).startsWith("name != ");
        assertThat(valueOf(conn, term.substring("name != ".length()))).isEqualTo(CHECKED);
        String shownDefault = person.get("columns").get(1).get("default").asText();
        assertThat(valueOf(conn, shownDefault)).isEqualTo(DEFAULT);
        // A datetime is an instant: the engine reads the shown default and bound as that instant, whatever the session's zone.
        assertThat(instantOf(conn, d, person.get("columns").get(2).get("default").asText())).isEqualTo(SEEN_UTC);
        String bound = person.get("checks").get(1).get("terms").get(0).asText();
        assertThat(bound).startsWith("seen >= ");
        assertThat(instantOf(conn, d, bound.substring("seen >= ".length()))).isEqualTo(SINCE_UTC);

        // pull's and diff's comparison: a default as SQL would write it.
        assertThat(valueOf(conn, Change.defaultText(new ColumnDefault.Text(DEFAULT), d))).isEqualTo(DEFAULT);
        assertThat(valueOf(conn, Change.defaultText(new ColumnDefault.EnumValue(CHECKED), d))).isEqualTo(CHECKED);
    }

    /** A datetime written with an offset, and the instant it is in UTC. */
    static final String SEEN = "2030-06-15T12:00:00+02:00";
    static final String SEEN_UTC = "2030-06-15 10:00:00";
    static final String SINCE = "2030-01-01T00:00:00Z";
    static final String SINCE_UTC = "2030-01-01 00:00:00";

    /**
     * The UTC instant the engine reads a datetime literal as in the column's type: PostgreSQL's
     * timestamptz in a session far from UTC; the other engines' columns hold the UTC text itself.
     */
    private static String instantOf(Connection conn, Dialect d, String literal) throws Exception {
        if (d != Dialect.POSTGRES) return valueOf(conn, literal);
        try (var s = conn.createStatement()) {
            s.execute("SET TIME ZONE 'Asia/Tokyo'");
        }
        return valueOf(conn, "to_char(CAST(" + literal + " AS timestamptz) AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS')");
    }

    /** What the engine reads a literal as. */
    private static String valueOf(Connection conn, String literal) throws Exception {
        try (var s = conn.createStatement(); ResultSet rs = s.executeQuery("SELECT " + literal)) {
            assertThat(rs.next()).isTrue();
            return rs.getString(1);
        }
    }
}
