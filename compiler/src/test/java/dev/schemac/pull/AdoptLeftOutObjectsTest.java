package dev.schemac.pull;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.schemac.cli.Cli;
import dev.schemac.gen.migrations.MigrationFiles;
import dev.schemac.gen.sql.Introspector.Kind;
import dev.schemac.gen.sql.LiveDb;
import dev.schemac.model.Dialect;
import dev.schemac.testing.Engines;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Adoption of a live database whose objects pull left out (SC969–SC972, SC975), on the real
 * engines: {@code migrate --from-url} and one later {@code migrate} are applied to the ORIGINAL
 * database, and what pull left out still works there afterwards (an orphan row is refused by
 * the foreign key pull could not make a relation, an expression unique still refuses its
 * duplicate), while {@code diff --url} finds nothing. On PostgreSQL the {@code @updated}
 * triggers the database has under its own names (Pagila's {@code last_updated}) are the ones
 * the adoption drops, with their function once no trigger calls it. On SQLite, where most
 * changes rebuild the table, the rebuilds make the left-out objects again from the SQL SQLite
 * keeps; a change that leaves that SQL naming a column that is gone is refused (SC567).
 */
class AdoptLeftOutObjectsTest {
    @TempDir
    Path tmp;

    static String url(LiveDb db) {
        return switch (db.kind()) {
            case SQLITE -> db.sqliteFile().toString();
            case POSTGRES -> db.server().url("postgresql");
            case MARIADB -> db.server().url("mariadb");
            case MYSQL -> db.server().url("mysql");
        };
    }

    static Dialect dialect(Kind k) {
        return k == Kind.SQLITE ? Dialect.SQLITE : k == Kind.POSTGRES ? Dialect.POSTGRES : Dialect.MYSQL;
    }

    /** Pulls the database into a model and returns its path. */
    Path pull(String url) throws Exception {
        Path model = tmp.resolve("app.schema");
        var pull = Cli.run("pull", "--url", url, "--out", model.toString(), "--color", "never");
        assertThat(pull.code()).as(pull.err()).isZero();
        return model;
    }

    /** {@code text} with {@code line} added as the first line of entity {@code entity}. */
    static String withField(String text, String entity, String line) {
        var m = Pattern.compile("(?m)^entity " + entity + " \\{\\n").matcher(text);
        assertThat(m.find()).as("entity %s in\n%s", entity, text).isTrue();
        return text.substring(0, m.end()) + "  " + line + "\n" + text.substring(m.end());
    }

    /** Writes a migration (adopting the database when {@code fromUrl} is given), applies it, and returns its up script. */
    String migrateAndApply(LiveDb db, Path model, Path out, String fromUrl, String ts, String name) throws Exception {
        var args = new ArrayList<>(List.of("migrate", model.toString(), "--name", name, "--timestamp", ts, "--allow-destructive",
                "-o", out.toString(), "--color", "never"));
        if (fromUrl != null) args.addAll(List.of("--from-url", fromUrl));
        var r = Cli.run(args.toArray(String[]::new));
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        String up = Files.readString(out.resolve(MigrationFiles.sqlPath(dialect(db.kind()), ts + "_" + name, "up")),
                StandardCharsets.UTF_8);
        db.run(up);
        return up;
    }

    void noDrift(String url, Path model, String after) {
        var diff = Cli.run("diff", "--url", url, "--color", "never", model.toString());
        assertThat(diff.code()).as("diff after %s:\n%s\n%s", after, diff.out(), diff.err()).isZero();
    }

    static void refused(LiveDb db, String sql, String why) throws SQLException {
        try (Connection c = db.connect(); var s = c.createStatement()) {
            if (db.kind() == Kind.SQLITE) s.execute("PRAGMA foreign_keys = ON");
            assertThatThrownBy(() -> s.execute(sql)).as(why).isInstanceOf(SQLException.class);
        }
    }

    static String one(LiveDb db, String query) throws SQLException {
        try (Connection c = db.connect(); var s = c.createStatement(); var rs = s.executeQuery(query)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    static final String PG = """
            CREATE FUNCTION last_updated() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN NEW.last_update = CURRENT_TIMESTAMP; RETURN NEW; END $$;
            CREATE FUNCTION stamp() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN NEW.last_update = now(); RETURN NEW; END $$;
            CREATE TABLE tenants (id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, name varchar(80) NOT NULL);
            CREATE TABLE users (tenant_id bigint NOT NULL REFERENCES tenants ON DELETE CASCADE, user_id bigint NOT NULL,
              name varchar(80) NOT NULL, PRIMARY KEY (tenant_id, user_id));
            CREATE TABLE orders (id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, tenant_id bigint NOT NULL REFERENCES tenants,
              customer_id bigint NOT NULL, FOREIGN KEY (tenant_id, customer_id) REFERENCES users (tenant_id, user_id));
            CREATE TABLE rooms (id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, code varchar(10) NOT NULL UNIQUE,
              last_update timestamptz NOT NULL DEFAULT now());
            CREATE TABLE bookings (id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
              room_code varchar(10) NOT NULL REFERENCES rooms (code));
            CREATE TABLE actors (id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, name varchar(45) NOT NULL,
              last_update timestamptz NOT NULL DEFAULT now());
            CREATE TABLE films (id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, title varchar(45) NOT NULL,
              last_update timestamptz NOT NULL DEFAULT now());
            CREATE TABLE notes (id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, body varchar(45) NOT NULL,
              last_update timestamptz NOT NULL DEFAULT now());
            CREATE TRIGGER last_updated BEFORE UPDATE ON actors FOR EACH ROW EXECUTE FUNCTION last_updated();
            CREATE TRIGGER last_updated BEFORE UPDATE ON films FOR EACH ROW EXECUTE FUNCTION last_updated();
            CREATE TRIGGER rooms_stamp BEFORE UPDATE ON rooms FOR EACH ROW EXECUTE FUNCTION stamp();
            CREATE TRIGGER notes_stamp BEFORE INSERT ON notes FOR EACH ROW EXECUTE FUNCTION stamp();
            INSERT INTO tenants (id, name) VALUES (1, 'acme');
            INSERT INTO users VALUES (1, 7, 'ann');
            INSERT INTO orders (tenant_id, customer_id) VALUES (1, 7);
            INSERT INTO rooms (code) VALUES ('R1');
            INSERT INTO bookings (room_code) VALUES ('R1');
            INSERT INTO actors (name) VALUES ('Penelope');
            """;

    @Test
    void postgresAdoptionLeavesLeftOutKeysAndReplacesTheUpdatedTriggersItRead() throws Exception {
        try (var db = LiveDb.fresh(Kind.POSTGRES, "adopt_leftout")) {
            db.run(PG);
            String url = url(db);
            Path model = pull(url);
            String pulled = Files.readString(model);
            assertThat(pulled).contains("// SC971 foreign key orders_tenant_id_customer_id_fkey", "// SC971 foreign key bookings_room_code_fkey");
            Files.writeString(model, withField(pulled, "Actor", "nickname string(45)?"));
            Path out = tmp.resolve("out");
            String up = migrateAndApply(db, model, out, url, "20250301120000", "adopt");
            // The keys pull left out are not the migration's to drop.
            assertThat(up).doesNotContain("orders_tenant_id_customer_id_fkey", "bookings_room_code_fkey");
            // The triggers the database has are the ones dropped, under their own names; never schemac's, which it has not.
            assertThat(up).contains("DROP TRIGGER last_updated ON actors;", "DROP TRIGGER last_updated ON films;",
                    "DROP TRIGGER rooms_stamp ON rooms;").doesNotContain("DROP TRIGGER trg_");
            afterAdoption(db);
            noDrift(url, model, "the adoption");

            Files.writeString(model, withField(Files.readString(model), "Film", "rating int?"));
            migrateAndApply(db, model, out, null, "20250302000000", "rating");
            afterAdoption(db);
            assertThat(one(db, "SELECT count(*) FROM information_schema.columns WHERE table_name = 'films' AND column_name = 'rating'"))
                    .isEqualTo("1");
            noDrift(url, model, "the migration after the adoption");
        }
    }

    private static void afterAdoption(LiveDb db) throws SQLException {
        refused(db, "INSERT INTO orders (tenant_id, customer_id) VALUES (1, 99)", "the composite key pull left out still holds");
        refused(db, "INSERT INTO bookings (room_code) VALUES ('ZZ')", "the key to a unique column pull left out still holds");
        assertThat(one(db, "SELECT string_agg(tgrelid::regclass || '.' || tgname || ':' || tgfoid::regproc, ' ' ORDER BY tgrelid::regclass::text, tgname) "
                + "FROM pg_trigger WHERE NOT tgisinternal"))
                .isEqualTo("actors.trg_actors_updated_at:trg_actors_updated_at films.trg_films_updated_at:trg_films_updated_at "
                        + "notes.notes_stamp:stamp rooms.trg_rooms_updated_at:trg_rooms_updated_at");
        // last_updated() went with the last trigger that called it; stamp() stays for the trigger pull left out.
        assertThat(one(db, "SELECT string_agg(proname, ' ' ORDER BY proname) FROM pg_proc WHERE pronamespace = 'public'::regnamespace"))
                .isEqualTo("stamp trg_actors_updated_at trg_films_updated_at trg_rooms_updated_at");
        try (Connection c = db.connect(); var s = c.createStatement()) {
            s.execute("UPDATE actors SET last_update = '2001-02-03 04:05:06+00' WHERE name = 'Penelope'");
        }
        assertThat(one(db, "SELECT to_char(last_update AT TIME ZONE 'UTC', 'YYYY') FROM actors WHERE name = 'Penelope'"))
                .as("schemac's trigger keeps a value the UPDATE sets").isEqualTo("2001");
        try (Connection c = db.connect(); var s = c.createStatement()) {
            s.execute("UPDATE actors SET last_update = now() - interval '1 day' WHERE name = 'Penelope'");
        }
    }

    static final String MYSQL = """
            CREATE TABLE projects (tenant_id INT NOT NULL, project_no INT NOT NULL, name VARCHAR(40) NOT NULL,
              PRIMARY KEY (tenant_id, project_no));
            CREATE TABLE tasks (id INT NOT NULL AUTO_INCREMENT PRIMARY KEY, tenant_id INT NOT NULL, project_no INT NULL,
              title VARCHAR(40) NOT NULL,
              CONSTRAINT fk_task_project FOREIGN KEY (tenant_id, project_no) REFERENCES projects (tenant_id, project_no));
            CREATE TABLE rooms (id INT NOT NULL AUTO_INCREMENT PRIMARY KEY, code VARCHAR(10) NOT NULL UNIQUE);
            CREATE TABLE bookings (id INT NOT NULL AUTO_INCREMENT PRIMARY KEY, room_code VARCHAR(10) NOT NULL,
              CONSTRAINT fk_booking_room FOREIGN KEY (room_code) REFERENCES rooms (code));
            INSERT INTO projects VALUES (1, 1, 'p');
            INSERT INTO tasks (tenant_id, project_no, title) VALUES (1, 1, 't');
            INSERT INTO rooms (code) VALUES ('R1');
            """;

    @ParameterizedTest
    @EnumSource(value = Kind.class, names = {"MARIADB", "MYSQL"})
    void mysqlAdoptionLeavesLeftOutKeys(Kind kind) throws Exception {
        try (var db = LiveDb.fresh(kind, "adopt_leftout")) {
            db.run(MYSQL);
            String url = url(db);
            Path model = pull(url);
            String pulled = Files.readString(model);
            assertThat(pulled).contains("// SC971 foreign key fk_task_project", "// SC971 foreign key fk_booking_room");
            Files.writeString(model, withField(pulled, "Task", "note string(40)?"));
            Path out = tmp.resolve("out");
            String up = migrateAndApply(db, model, out, url, "20250301120000", "adopt");
            assertThat(up).doesNotContain("DROP FOREIGN KEY");
            refused(db, "INSERT INTO tasks (tenant_id, project_no, title) VALUES (99, 99, 'orphan')", "the composite key still holds");
            refused(db, "INSERT INTO bookings (room_code) VALUES ('ZZ')", "the key to a unique column still holds");
            noDrift(url, model, "the adoption");

            Files.writeString(model, withField(Files.readString(model), "Booking", "guests int?"));
            migrateAndApply(db, model, out, null, "20250302000000", "guests");
            refused(db, "INSERT INTO tasks (tenant_id, project_no, title) VALUES (99, 99, 'orphan')", "the composite key still holds");
            refused(db, "INSERT INTO bookings (room_code, guests) VALUES ('ZZ', 2)", "the key to a unique column still holds");
            noDrift(url, model, "the migration after the adoption");
        }
    }

    static final String SQLITE = """
            CREATE TABLE countries (id INTEGER PRIMARY KEY, code CHAR(2) NOT NULL UNIQUE, name VARCHAR(80) NOT NULL,
              touched DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP);
            CREATE TRIGGER countries_touch AFTER UPDATE ON countries BEGIN
              UPDATE countries SET touched = CURRENT_TIMESTAMP WHERE id = NEW.id;
            END;
            CREATE TABLE cities (
              id INTEGER NOT NULL PRIMARY KEY,
              country_code CHAR(2) NOT NULL REFERENCES countries (code),
              name VARCHAR(80) NOT NULL,
              population INTEGER CHECK (population >= 0 OR population IS NULL)
            );
            CREATE INDEX cities_name_nocase ON cities (name COLLATE NOCASE);
            CREATE UNIQUE INDEX cities_lower_name ON cities (country_code, lower(name));
            CREATE TABLE city_log (id INTEGER PRIMARY KEY, city_id INTEGER NOT NULL, note VARCHAR(80) NOT NULL);
            CREATE TRIGGER cities_logged AFTER INSERT ON cities BEGIN
              INSERT INTO city_log (city_id, note) VALUES (NEW.id, 'added');
            END;
            CREATE TABLE tags (name VARCHAR(40) NOT NULL PRIMARY KEY, uses INTEGER NOT NULL) WITHOUT ROWID;
            INSERT INTO countries (id, code, name) VALUES (1, 'FR', 'France');
            INSERT INTO cities VALUES (1, 'FR', 'Paris', 2100000);
            INSERT INTO tags VALUES ('old', 1);
            """;

    /** The SQLite model's edits that make SQLite rebuild cities and tags: wider integers. */
    static String widened(String text) {
        String out = text.replaceFirst("(?m)^(  population\\s+)int\\?", "$1bigint?").replaceFirst("(?m)^(  uses\\s+)int$", "$1bigint");
        assertThat(out).as(text).contains("bigint?").contains("bigint\n");
        return out;
    }

    @Test
    void sqliteRebuildsMakeWhatPullLeftOutAgain() throws Exception {
        try (var db = LiveDb.fresh(Kind.SQLITE, "adopt_leftout")) {
            db.run(SQLITE);
            String url = url(db);
            Path model = pull(url);
            String pulled = Files.readString(model);
            assertThat(pulled).contains("// SC971 foreign key", "// SC970 index cities_name_nocase", "// SC970 index cities_lower_name",
                    "// SC969 check", "// SC972 trigger cities_logged", "WITHOUT ROWID");
            Files.writeString(model, widened(pulled));
            Path out = tmp.resolve("out");
            String up = migrateAndApply(db, model, out, url, "20250301120000", "adopt");
            assertThat(up).contains("CREATE TABLE _schemac_new_cities", "CREATE TABLE _schemac_new_tags");
            // The @updated trigger the database has is replaced by schemac's, not left beside it.
            assertThat(up).contains("DROP TRIGGER IF EXISTS countries_touch;").doesNotContain("DROP TRIGGER IF EXISTS trg_");
            assertThat(one(db, "SELECT group_concat(name, ' ') FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'countries'"))
                    .isEqualTo("trg_countries_updated_at");
            sqliteLeftOutsHold(db, "the adoption");
            noDrift(url, model, "the adoption");

            // A later migration rebuilds cities again: the history's snapshot carries what to make again.
            Files.writeString(model, Files.readString(model).replaceFirst("(?m)^(  name\\s+)string\\(80\\)(\\s*)$", "$1string(120)$2"));
            String next = migrateAndApply(db, model, out, null, "20250302000000", "longer_names");
            assertThat(next).contains("CREATE TABLE _schemac_new_cities");
            sqliteLeftOutsHold(db, "the migration after the adoption");
            noDrift(url, model, "the migration after the adoption");

            // A team on Alembic takes another copy of the database through the same history: the rebuilds are the same.
            try (var copy = LiveDb.fresh(Kind.SQLITE, "adopt_leftout_alembic")) {
                copy.run(SQLITE);
                alembic(out, copy, "stamp", "20250301115959");
                alembic(out, copy, "upgrade", "head");
                sqliteLeftOutsHold(copy, "alembic upgrade head");
                noDrift(url(copy), model, "alembic upgrade head");
            }

            String kept = Files.readString(model);
            int line = lineOf(kept, "entity City {");
            // Renaming in place a column the kept SQL names: SQLite updates the index, but the SQL the history carries
            // would name the old column, and the next rebuild could not make the index again.
            Files.writeString(model, kept.replaceFirst("(?m)^  name(\\s+)string\\(120\\)(\\s*)$",
                    "  title$1string(120) @renamed_from(\"name\")$2"));
            var column = Cli.run("migrate", model.toString(), "--name", "title", "--timestamp", "20250303000000",
                    "-o", out.toString(), "--color", "never");
            assertThat(column.code()).as(column.out() + column.err()).isEqualTo(1);
            assertThat(column.err()).contains("error[SC567]: the migration renames what the SQL of index `cities_name_nocase` on "
                            + "`cities` names, which the database has outside the model; the next SQLite rebuild of the table could "
                            + "not make it again (its SQL names the column `name`, which this migration renames)")
                    .contains("app.schema:" + line + ":1")
                    .contains("help: leave the rename out, or drop index `cities_name_nocase` in the database first (and pull "
                            + "again) if it is no longer wanted");

            // Renaming the table and rebuilding it: the SQL names the old table, so the rebuild cannot make the index again.
            Files.writeString(model, kept.replace("entity City {\n", "entity Town {\n  @@renamed_from(\"City\")\n")
                    .replaceFirst("(?m)^(  name\\s+)string\\(120\\)(\\s*)$", "$1string(150)$2"));
            var table = Cli.run("migrate", model.toString(), "--name", "towns", "--timestamp", "20250303000000",
                    "-o", out.toString(), "--color", "never");
            assertThat(table.code()).as(table.out() + table.err()).isEqualTo(1);
            assertThat(table.err()).contains("error[SC567]: SQLite rebuilds table `towns` in this migration, and that drops index "
                            + "`cities_name_nocase`, which the database has outside the model: it cannot be made again (its SQL "
                            + "names the table `cities`, now `towns`)")
                    .contains("app.schema:" + line + ":1")
                    .contains("help: leave out of this migration the change that needs it, or drop index `cities_name_nocase` "
                            + "in the database first (and pull again) if it is no longer wanted");
            assertThat(out.resolve("migrations/sql/sqlite")).isDirectoryNotContaining("glob:**20250303000000*");

            // Dropping the column the check names: the check goes with it (as PostgreSQL's DROP COLUMN takes it), the rest stays.
            Files.writeString(model, kept.replaceFirst("(?m)^  population\\s+bigint\\?\\n", ""));
            String drop = migrateAndApply(db, model, out, null, "20250304000000", "no_population");
            assertThat(drop).contains("CREATE TABLE _schemac_new_cities").doesNotContain("population >= 0");
            refused(db, "INSERT INTO cities (id, country_code, name) VALUES (2, 'ZZ', 'Nowhere')", "the foreign key after the drop");
            refused(db, "INSERT INTO cities (id, country_code, name) VALUES (4, 'FR', 'PARIS')", "the unique expression after the drop");
            try (Connection c = db.connect(); var st = c.createStatement()) {
                st.execute("INSERT INTO cities (id, country_code, name) VALUES (6, 'FR', 'Lille')");
            }
            assertThat(one(db, "SELECT count(*) FROM city_log WHERE city_id = 6")).as("the trigger after the drop").isEqualTo("1");
            noDrift(url, model, "the drop");

            // The next rebuild of that table: what went with the column is in no later snapshot, so SQLite takes it.
            String dropped = Files.readString(model, StandardCharsets.UTF_8);
            Files.writeString(model, dropped.replaceFirst("(?m)^(  name\\s+)string\\(120\\)(\\s*)$", "$1string(150)$2"));
            String wider = migrateAndApply(db, model, out, null, "20250305000000", "wider_name");
            assertThat(wider).contains("CREATE TABLE _schemac_new_cities").doesNotContain("population");
            refused(db, "INSERT INTO cities (id, country_code, name) VALUES (7, 'FR', 'LILLE')", "the unique expression after the next rebuild");
            noDrift(url, model, "the next rebuild");
        }
    }

    /**
     * WITHOUT ROWID and a foreign key's DEFERRABLE INITIALLY DEFERRED name no table: renaming the table (in place, then
     * rebuilt under its new name) keeps them, and the rows.
     */
    @Test
    void sqliteRenamesATableWhoseKeptSqlNamesNoTable() throws Exception {
        try (var db = LiveDb.fresh(Kind.SQLITE, "adopt_rename_kept")) {
            db.run("""
                    CREATE TABLE parents (id INTEGER NOT NULL PRIMARY KEY, name VARCHAR(40) NOT NULL);
                    CREATE TABLE nodes (id INTEGER NOT NULL PRIMARY KEY,
                      parent_id INTEGER REFERENCES parents (id) DEFERRABLE INITIALLY DEFERRED,
                      label VARCHAR(40) NOT NULL) WITHOUT ROWID;
                    INSERT INTO parents VALUES (1, 'root');
                    INSERT INTO nodes VALUES (1, 1, 'leaf');
                    """);
            String url = url(db);
            Path model = pull(url);
            String pulled = Files.readString(model);
            assertThat(pulled).contains("entity Node {", "WITHOUT ROWID");
            Path out = tmp.resolve("out");
            Files.writeString(model, pulled.replace("Node[]", "Leaf[]").replace("entity Node {\n", "entity Leaf {\n  @@renamed_from(\"Node\")\n"));
            String up = migrateAndApply(db, model, out, url, "20250401120000", "leaves");
            assertThat(up).containsPattern("RENAME TO \"?leaves\"?;");
            renamedTableHolds(db, "the rename in place");

            // A rebuild of the renamed table makes both again under its new name.
            Files.writeString(model, Files.readString(model).replaceFirst("(?m)^(  label\\s+)string\\(40\\)(\\s*)$", "$1string(80)$2"));
            String wider = migrateAndApply(db, model, out, null, "20250402000000", "wider_label");
            assertThat(wider).contains("CREATE TABLE _schemac_new_leaves");
            renamedTableHolds(db, "the rebuild");
            noDrift(url, model, "the rebuild");
        }
    }

    private static void renamedTableHolds(LiveDb db, String after) throws SQLException {
        assertThat(one(db, "SELECT sql FROM sqlite_master WHERE name = 'leaves'")).as("leaves after " + after)
                .endsWith("WITHOUT ROWID").contains("DEFERRABLE INITIALLY DEFERRED");
        assertThat(one(db, "SELECT group_concat(id || ' ' || parent_id || ' ' || label) FROM leaves")).as(after).isEqualTo("1 1 leaf");
        try (Connection c = db.connect(); var s = c.createStatement()) {
            s.execute("PRAGMA foreign_keys = ON");
            c.setAutoCommit(false);
            // Checked at commit: the child may come before its parent within the transaction.
            s.execute("INSERT INTO leaves (id, parent_id, label) VALUES (2, 2, 'early')");
            s.execute("INSERT INTO parents VALUES (2, 'late')");
            c.commit();
            s.execute("INSERT INTO leaves (id, parent_id, label) VALUES (3, 9, 'orphan')");
            assertThatThrownBy(c::commit).as("the deferred key after " + after).isInstanceOf(SQLException.class);
            c.rollback();
            c.setAutoCommit(true);
            s.execute("DELETE FROM leaves WHERE id = 2");
            s.execute("DELETE FROM parents WHERE id = 2");
        }
    }

    static void alembic(Path out, LiveDb db, String action, String revision) throws Exception {
        Path harness = Engines.root().resolve("tools/python/schemac_harness.py");
        var p = new ProcessBuilder(Engines.python().toString(), harness.toString(), "alembic",
                out.resolve("migrations/alembic").toString(), "sqlite:///" + db.sqliteFile(), action, revision)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(180, TimeUnit.SECONDS)) throw new IllegalStateException("alembic " + action + " did not finish");
        assertThat(p.exitValue()).as("alembic %s: %s", action, text).isZero();
    }

    static int lineOf(String text, String line) {
        var lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) if (lines[i].equals(line)) return i + 1;
        throw new AssertionError(line + " not in\n" + text);
    }

    private static void sqliteLeftOutsHold(LiveDb db, String after) throws Exception {
        refused(db, "INSERT INTO cities (id, country_code, name, population) VALUES (2, 'ZZ', 'Nowhere', 1)",
                "the foreign key to countries.code after " + after);
        refused(db, "INSERT INTO cities (id, country_code, name, population) VALUES (3, 'FR', 'Lyon', -5)",
                "the check pull could not read after " + after);
        refused(db, "INSERT INTO cities (id, country_code, name, population) VALUES (4, 'FR', 'PARIS', 1)",
                "the unique expression index after " + after);
        try (Connection c = db.connect(); var s = c.createStatement()) {
            s.execute("PRAGMA foreign_keys = ON");
            s.execute("INSERT INTO cities (id, country_code, name, population) VALUES (5, 'FR', 'Nice', 340000)");
            s.execute("DELETE FROM cities WHERE id = 5");
        }
        assertThat(one(db, "SELECT count(*) FROM city_log WHERE city_id = 5")).as("the trigger after " + after).isEqualTo("1");
        assertThat(one(db, "SELECT sql FROM sqlite_master WHERE name = 'cities_name_nocase'"))
                .as("the collated index after " + after).isEqualTo("CREATE INDEX cities_name_nocase ON cities (name COLLATE NOCASE)");
        assertThat(one(db, "SELECT sql FROM sqlite_master WHERE name = 'tags'")).as("tags after " + after).endsWith("WITHOUT ROWID");
        assertThat(one(db, "SELECT count(*) FROM tags WHERE name = 'old'")).isEqualTo("1");
        try (Connection c = db.connect(); var s = c.createStatement()) {
            s.execute("DELETE FROM city_log");
        }
    }
}
