package dev.schemac.pull;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.cli.Cli;
import dev.schemac.gen.sql.Introspector.Kind;
import dev.schemac.gen.sql.LiveDb;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * MariaDB's own column types. {@code uuid} holds what a model's {@code uuid} field holds (the
 * UUID's text, which schemac stores as {@code CHAR(36)}): pull writes that field (SC967 says the
 * spelling changes), and the pulled model compares clean with the database. {@code inet6} and
 * {@code inet4} have no schemac type: the column stays out (SC966), and the message says what
 * keeps it, which is then done on the database and pulled again.
 */
class MariadbOwnTypesPullTest {
    @TempDir
    Path tmp;

    @Test
    void aUuidColumnIsAUuidFieldAndTheModelComparesClean() throws Exception {
        try (var db = LiveDb.fresh(Kind.MARIADB, "own_uuid")) {
            db.run("""
                    CREATE TABLE tokens (id INT NOT NULL AUTO_INCREMENT, public_id UUID NOT NULL, spare UUID NULL,
                      CONSTRAINT pk_tokens PRIMARY KEY (id), CONSTRAINT uq_tokens_public_id UNIQUE (public_id));
                    INSERT INTO tokens (public_id) VALUES ('123e4567-e89b-12d3-a456-426614174000');
                    """);
            var pulled = PullFixtures.pull(db);
            assertThat(pulled.text()).containsPattern("public_id\\s+uuid\\s+@unique").containsPattern("spare\\s+uuid\\?");
            assertThat(pulled.warnings()).as(pulled.text()).noneMatch(w -> w.code().equals("SC966"))
                    .filteredOn(w -> w.code().equals("SC967")).hasSize(2)
                    .allSatisfy(w -> assertThat(w.message()).contains("stored as `uuid`", "`char(36)`"));

            Path model = tmp.resolve("tokens.schema");
            Files.writeString(model, pulled.text());
            var diff = Cli.run("diff", "--url", PullFixtures.url(db), "--color", "never", model.toString());
            assertThat(diff.code()).as(diff.out() + diff.err()).isZero();
        }
    }

    @Test
    void anInetColumnIsLeftOutWithWhatKeepsIt() throws Exception {
        try (var db = LiveDb.fresh(Kind.MARIADB, "own_inet")) {
            db.run("""
                    CREATE TABLE hosts (id INT NOT NULL AUTO_INCREMENT PRIMARY KEY, v6 INET6 NOT NULL, v4 INET4 NULL);
                    INSERT INTO hosts (v6, v4) VALUES ('2001:db8::ff00:42:8329', '192.0.2.1'), ('::ffff:198.51.100.7', NULL);
                    """);
            var pulled = PullFixtures.pull(db);
            var left = pulled.warnings().stream().filter(w -> w.code().equals("SC966")).toList();
            assertThat(left).as(pulled.text()).hasSize(2)
                    .anySatisfy(w -> assertThat(w.message()).contains("`hosts.v6`", "`inet6`", "`VARCHAR(45)`", "pull again"))
                    .anySatisfy(w -> assertThat(w.message()).contains("`hosts.v4`", "`inet4`", "`VARCHAR(15)`", "pull again"));
            assertThat(pulled.text()).doesNotContainPattern("(?m)^\\s+v6\\s");

            // What the message says, done: the addresses keep their text, and the columns are the model's.
            db.run("ALTER TABLE hosts MODIFY v6 VARCHAR(45) NOT NULL, MODIFY v4 VARCHAR(15) NULL;");
            var again = PullFixtures.pull(db);
            assertThat(again.warnings()).as(again.text()).noneMatch(w -> w.code().equals("SC966"));
            assertThat(again.text()).containsPattern("v6\\s+string\\(45\\)\n").containsPattern("v4\\s+string\\(15\\)\\?");
            try (var c = db.connect(); var s = c.createStatement(); var r = s.executeQuery("SELECT v6, v4 FROM hosts ORDER BY id")) {
                var rows = new java.util.ArrayList<String>();
                while (r.next()) rows.add(r.getString(1) + " " + r.getString(2));
                assertThat(rows).containsExactly("2001:db8::ff00:42:8329 192.0.2.1", "::ffff:198.51.100.7 null");
            }
            Path model = tmp.resolve("hosts.schema");
            Files.writeString(model, again.text());
            var diff = Cli.run("diff", "--url", PullFixtures.url(db), "--color", "never", model.toString());
            assertThat(diff.code()).as(diff.out() + diff.err()).isZero();
        }
    }
}
