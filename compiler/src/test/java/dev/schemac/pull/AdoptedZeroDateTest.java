package dev.schemac.pull;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.schemac.cli.Cli;
import dev.schemac.gen.migrations.MigrationFiles;
import dev.schemac.gen.sql.Introspector.Kind;
import dev.schemac.gen.sql.LiveDb;
import dev.schemac.model.Dialect;
import dev.schemac.render.sql.MigrationSql;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A MySQL or MariaDB table adopted with zero date defaults ({@code '0000-00-00'}, a zero DATETIME), which no model can
 * hold (pull says SC968), keeps them in the database; MySQL checks every column's default again at each ALTER TABLE
 * of the table and refuses a zero one under NO_ZERO_DATE (MySQL 8's default sql_mode). The history keeps those
 * defaults, so a later migration of the table (a column added, another widened) runs without that mode, up and down,
 * under MySQL 8's default modes, keeps the rows and the defaults, and gives the session its sql_mode back.
 */
class AdoptedZeroDateTest {
    @TempDir
    Path tmp;

    /** MySQL 8's default sql_mode, set in the session that runs a script: MariaDB's default has no NO_ZERO_DATE. */
    private static final String MYSQL8_MODES =
            "SET SESSION sql_mode = 'ONLY_FULL_GROUP_BY,STRICT_TRANS_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,ERROR_FOR_DIVISION_BY_ZERO,"
                    + "NO_ENGINE_SUBSTITUTION';\n";

    @ParameterizedTest
    @EnumSource(value = Kind.class, names = {"MYSQL", "MARIADB"})
    void aMigrationOfATableWithZeroDateDefaultsRunsUpAndDown(Kind kind) throws Exception {
        try (var db = LiveDb.fresh(kind, "zero_dates")) {
            db.run("""
                    SET SESSION sql_mode = '';
                    CREATE TABLE people (id INT NOT NULL AUTO_INCREMENT, name VARCHAR(40) NOT NULL,
                      born DATE NOT NULL DEFAULT '0000-00-00', seen DATETIME NOT NULL DEFAULT '0000-00-00 00:00:00',
                      hired DATE NULL DEFAULT '2010-00-00', paid DATETIME(3) NOT NULL DEFAULT '2010-05-00 10:30:00.000',
                      left_on DATE NULL DEFAULT '0000-00-05', stamped TIMESTAMP NULL DEFAULT '0000-00-00 00:00:00',
                      CONSTRAINT pk_people PRIMARY KEY (id)) ENGINE InnoDB;
                    INSERT INTO people (name) VALUES ('Ann'), ('Bob');
                    """);
            // The controls: under MySQL 8's modes, an ALTER of another column of the table is refused; without
            // NO_ZERO_DATE alone too, for the defaults with a zero month or day (NO_ZERO_IN_DATE).
            assertThatThrownBy(() -> db.run(MYSQL8_MODES + "ALTER TABLE people ADD COLUMN probe INT NULL;"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("Invalid default value");
            assertThatThrownBy(() -> db.run(MYSQL8_MODES + MigrationSql.MYSQL_ZERO_DATES_OFF.get(1)
                    + "\nALTER TABLE people ADD COLUMN probe INT NULL;"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("Invalid default value");

            var adopted = Adoption.of(db, tmp);
            assertThat(adopted.pull().out() + adopted.pull().err()).contains("SC968", "`0000-00-00`", "`0000-00-00 00:00:00`",
                    "`2010-00-00`", "`2010-05-00 10:30:00", "`0000-00-05`");
            String text = Files.readString(adopted.model(), StandardCharsets.UTF_8);
            String changed = text.replaceFirst("(?m)^(  name\\s+)string\\(40\\)(.*)$", "$1string(60)$2\n  nick string(20)?");
            assertThat(changed).as(text).contains("string(60)", "nick string(20)?");
            Files.writeString(adopted.model(), changed);
            String ts = "20250302000000";
            var next = Cli.run("migrate", adopted.model().toString(), "--name", "nick", "--timestamp", ts, "-o",
                    adopted.out().toString(), "--color", "never");
            assertThat(next.code()).as(next.out() + next.err()).isZero();
            String up = Files.readString(adopted.out().resolve(MigrationFiles.sqlPath(Dialect.MYSQL, ts + "_nick", "up")));
            String down = Files.readString(adopted.out().resolve(MigrationFiles.sqlPath(Dialect.MYSQL, ts + "_nick", "down")));
            for (String script : new String[] {up, down}) {
                assertThat(script).contains(MigrationSql.MYSQL_ZERO_DEFAULT_WHY, MigrationSql.MYSQL_ZERO_DEFAULTS_OFF.get(1))
                        .endsWith(MigrationSql.MYSQL_SQL_MODE_BACK + "\n");
            }

            assertThat(runReadingMode(db, up)).as("the session's sql_mode after the up script").isEqualTo(MYSQL8_MODE_LIST);
            assertThat(AdoptLeftOutObjectsTest.one(db, "SELECT COUNT(*) FROM people")).isEqualTo("2");
            assertThat(AdoptLeftOutObjectsTest.one(db, "SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = "
                    + "DATABASE() AND TABLE_NAME = 'people' AND COLUMN_NAME = 'nick'")).isEqualTo("1");
            assertZeroDefaults(db);
            assertThat(runReadingMode(db, down)).as("the session's sql_mode after the down script").isEqualTo(MYSQL8_MODE_LIST);
            assertThat(AdoptLeftOutObjectsTest.one(db, "SELECT COUNT(*) FROM people")).isEqualTo("2");
            assertThat(AdoptLeftOutObjectsTest.one(db, "SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = "
                    + "DATABASE() AND TABLE_NAME = 'people' AND COLUMN_NAME = 'nick'")).isEqualTo("0");
            assertZeroDefaults(db);

            // Renaming the column with the zero default: the history's note follows the table, is no SQLite SQL (no
            // false refusal for what a SQLite rebuild would lose, no zero date in any SQLite script), and the MySQL
            // migration still runs where the table keeps its zero defaults.
            db.run(MYSQL8_MODES + up);
            String renamed = changed.replaceFirst("(?m)^(  )born(\\s+)(\\S+)(.*)$", "$1birth_date$2$3$4 @renamed_from(\"born\")");
            assertThat(renamed).as(changed).contains("birth_date");
            Files.writeString(adopted.model(), renamed);
            String ts2 = "20250303000000";
            var third = Cli.run("migrate", adopted.model().toString(), "--name", "birth", "--timestamp", ts2, "-o",
                    adopted.out().toString(), "--color", "never");
            assertThat(third.code()).as(third.out() + third.err()).isZero();
            String up2 = Files.readString(adopted.out().resolve(MigrationFiles.sqlPath(Dialect.MYSQL, ts2 + "_birth", "up")));
            assertThat(up2).contains(MigrationSql.MYSQL_ZERO_DEFAULT_WHY, "birth_date");
            try (var sqlite = Files.walk(adopted.out())) {
                for (Path f : sqlite.filter(f -> f.toString().contains("sqlite") && f.toString().endsWith(".sql")).toList()) {
                    assertThat(Files.readString(f)).as(f.toString()).doesNotContain("0000-00-00");
                }
            }
            db.run(MYSQL8_MODES + up2);
            assertThat(AdoptLeftOutObjectsTest.one(db, "SELECT COUNT(*) FROM people")).isEqualTo("2");
            assertThat(AdoptLeftOutObjectsTest.one(db, "SELECT COLUMN_DEFAULT FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = "
                    + "DATABASE() AND TABLE_NAME = 'people' AND COLUMN_NAME = 'birth_date'")).contains("0000-00-00");
        }
    }

    private static void assertZeroDefaults(LiveDb db) throws SQLException {
        String q = "SELECT COLUMN_DEFAULT FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'people' "
                + "AND COLUMN_NAME = ";
        assertThat(AdoptLeftOutObjectsTest.one(db, q + "'born'")).contains("0000-00-00");
        assertThat(AdoptLeftOutObjectsTest.one(db, q + "'seen'")).contains("0000-00-00 00:00:00");
        assertThat(AdoptLeftOutObjectsTest.one(db, q + "'hired'")).contains("2010-00-00");
        assertThat(AdoptLeftOutObjectsTest.one(db, q + "'paid'")).contains("2010-05-00 10:30:00.000");
        assertThat(AdoptLeftOutObjectsTest.one(db, q + "'left_on'")).contains("0000-00-05");
        assertThat(AdoptLeftOutObjectsTest.one(db, q + "'stamped'")).contains("0000-00-00 00:00:00");
    }

    private static final String MYSQL8_MODE_LIST =
            "ONLY_FULL_GROUP_BY,STRICT_TRANS_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION";

    /**
     * Runs {@code script} under MySQL 8's modes and reads the session's sql_mode after it, in the same session: the
     * script's last statement gives it back, which only the engine can show (a script that left NO_ZERO_IN_DATE off
     * would let later statements of the session store zero dates).
     */
    private static String runReadingMode(LiveDb db, String script) throws SQLException {
        try (var c = db.connect(); var s = c.createStatement()) {
            s.execute(MYSQL8_MODES + script);
            try (var rs = s.executeQuery("SELECT @@SESSION.sql_mode")) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
