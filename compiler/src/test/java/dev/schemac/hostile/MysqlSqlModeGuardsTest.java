package dev.schemac.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.render.sql.MigrationSql;
import dev.schemac.render.sql.Sql;
import dev.schemac.testing.Database;
import dev.schemac.testing.Engine;
import dev.schemac.testing.Engines;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every guard that takes modes out of the session's sql_mode (the backslash escape guard, the zero-date guards of the
 * migrations and the Alembic revisions, one rule: MysqlDialect.modesOff) proved by sessions that have each mode, on real
 * MySQL 8 and MariaDB through the mysql client: after the guard the list names none of the modes it takes out and every
 * other mode as before, the mode's effect is gone (a zero date default is taken, a backslash is an escape) even where the
 * session's sql_mode was TRADITIONAL, which stands for NO_ZERO_DATE and NO_ZERO_IN_DATE and would put them back were it
 * left in the list, and the statement that gives the sql_mode back gives exactly the one before.
 */
class MysqlSqlModeGuardsTest {
    @TempDir Path dir;

    private record Guard(String name, List<String> on, String back, Set<String> removed, String probe) {}

    private static final List<Guard> GUARDS = List.of(
            new Guard("backslash escapes", Sql.mysqlEscapesOn(), Sql.mysqlEscapesBack(), Set.of("NO_BACKSLASH_ESCAPES"),
                    "SELECT CONCAT('probe:', CHAR_LENGTH('a\\\\b'));"),
            new Guard("zero dates", MigrationSql.MYSQL_ZERO_DATES_OFF, MigrationSql.MYSQL_SQL_MODE_BACK,
                    Set.of("TRADITIONAL", "NO_ZERO_DATE"),
                    "CREATE TABLE z (d DATE NOT NULL DEFAULT '0000-00-00'); DROP TABLE z; SELECT 'probe:ok';"),
            new Guard("zero defaults", MigrationSql.MYSQL_ZERO_DEFAULTS_OFF, MigrationSql.MYSQL_SQL_MODE_BACK,
                    Set.of("TRADITIONAL", "NO_ZERO_IN_DATE", "NO_ZERO_DATE"),
                    "CREATE TABLE z (d DATE NOT NULL DEFAULT '2010-05-00', e DATE NOT NULL DEFAULT '0000-00-00'); DROP TABLE z; "
                            + "SELECT 'probe:ok';"));

    /** What each guard's probe answers once the guard's modes are out. */
    private static String probed(Guard g) {
        return g.name().equals("backslash escapes") ? "probe:3" : "probe:ok";
    }

    /** Sessions holding the modes first, last, alone, beside others, and within TRADITIONAL and ANSI. */
    private static final List<String> SESSIONS = List.of(
            "TRADITIONAL",
            "TRADITIONAL,NO_BACKSLASH_ESCAPES",
            "NO_BACKSLASH_ESCAPES,ANSI,TRADITIONAL",
            "NO_BACKSLASH_ESCAPES",
            "NO_ZERO_DATE",
            "NO_ZERO_IN_DATE,NO_ZERO_DATE,STRICT_ALL_TABLES",
            "STRICT_ALL_TABLES,NO_ZERO_DATE,NO_ZERO_IN_DATE,NO_BACKSLASH_ESCAPES",
            "");

    @Test
    void everyGuardTakesOutItsModesWhateverTheSessionHasAndGivesTheSqlModeBack() throws Exception {
        for (Engine engine : List.of(Engine.MARIADB, Engine.MYSQL)) {
            try (Database db = Engines.freshDatabase(engine, "modes")) {
                for (Guard g : GUARDS) {
                    for (String session : SESSIONS) {
                        String what = engine.displayName() + ", " + g.name() + ", session sql_mode '" + session + "'";
                        String script = "SET SESSION sql_mode = '" + session + "';\n"
                                + "SET @before = @@SESSION.sql_mode;\nSELECT CONCAT('before:', @@SESSION.sql_mode);\n"
                                + String.join("\n", g.on()) + "\n"
                                + "SELECT CONCAT('during:', @@SESSION.sql_mode);\n" + g.probe() + "\n" + g.back() + "\n"
                                + "SELECT CONCAT('back:', @@SESSION.sql_mode = @before);\n";
                        var lines = mysql(db, script, what);
                        Set<String> before = modes(lines, "before:");
                        Set<String> during = modes(lines, "during:");
                        var expected = new LinkedHashSet<>(before);
                        expected.removeAll(g.removed());
                        assertThat(during).as("%s: the modes during the guard", what).isEqualTo(expected);
                        assertThat(lines).as("%s: the mode's effect is gone", what).contains(probed(g));
                        assertThat(lines).as("%s: the sql_mode given back", what).contains("back:1");
                    }
                }
            }
        }
    }

    private static Set<String> modes(List<String> lines, String prefix) {
        String line = lines.stream().filter(l -> l.startsWith(prefix)).findFirst().orElseThrow();
        var out = new LinkedHashSet<String>();
        Arrays.stream(line.substring(prefix.length()).split(",")).filter(s -> !s.isEmpty()).forEach(out::add);
        return out;
    }

    private List<String> mysql(Database db, String script, String what) throws Exception {
        Path f = Files.createTempFile(dir, "modes", ".sql");
        Files.writeString(f, script, StandardCharsets.UTF_8);
        Engine e = db.engine();
        var pb = new ProcessBuilder("mysql", "-N", "-h", e.host(), "-P", String.valueOf(e.port()), "-u", db.user(), db.name())
                .redirectInput(f.toFile());
        pb.environment().put("MYSQL_PWD", db.password());
        return Tools.run(pb, what).lines().map(String::strip).toList();
    }
}
