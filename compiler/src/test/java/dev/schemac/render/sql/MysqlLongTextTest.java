package dev.schemac.render.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.cli.Cli;
import dev.schemac.testing.Database;
import dev.schemac.testing.Engine;
import dev.schemac.testing.Engines;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A {@code text} field holds on MySQL and MariaDB what it holds on PostgreSQL and SQLite: MySQL's
 * TEXT stops at 65,535 bytes (16,383 four-byte characters), so the DDL, Prisma's schema and the
 * SQLModel models all declare LONGTEXT, and a value of the declared maximum, every character four
 * bytes long, goes in and comes back whole, as does an unbounded field's value past TEXT's limit.
 */
class MysqlLongTextTest {
    static final String MODEL = """
            schema shelf {
              dialect = mysql
            }

            /// A post.
            entity Post {
              body text @length(max = 100000)
              note text?
              title string
            }
            """;

    @TempDir
    Path tmp;

    @ParameterizedTest
    @EnumSource(value = Engine.class, names = {"MYSQL", "MARIADB"})
    void aValueOfTheDeclaredMaximumFits(Engine engine) throws Exception {
        Path model = Files.writeString(tmp.resolve("m.schema"), MODEL);
        Path out = tmp.resolve("out");
        var r = Cli.run("generate", "-t", "mysql,prisma,sqlmodel", "-o", out.toString(), model.toString());
        assertThat(r.code()).as(r.err()).isZero();
        String ddl = Files.readString(out.resolve("sql/mysql/schema.sql"));
        assertThat(ddl).contains("body LONGTEXT NOT NULL,", "note LONGTEXT,", "title LONGTEXT NOT NULL,");
        assertThat(Files.readString(out.resolve("prisma/schema.prisma")))
                .containsPattern("body +String +@db\\.LongText").containsPattern("note +String\\? +@db\\.LongText");
        assertThat(Files.readString(out.resolve("sqlmodel/models.py")))
                .contains("sa_type=sa.Text().with_variant(mysql.LONGTEXT(), \"mysql\", \"mariadb\")");

        String longest = "\uD83D\uDE00".repeat(100_000); // 400,000 bytes of utf8mb4
        String pastText = "é".repeat(40_000);              // 80,000 bytes: more than TEXT's 65,535
        try (Database db = Engines.freshDatabase(engine, "longtext");
             Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute(ddl);
            try (PreparedStatement in = c.prepareStatement("INSERT INTO posts (body, note, title) VALUES (?, ?, ?)")) {
                in.setString(1, longest);
                in.setString(2, pastText);
                in.setString(3, pastText);
                in.executeUpdate();
            }
            try (ResultSet rs = s.executeQuery("SELECT body, note, title FROM posts")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo(longest);
                assertThat(rs.getString(2)).isEqualTo(pastText);
                assertThat(rs.getString(3)).isEqualTo(pastText);
            }
            // MySQL 8.0.15, the harness's, parses CHECK constraints but enforces none (8.0.16 does); MariaDB enforces them.
            if (engine == Engine.MARIADB) try (PreparedStatement in = c.prepareStatement("INSERT INTO posts (body, title) VALUES (?, 'x')")) {
                in.setString(1, longest + "a");
                assertThat(org.assertj.core.api.Assertions.catchThrowable(in::executeUpdate))
                        .as("the declared maximum is still the CHECK's").isInstanceOf(java.sql.SQLException.class);
            }
        }
    }
}
