package dev.schemac.pull;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.schemac.cli.Cli;
import dev.schemac.gen.sql.Introspector.Kind;
import dev.schemac.gen.sql.LiveDb;
import dev.schemac.render.json.VisibleJson;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * SC984 on real PostgreSQL, MySQL 8 and MariaDB: rows that break a foreign key (PostgreSQL: one added NOT VALID; MySQL
 * and MariaDB: rows loaded with FOREIGN_KEY_CHECKS=0) are said by {@code pull}, {@code diff --url} (which still finds the
 * schema the model's) and {@code migrate --from-url}, each with a query that lists exactly those rows, under names the
 * query must quote; a row with a null in a column of the key holds it, and so do rows under a valid key. What the message
 * says the rows stop (validating or adding the key again) fails on the engine.
 */
class ServerBrokenKeysTest {
    @TempDir
    Path tmp;

    private static String script(Kind kind) {
        return kind == Kind.POSTGRES ? """
                CREATE TABLE "order" (id int PRIMARY KEY, a int NOT NULL, b int NOT NULL, CONSTRAINT order_a_b UNIQUE (a, b));
                CREATE TABLE "line item" (id int PRIMARY KEY, "order id" int, oa int, ob int);
                CREATE TABLE fine (id int PRIMARY KEY, order_id int REFERENCES "order" (id));
                INSERT INTO "order" VALUES (1, 1, 1);
                INSERT INTO "line item" VALUES (1, 1, 1, 1), (2, 7, NULL, 5), (3, 8, 2, 2), (4, NULL, 1, 1);
                INSERT INTO fine VALUES (1, 1), (2, NULL);
                ALTER TABLE "line item" ADD CONSTRAINT "line's order" FOREIGN KEY ("order id") REFERENCES "order" (id) NOT VALID;
                ALTER TABLE "line item" ADD CONSTRAINT line_pair FOREIGN KEY (oa, ob) REFERENCES "order" (a, b) NOT VALID;
                """ : """
                CREATE TABLE `order` (id INT NOT NULL PRIMARY KEY, a INT NOT NULL, b INT NOT NULL, UNIQUE KEY order_a_b (a, b)) ENGINE InnoDB;
                CREATE TABLE `line item` (id INT NOT NULL PRIMARY KEY, `order id` INT NULL, oa INT NULL, ob INT NULL,
                  CONSTRAINT `line's order` FOREIGN KEY (`order id`) REFERENCES `order` (id),
                  CONSTRAINT line_pair FOREIGN KEY (oa, ob) REFERENCES `order` (a, b)) ENGINE InnoDB;
                CREATE TABLE fine (id INT NOT NULL PRIMARY KEY, order_id INT NULL, CONSTRAINT fine_order FOREIGN KEY (order_id)
                  REFERENCES `order` (id)) ENGINE InnoDB;
                INSERT INTO `order` VALUES (1, 1, 1);
                INSERT INTO fine VALUES (1, 1), (2, NULL);
                SET FOREIGN_KEY_CHECKS = 0;
                INSERT INTO `line item` VALUES (1, 1, 1, 1), (2, 7, NULL, 5), (3, 8, 2, 2), (4, NULL, 1, 1);
                SET FOREIGN_KEY_CHECKS = 1;
                """;
    }

    @ParameterizedTest
    @EnumSource(value = Kind.class, names = {"POSTGRES", "MYSQL", "MARIADB"})
    void rowsThatBreakAKeyAreSaidByPullDiffAndAdoptionWithAQueryListingThem(Kind kind) throws Exception {
        try (var db = LiveDb.fresh(kind, "broken_keys")) {
            db.run(script(kind));
            var adopted = Adoption.of(db, tmp);
            String engine = kind == Kind.POSTGRES ? "PostgreSQL" : kind == Kind.MYSQL ? "MySQL" : "MariaDB";
            String why = kind == Kind.POSTGRES ? "the key was added NOT VALID, so PostgreSQL never checked the rows from before it; "
                    + "validating it (`ALTER TABLE … VALIDATE CONSTRAINT`) or adding it again fails"
                    : engine + " checks no row written while FOREIGN_KEY_CHECKS is 0 (as a dump's load runs); adding the key "
                    + "again (`ALTER TABLE … ADD FOREIGN KEY`) fails";
            String single = "2 rows of `line item` break the foreign key `line's order` (`order id`) → `order` (`id`) (no row of "
                    + "`order` has their value): " + why + " until these rows are fixed or the key is changed";
            String pair = "1 row of `line item` breaks the foreign key `line_pair` (`oa`, `ob`) → `order` (`a`, `b`) (no row of "
                    + "`order` has its value)";
            for (String said : new String[] {adopted.pull().err(), adopted.migrate().out() + adopted.migrate().err()}) {
                assertThat(said).contains(single, pair).doesNotContain("of `fine` break");
                assertThat(said.split("SC984", -1)).as(said).hasSize(3);
            }
            var diff = Cli.run("diff", "--url", PullFixtures.url(db), adopted.model().toString(), "--color", "never");
            assertThat(diff.err()).contains(single, pair);

            // Each help's query, run on the engine, lists exactly the rows that break its key (row 2's null holds the pair's).
            var queries = Pattern.compile("list them with (`+) ?(SELECT c\\.\\* .*?) ?\\1;").matcher(diff.err());
            var listed = new java.util.ArrayList<String>();
            while (queries.find()) {
                listed.add(AdoptLeftOutObjectsTest.one(db, "SELECT " + (kind == Kind.POSTGRES ? "string_agg(id::text, ',' ORDER BY id)"
                        : "GROUP_CONCAT(id ORDER BY id)") + " FROM (" + queries.group(2) + ") x"));
            }
            assertThat(listed).as(diff.err()).containsExactlyInAnyOrder("2,3", "3");

            var json = Cli.run("diff", "--url", PullFixtures.url(db), adopted.model().toString(), "--format", "json");
            var rows = VisibleJson.MAPPER.readTree(json.out()).get("broken_rows");
            assertThat(rows).as(json.out()).hasSize(2);
            assertThat(rows.get(0).get("table").asText()).isEqualTo("line item");
            assertThat(rows.get(0).get("rows").asLong()).isEqualTo(2);

            // What the message says such rows stop, the engine refuses.
            if (kind == Kind.POSTGRES) {
                assertThatThrownBy(() -> db.run("ALTER TABLE \"line item\" VALIDATE CONSTRAINT \"line's order\";"))
                        .isInstanceOf(SQLException.class).hasMessageContaining("violates foreign key constraint");
            } else {
                db.run("ALTER TABLE `line item` DROP FOREIGN KEY line_pair;");
                assertThatThrownBy(() -> db.run("ALTER TABLE `line item` ADD CONSTRAINT line_pair FOREIGN KEY (oa, ob) "
                        + "REFERENCES `order` (a, b);")).isInstanceOf(SQLException.class).hasMessageContaining("foreign key constraint fails");
            }
            // Fixed, nothing is said; the rows were data, not drift: the changes and the exit code are the same.
            db.run(kind == Kind.POSTGRES ? "DELETE FROM \"line item\" WHERE id IN (2, 3);" : "DELETE FROM `line item` WHERE id IN (2, 3);");
            if (kind != Kind.POSTGRES) db.run("ALTER TABLE `line item` ADD CONSTRAINT line_pair FOREIGN KEY (oa, ob) REFERENCES `order` (a, b);");
            var again = Cli.run("diff", "--url", PullFixtures.url(db), adopted.model().toString(), "--color", "never");
            assertThat(again.err()).doesNotContain("SC984");
            assertThat(again.out()).isEqualTo(diff.out());
            assertThat(again.code()).isEqualTo(diff.code());
        }
    }

    /**
     * A key whose rows the server will not count is said as not counted, with the server's reason, and the read goes on:
     * here a pull user with the catalog but no SELECT on the tables (on MySQL and MariaDB the test's user holds its
     * privileges globally, which no table-level REVOKE takes; the count there runs through the same path). On PostgreSQL the count compares under the parent
     * column's collation, as PostgreSQL's own check does, so a NOT VALID key between columns of different collations
     * (where a bare comparison cannot choose one) is counted as the engine counts it.
     */
    @org.junit.jupiter.api.Test
    void aCountTheServerRefusesIsSaidAndThePullGoesOn() throws Exception {
        try (var db = LiveDb.fresh(Kind.POSTGRES, "uncounted_keys")) {
            db.run("""
                    CREATE TABLE p (code text COLLATE "POSIX" PRIMARY KEY);
                    CREATE TABLE c (id int PRIMARY KEY, code text COLLATE "C");
                    INSERT INTO p VALUES ('a');
                    INSERT INTO c VALUES (1, 'a'), (2, 'b'), (3, NULL);
                    ALTER TABLE c ADD CONSTRAINT c_code FOREIGN KEY (code) REFERENCES p (code) NOT VALID;
                    """);
            // The key's comparison without a collation is what the server refuses; PostgreSQL's own check is not.
            assertThatThrownBy(() -> db.run("SELECT count(*) FROM c WHERE NOT EXISTS (SELECT 1 FROM p WHERE p.code = c.code);"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("could not determine which collation");
            var counted = Cli.run("pull", "--url", PullFixtures.url(db), "--out", tmp.resolve("counted.schema").toString(),
                    "--color", "never");
            assertThat(counted.code()).as(counted.err()).isZero();
            assertThat(counted.err()).contains("1 row of `c` breaks the foreign key `c_code` (`code`) → `p` (`code`)");
            var listed = Pattern.compile("list them with (`+) ?(SELECT c\\.\\* .*?) ?\\1;").matcher(counted.err());
            assertThat(listed.find()).as(counted.err()).isTrue();
            assertThat(AdoptLeftOutObjectsTest.one(db, "SELECT string_agg(id::text, ',') FROM (" + listed.group(2) + ") x"))
                    .isEqualTo("2");
            assertThatThrownBy(() -> db.run("ALTER TABLE c VALIDATE CONSTRAINT c_code;"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("violates foreign key constraint");

            // The owner takes SELECT from itself (the test's user may make no other role): the catalog still reads.
            db.run("REVOKE SELECT ON c FROM CURRENT_USER;");
            var pulled = Cli.run("pull", "--url", PullFixtures.url(db), "--out", tmp.resolve("uncounted.schema").toString(),
                    "--color", "never");
            assertThat(pulled.code()).as(pulled.err()).isZero();
            assertThat(pulled.err()).as(pulled.err()).contains("the rows of `c` that break the foreign key `c_code` (`code`) → `p` "
                    + "(`code`) were not counted: PostgreSQL refused the count (ERROR: permission denied for table c); if there "
                    + "are any, the key was added NOT VALID");
            assertThat(tmp.resolve("uncounted.schema")).exists();
            var json = Cli.run("diff", "--url", PullFixtures.url(db), tmp.resolve("uncounted.schema").toString(), "--format", "json");
            var rows = VisibleJson.MAPPER.readTree(json.out()).get("broken_rows");
            assertThat(rows).as(json.out()).hasSize(1);
            assertThat(rows.get(0).get("rows").isNull()).as(json.out()).isTrue();
        }
    }
}
