package dev.schemac.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.schemac.compile.Compilation;
import dev.schemac.compile.Compiler;
import dev.schemac.gen.TargetOptions;
import dev.schemac.gen.Targets;
import dev.schemac.testing.Database;
import dev.schemac.testing.Engine;
import dev.schemac.testing.Engines;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SQL contexts that read model text in a way of their own, on the real engines, with a
 * model whose names and texts are made to break each of them: a {@code $$} (and the longer
 * tags {@code $_$}, {@code $__$}) in the names inside the PostgreSQL trigger body, a
 * backslash before a quote in defaults, comments, enum labels and patterns (which
 * PostgreSQL with standard_conforming_strings off, or psql's {@code \!}, would read), and
 * {@code :word} and {@code %} where SQLAlchemy's text() reads bind parameters. Every
 * script runs as a user runs it, on PostgreSQL with standard_conforming_strings on and
 * off; Alembic upgrades SQLite and PostgreSQL online and writes its offline script; and
 * every default, label, check, comment and trigger reads back as the model has it. A
 * psql {@code \!} in the text would create a marker file: it never exists.
 */
class SqlTextContextsOnRealEnginesTest {
    @TempDir Path dir;

    private Path marker;
    private Map<String, String> files;

    private static final String MODEL = """
            schema sqlctx { timestamps = false }

            /// Kinds \\' back\\slash :colon $$
            enum Kind {
              A @map("a :x")
              B @map("b\\\\' c :y")
            }

            /// Things \\' with :x and $$ and $_$
            entity Thing {
              id         int @id @auto
              name       string(120) = "a\\\\' \\\\! touch MARKER #" @check(!= "x :y")
              /// note \\' back\\slash :x $$
              note       string(50)? @pattern("[a-z:\\\\\\\\]+:x") @map("no :te")
              pct        string(40) = "50% :off %(x)s"
              kind       Kind = A
              slug       string(20)? @unique
              deleted_at datetime? @map("del :at")
              avatar     bytes?
              modified   datetime = now() @updated @map("m$$; DROP TABLE x; --")
              other      datetime = now() @updated @map("o$_$ $__$ :z")
              @@map("t :x$$")
            }
            """;

    private static final String TABLE = "\"t :x$$\"";

    @BeforeEach
    void generate() throws Exception {
        marker = dir.resolve("PWNED");
        Path model = dir.resolve("sqlctx.schema");
        Files.writeString(model, MODEL.replace("MARKER", marker.toString()), StandardCharsets.UTF_8);
        Compilation c = Compiler.compile(List.of(model));
        assertThat(c.hasErrors()).as("%s", c.diagnostics()).isFalse();
        files = Targets.run(c, Targets.all(), TargetOptions.defaults()).files();
    }

    private String nameDefault() {
        return "a\\' \\! touch " + marker + " #";
    }

    @Test
    void postgresTriggerBodyTakesATagAbsentFromIt() {
        String schema = files.get("sql/postgres/schema.sql");
        assertThat(schema).contains("LANGUAGE plpgsql AS $___$\nBEGIN\n").contains("END;\n$___$;");
    }

    @Test
    void postgresScriptsMeanTheSameWithStandardConformingStringsOnAndOff() throws Exception {
        String ts = TargetOptions.DEFAULT_TIMESTAMP;
        for (String scs : List.of("on", "off")) {
            try (Database db = postgres(scs)) {
                psql(db, files.get("sql/postgres/schema.sql"));
                psql(db, files.get("seed/postgres/seed.sql"));
                assertThat(seededBytes(db)).as("seeded bytes, scs %s", scs).isEqualTo(sqliteSeededBytes());
                readBack(db, true, "schema.sql, scs " + scs);
                psql(db, files.get("sql/postgres/drop.sql"));
                psql(db, files.get("migrations/sql/postgres/" + ts + "_init.up.sql"));
                readBack(db, true, "migration, scs " + scs);
                psql(db, files.get("migrations/sql/postgres/" + ts + "_init.down.sql"));
            }
        }
        assertThat(marker).doesNotExist();
    }

    @Test
    void alembicUpgradesSqliteAndPostgresWithTheExactText() throws Exception {
        Path scripts = writeAlembic();
        Path file = dir.resolve("alembic.db");
        alembic(scripts, "sqlite:///" + file, "upgrade", false);
        try (Connection conn = Engines.sqliteConnection(file)) {
            readBackRows(conn, false, "Alembic on SQLite");
        }
        for (String scs : List.of("on", "off")) {
            try (Database db = postgres(scs)) {
                alembic(scripts, url(db), "upgrade", false);
                readBack(db, true, "Alembic, scs " + scs);
                alembic(scripts, url(db), "downgrade", false);
            }
        }
        assertThat(marker).doesNotExist();
    }

    @Test
    void alembicOfflineScriptRunsOnPostgresWithStandardConformingStringsOff() throws Exception {
        Path scripts = writeAlembic();
        try (Database db = postgres("off")) {
            String sql = new ObjectMapper().readTree(alembic(scripts, url(db), "upgrade", true)).path("sql").asText();
            assertThat(sql).contains("SET standard_conforming_strings = on;").contains("DEFAULT 'a :x'")
                    .contains("$___$").doesNotContain("\\:");
            psql(db, sql);
            readBack(db, true, "Alembic offline script");
        }
        assertThat(marker).doesNotExist();
    }

    @Test
    void sqlModelClassesCreateTheSameTablesOnPostgresAndSqlite() throws Exception {
        Path models = dir.resolve("sqlmodel/models.py");
        Files.createDirectories(models.getParent());
        Files.writeString(models, files.get("sqlmodel/models.py"), StandardCharsets.UTF_8);
        Path file = dir.resolve("models.db");
        modelsCreate(models, "sqlite:///" + file);
        try (Connection conn = Engines.sqliteConnection(file)) {
            partialUnique(conn, "SQLModel on SQLite");
        }
        try (Database db = postgres("off")) {
            modelsCreate(models, url(db));
            try (Connection conn = db.connect()) {
                partialUnique(conn, "SQLModel on PostgreSQL");
            }
        }
    }

    /**
     * A later revision (one branch per dialect: {@code op.alter_column}, {@code op.create_check_constraint},
     * a SQLite batch, {@code _sql(...)} for the triggers) with the same kinds of text, on SQLite and on
     * PostgreSQL with standard_conforming_strings off.
     */
    @Test
    void laterAlembicRevisionCarriesTheExactText() throws Exception {
        Path out = dir.resolve("evolved");
        Path model = dir.resolve("evolved.schema");
        Files.writeString(model, """
                schema ev { timestamps = false }
                entity Thing {
                  id   int @id @auto
                  name string(50)
                  @@map("t :x$$")
                }
                """, StandardCharsets.UTF_8);
        Tools.cli("generate", "--no-settings", "-o", out.toString(), model.toString());
        Files.writeString(model, """
                schema ev { timestamps = false }
                entity Thing {
                  id       int @id @auto
                  name     string(50) = "a :evil b\\\\' c" @check(!= "x :y")
                  note     string(30)? @pattern("[a-z:\\\\\\\\]+:x") @map("no :te")
                  modified datetime = now() @updated @map("m$$ :q")
                  @@map("t :x$$")
                }
                """, StandardCharsets.UTF_8);
        Tools.cli("migrate", "--no-settings", "-o", out.toString(), "--name=hostile", "--timestamp=20250102000000",
                "--allow-destructive", model.toString());
        Path scripts = out.resolve("migrations/alembic");
        assertThat(scripts.resolve("versions/20250102000000_hostile.py")).exists();
        Path file = dir.resolve("evolved.db");
        alembic(scripts, "sqlite:///" + file, "upgrade", false);
        try (Connection conn = Engines.sqliteConnection(file)) {
            evolvedRows(conn, false);
        }
        try (Database db = postgres("off")) {
            alembic(scripts, url(db), "upgrade", false);
            try (Connection conn = db.connect()) {
                evolvedRows(conn, true);
                try (Statement s = conn.createStatement()) {
                    s.executeUpdate("UPDATE " + TABLE + " SET \"m$$ :q\" = '2000-01-01'");
                    s.executeUpdate("UPDATE " + TABLE + " SET name = 'touched'");
                    try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + TABLE + " WHERE \"m$$ :q\" < '2001-01-01'")) {
                        rs.next();
                        assertThat(rs.getInt(1)).as("rows the trigger did not refresh").isZero();
                    }
                }
            }
            alembic(scripts, url(db), "downgrade", false);
        }
    }

    private static void evolvedRows(Connection conn, boolean postgres) throws SQLException {
        try (Statement s = conn.createStatement()) {
            s.executeUpdate("INSERT INTO " + TABLE + " DEFAULT VALUES");
            try (ResultSet rs = s.executeQuery("SELECT name FROM " + TABLE)) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).as("the default of the later revision").isEqualTo("a :evil b\\' c");
            }
        }
        assertThatThrownBy(() -> insert(conn, "name", "?", "x :y", "")).as("the check's literal").isInstanceOf(SQLException.class);
        if (postgres) {
            insert(conn, "\"no :te\"", "?", "a\\:x", "the pattern's backslash and colons");
            assertThatThrownBy(() -> insert(conn, "\"no :te\"", "?", "A:x", "")).isInstanceOf(SQLException.class);
        }
    }


    // --- reading back

    private void readBack(Database db, boolean postgres, String what) throws SQLException {
        try (Connection conn = db.connect()) {
            readBackRows(conn, postgres, what);
            comments(conn, what);
            trigger(conn, what);
        }
    }

    private void readBackRows(Connection conn, boolean postgres, String what) throws SQLException {
        try (Statement s = conn.createStatement()) {
            s.executeUpdate("DELETE FROM " + TABLE);
            s.executeUpdate("INSERT INTO " + TABLE + " DEFAULT VALUES");
            try (ResultSet rs = s.executeQuery("SELECT name, pct, kind FROM " + TABLE)) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).as("%s: text default", what).isEqualTo(nameDefault());
                assertThat(rs.getString(2)).as("%s: text default with %% and :", what).isEqualTo("50% :off %(x)s");
                assertThat(rs.getString(3)).as("%s: enum default", what).isEqualTo("a :x");
            }
        }
        String kindCast = postgres ? "CAST(? AS kind)" : "?";
        insert(conn, "kind", kindCast, "b\\' c :y", what + ": the other enum label");
        insert(conn, "name", "?", "x :z", what + ": a value the check allows");
        assertThatThrownBy(() -> insert(conn, "name", "?", "x :y", what)).as("%s: the check's literal", what)
                .isInstanceOf(SQLException.class);
        if (postgres) { // SQLite has no regular expressions: the pattern is left out there
            insert(conn, "\"no :te\"", "?", "a\\b:x", what + ": the pattern's backslash");
            insert(conn, "\"no :te\"", "?", "ab::x", what + ": the pattern's colon");
            assertThatThrownBy(() -> insert(conn, "\"no :te\"", "?", "Ab:x", what)).as("%s: the pattern refuses", what)
                    .isInstanceOf(SQLException.class);
        }
    }

    /** The seed's bytes as PostgreSQL stored them (bytea's hex input is text starting with a backslash). */
    private static List<String> seededBytes(Database db) throws SQLException {
        return hex(db.connect(), "encode(avatar, 'hex')");
    }

    /** The same seed's bytes as SQLite stored them from its X'...' literals. */
    private List<String> sqliteSeededBytes() throws Exception {
        Path file = dir.resolve("seed.db");
        Path script = dir.resolve("seed.sql");
        Files.deleteIfExists(file);
        Files.writeString(script, files.get("sql/sqlite/schema.sql") + files.get("seed/sqlite/seed.sql"), StandardCharsets.UTF_8);
        Tools.run(new ProcessBuilder("sqlite3", "-bail", file.toString()).redirectInput(script.toFile()), "sqlite3");
        return hex(Engines.sqliteConnection(file), "lower(hex(avatar))");
    }

    private static List<String> hex(Connection conn, String expression) throws SQLException {
        var out = new ArrayList<String>();
        try (conn; Statement s = conn.createStatement();
             ResultSet rs = s.executeQuery("SELECT " + expression + " FROM " + TABLE + " WHERE avatar IS NOT NULL ORDER BY id")) {
            while (rs.next()) out.add(rs.getString(1));
        }
        assertThat(out).as("seeded rows with bytes").isNotEmpty();
        return out;
    }

    private static void insert(Connection conn, String column, String placeholder, String value, String what) throws SQLException {
        try (var ps = conn.prepareStatement("INSERT INTO " + TABLE + " (" + column + ") VALUES (" + placeholder + ")")) {
            ps.setString(1, value);
            assertThat(ps.executeUpdate()).as(what).isEqualTo(1);
        }
    }

    private static void comments(Connection conn, String what) throws SQLException {
        try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT obj_description(c.oid, 'pg_class'), col_description(c.oid, a.attnum), "
                        + "(SELECT obj_description(t.oid, 'pg_type') FROM pg_type t WHERE t.typname = 'kind') "
                        + "FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid "
                        + "WHERE c.relname = 't :x$$' AND a.attname = 'no :te'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).as("%s: table comment", what).isEqualTo("Things \\' with :x and $$ and $_$");
            assertThat(rs.getString(2)).as("%s: column comment", what).isEqualTo("note \\' back\\slash :x $$");
            String type = rs.getString(3);
            // Alembic has no comment on types: only the DDL's scripts write it.
            if (type != null) assertThat(type).as("%s: type comment", what).isEqualTo("Kinds \\' back\\slash :colon $$");
        }
    }

    /** The trigger body, dollar-quoted around names holding dollar tags, refreshes both columns on UPDATE. */
    private static void trigger(Connection conn, String what) throws SQLException {
        try (Statement s = conn.createStatement()) {
            s.executeUpdate("UPDATE " + TABLE + " SET \"m$$; DROP TABLE x; --\" = '2000-01-01', \"o$_$ $__$ :z\" = '2000-01-01'");
            s.executeUpdate("UPDATE " + TABLE + " SET pct = 'touched'");
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + TABLE + " WHERE \"m$$; DROP TABLE x; --\" < '2001-01-01' "
                    + "OR \"o$_$ $__$ :z\" < '2001-01-01'")) {
                rs.next();
                assertThat(rs.getInt(1)).as("%s: rows the trigger did not refresh", what).isZero();
            }
        }
    }

    /** The unique slug holds among rows whose {@code "del :at"} is null only: the partial index's text() filter is intact. */
    private static void partialUnique(Connection conn, String what) throws SQLException {
        try (Statement s = conn.createStatement()) {
            s.executeUpdate("INSERT INTO " + TABLE + " (slug, \"del :at\") VALUES ('s', CURRENT_TIMESTAMP)");
            s.executeUpdate("INSERT INTO " + TABLE + " (slug, \"del :at\") VALUES ('s', CURRENT_TIMESTAMP)");
            s.executeUpdate("INSERT INTO " + TABLE + " (slug) VALUES ('s')");
            assertThatThrownBy(() -> s.executeUpdate("INSERT INTO " + TABLE + " (slug) VALUES ('s')"))
                    .as("%s: a second live row with the slug", what).isInstanceOf(SQLException.class);
        }
    }

    // --- the engines and tools, run as the documents tell a user to

    private static Database postgres(String standardConformingStrings) throws SQLException {
        Database db = Engines.freshDatabase(Engine.POSTGRES, "sqlctx_" + standardConformingStrings);
        try (Connection c = Engines.adminConnection(Engine.POSTGRES); Statement s = c.createStatement()) {
            s.execute("ALTER DATABASE " + db.name() + " SET standard_conforming_strings = " + standardConformingStrings);
        }
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SHOW standard_conforming_strings")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo(standardConformingStrings);
        }
        return db;
    }

    private static String url(Database db) {
        return "postgresql+psycopg2://" + db.user() + ":" + db.password() + "@" + Engine.POSTGRES.host() + ":"
                + Engine.POSTGRES.port() + "/" + db.name();
    }

    private void psql(Database db, String script) throws Exception {
        Path f = Files.createTempFile(dir, "script", ".sql");
        Files.writeString(f, script, StandardCharsets.UTF_8);
        var pb = new ProcessBuilder("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", Engine.POSTGRES.host(), "-p",
                String.valueOf(Engine.POSTGRES.port()), "-U", db.user(), "-d", db.name(), "-f", f.toString());
        pb.environment().put("PGPASSWORD", db.password());
        Tools.run(pb, "psql");
    }

    private Path writeAlembic() throws Exception {
        for (var e : files.entrySet()) {
            if (!e.getKey().startsWith("migrations/alembic/")) continue;
            Path p = dir.resolve(e.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, e.getValue(), StandardCharsets.UTF_8);
        }
        return dir.resolve("migrations/alembic");
    }

    private static String alembic(Path scripts, String url, String action, boolean offline) throws Exception {
        var args = new ArrayList<>(List.of(Engines.python().toString(),
                Engines.root().resolve("tools/python/schemac_harness.py").toString(), "alembic"));
        if (offline) args.add("--sql");
        args.addAll(List.of(scripts.toString(), url, action));
        return Tools.run(new ProcessBuilder(args), "alembic " + action);
    }

    private static void modelsCreate(Path models, String url) throws Exception {
        var pb = new ProcessBuilder(Engines.python().toString(), Engines.root().resolve("tools/python/schemac_harness.py").toString(),
                "models-create", models.toString(), url);
        pb.environment().put("DATABASE_URL", url);
        Tools.run(pb, "models-create");
    }
}
