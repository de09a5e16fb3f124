package dev.schemac.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.schemac.catalog.Index;
import dev.schemac.cli.Cli;
import dev.schemac.cli.Main;
import dev.schemac.compile.Compilation;
import dev.schemac.compile.Compiler;
import dev.schemac.gen.TargetOptions;
import dev.schemac.gen.Targets;
import dev.schemac.naming.HiddenNames;
import dev.schemac.testing.Database;
import dev.schemac.testing.Engine;
import dev.schemac.testing.Engines;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Names a database takes for objects of its own (SC514): PostgreSQL's sequence of each {@code @auto}
 * column, in the namespace of the tables and indexes, SQLite's {@code sqlite_} names and MySQL's
 * {@code PRIMARY}. The sequences are named as PostgreSQL names them (held against PostgreSQL itself,
 * cut names of several-byte letters included); a model name equal to one is refused at that name,
 * names beside them create their tables, and the engines refuse what the rule refuses.
 */
class EngineNamesTest {
    @TempDir Path dir;

    private static String users(String dialect, String index) {
        return "schema s {\n  dialect = " + dialect + "\n  timestamps = false\n}\n\n/// A user.\nentity User {\n"
                + "  id    int @id @auto\n  /// A label.\n  label string(20)\n  @@index(label, name = \"" + index + "\")\n}\n";
    }

    private Compilation compile(String model) throws Exception {
        Path file = Files.writeString(dir.resolve("m.schema"), model, StandardCharsets.UTF_8);
        return Compiler.compile(List.of(file));
    }

    /** What {@code check} reports as SC514, as {@code check --format json} writes it. */
    private List<JsonNode> sc514(String model, int exit) throws Exception {
        Path file = Files.writeString(dir.resolve("m.schema"), model, StandardCharsets.UTF_8);
        var r = Cli.run("check", "--format", "json", file.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(exit);
        var out = new ArrayList<JsonNode>();
        new ObjectMapper().readTree(r.out()).forEach(d -> {
            if (d.get("code").asText().equals("SC514")) out.add(d);
        });
        return out;
    }

    @Test
    void aNameOfAnIdentitysSequenceIsRefusedAtTheName() throws Exception {
        assertThat(sc514(users("postgres", "users_id_seq"), Main.INPUT_ERRORS)).singleElement().satisfies(d -> {
            assertThat(d.get("severity").asText()).isEqualTo("error");
            assertThat(d.get("line").asInt()).isEqualTo(11);
            assertThat(d.get("column").asInt()).isEqualTo(3);
            assertThat(d.get("message").asText())
                    .isEqualTo("index name `users_id_seq` is the name PostgreSQL gives the sequence of `users.id`"
                            + ", and PostgreSQL keeps tables, indexes and sequences in one namespace");
            assertThat(d.get("help").asText()).isEqualTo("give the index another name");
        });
        // A table named like another table's sequence, at its @@map.
        String table = "schema s {\n  dialect = postgres\n}\n\n/// A user.\nentity User {\n  id int @id @auto\n}\n\n"
                + "/// A log.\nentity Log {\n  id int @id @auto\n  @@map(\"users_id_seq\")\n}\n";
        assertThat(sc514(table, Main.INPUT_ERRORS)).singleElement().satisfies(d -> {
            assertThat(d.get("line").asInt()).isEqualTo(13);
            assertThat(d.get("message").asText())
                    .isEqualTo("table name `users_id_seq` is the name PostgreSQL gives the sequence of `users.id`"
                            + ", and PostgreSQL keeps tables, indexes and sequences in one namespace");
            assertThat(d.get("help").asText()).isEqualTo("give the table another name with @@map(\"...\")");
        });
        // A cut name of letters of two bytes: a primary key named like it.
        String t = "ä".repeat(31);
        String c = "ö".repeat(31);
        String seq = "ä".repeat(14) + "_" + "ö".repeat(14) + "_seq";
        String cut = "schema s {\n  dialect = postgres\n}\n\n/// A long one.\nentity Long {\n  code int @id(name = \""
                + seq + "\") @auto @map(\"" + c + "\")\n  @@map(\"" + t + "\")\n}\n";
        assertThat(sc514(cut, Main.INPUT_ERRORS)).singleElement().satisfies(d -> assertThat(d.get("message").asText())
                .isEqualTo("primary key name `" + seq + "` is the name PostgreSQL gives the sequence of `" + t + "." + c + "`, and PostgreSQL "
                        + "gives a primary key's index its name, in the one namespace of tables, indexes and sequences"));
        // For another dialect a warning, and the PostgreSQL scripts are left out rather than written to fail.
        assertThat(sc514(users("sqlite", "users_id_seq"), Main.OK)).singleElement()
                .satisfies(d -> assertThat(d.get("severity").asText()).isEqualTo("warning"));
        var files = Targets.run(compile(users("sqlite", "users_id_seq")), Targets.all(), TargetOptions.defaults()).files();
        assertThat(files).containsKey("sql/sqlite/schema.sql").doesNotContainKey("sql/postgres/schema.sql");
    }

    @Test
    void sequencesAreNamedAsPostgresqlNamesThem() throws Exception {
        var identities = List.of(
                new HiddenNames.Identity("users", "id"),
                new HiddenNames.Identity("a", "b_c"),
                new HiddenNames.Identity("a_b", "c"),
                new HiddenNames.Identity("t".repeat(63), "c".repeat(40)),
                new HiddenNames.Identity("ä".repeat(31), "ö".repeat(31)),
                new HiddenNames.Identity("x" + "ä".repeat(31), "ö".repeat(31)),
                new HiddenNames.Identity("€".repeat(21), "ü".repeat(20)),
                new HiddenNames.Identity("x" + "€".repeat(20), "ü".repeat(20)),
                new HiddenNames.Identity("s", "𝄞".repeat(15)));
        var expected = HiddenNames.postgresSequences(identities);
        try (Database db = Engines.freshDatabase(Engine.POSTGRES, "sequences"); Connection conn = db.connect();
             var st = conn.createStatement()) {
            for (var i : identities) {
                st.execute("CREATE TABLE IF NOT EXISTS " + quote(i.table()) + " (" + quote(i.column())
                        + " int GENERATED BY DEFAULT AS IDENTITY)");
            }
            for (int k = 0; k < identities.size(); k++) {
                var i = identities.get(k);
                try (var ps = conn.prepareStatement("SELECT s.relname FROM pg_class s JOIN pg_depend d ON d.objid = s.oid "
                        + "JOIN pg_class t ON t.oid = d.refobjid JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid "
                        + "WHERE s.relkind = 'S' AND t.relname = ? AND a.attname = ?")) {
                    ps.setString(1, i.table());
                    ps.setString(2, i.column());
                    try (var rs = ps.executeQuery()) {
                        assertThat(rs.next()).as("a sequence for %s", i).isTrue();
                        assertThat(expected.get(k).name()).as("%s", i).isEqualTo(rs.getString(1));
                    }
                }
            }
        }
    }

    @Test
    void namesBesideTheSequencesCreateTheirTablesAndTheRefusedOnesWouldNot() throws Exception {
        // An index a letter past the sequence's name, one of another case, and a derived name that meets a
        // sequence (the table idx_things's x, and the index of things.x_seq) and steps around it.
        String model = "schema s {\n  dialect = postgres\n  timestamps = false\n}\n\n/// A user.\nentity User {\n"
                + "  id    int @id @auto\n  /// A label.\n  label string(20) @index(name = \"users_id_seq1\")\n"
                + "  /// A code.\n  code  string(20) @unique(name = \"Users_id_seq\")\n}\n\n"
                + "/// A thing.\nentity Thing {\n  id    int @id @auto\n  /// An x.\n  x_seq int @index\n}\n\n"
                + "/// Another.\nentity Other {\n  x int @id @auto\n  @@map(\"idx_things\")\n}\n";
        var c = compile(model);
        assertThat(c.hasErrors()).as("%s", c.diagnostics()).isFalse();
        assertThat(c.catalog().table("things").orElseThrow().indexes()).extracting(Index::name)
                .containsExactly("idx_things_x_seq_2");
        var run = Targets.run(c, Targets.all(), TargetOptions.defaults());
        assertThat(run.diagnostics()).noneMatch(d -> d.code().equals("SC514"));
        String schema = run.files().get("sql/postgres/schema.sql");
        try (Database db = Engines.freshDatabase(Engine.POSTGRES, "sequences"); Connection conn = db.connect();
             var st = conn.createStatement()) {
            st.execute(schema);
            for (String refused : List.of("CREATE INDEX users_id_seq ON users (label)",
                    "CREATE INDEX idx_things_x_seq ON things (x_seq)", "CREATE TABLE users_id_seq (a int)")) {
                assertThatThrownBy(() -> st.execute(refused)).as(refused).isInstanceOf(SQLException.class)
                        .hasMessageContaining("already exists");
            }
        }
    }

    @Test
    void sqliteAndMysqlRefuseTheirOwnNames() throws Exception {
        try (Connection conn = Engines.sqliteConnection(dir.resolve("s.db")); var st = conn.createStatement()) {
            st.execute("CREATE TABLE t (x INT)");
            st.execute("CREATE INDEX sqlitex_t ON t (x)");
            assertThatThrownBy(() -> st.execute("CREATE INDEX SQLite_t ON t (x)")).hasMessageContaining("reserved for internal use");
            assertThatThrownBy(() -> st.execute("CREATE TABLE sqlite_u (x INT)")).hasMessageContaining("reserved for internal use");
            // A unique constraint on live rows is an index of its own there.
            assertThatThrownBy(() -> st.execute("CREATE UNIQUE INDEX sqlite_v ON t (x) WHERE x > 0"))
                    .hasMessageContaining("reserved for internal use");
        }
        for (Engine engine : List.of(Engine.MYSQL, Engine.MARIADB)) {
            try (Database db = Engines.freshDatabase(engine, "primary"); Connection conn = db.connect(); var st = conn.createStatement()) {
                st.execute("CREATE TABLE t (a INT, CONSTRAINT primaryx UNIQUE (a))");
                assertThatThrownBy(() -> st.execute("CREATE TABLE u (a INT, CONSTRAINT `primary` UNIQUE (a))"))
                        .as(engine.displayName()).isInstanceOf(SQLException.class);
                assertThatThrownBy(() -> st.execute("CREATE INDEX `PRIMARY` ON t (a)"))
                        .as(engine.displayName()).isInstanceOf(SQLException.class);
            }
        }
        String sqlite = "schema s {\n  dialect = sqlite\n}\n\n/// A thing.\nentity Thing {\n  id int @id @auto\n  /// A label.\n"
                + "  label string(20) @index(name = \"sqlite_label\")\n}\n";
        assertThat(sc514(sqlite, Main.INPUT_ERRORS)).singleElement().satisfies(d -> {
            assertThat(d.get("line").asInt()).isEqualTo(9);
            assertThat(d.get("message").asText()).isEqualTo("index name `sqlite_label` is reserved by SQLite, which keeps "
                    + "names starting with `sqlite_` for its own tables and indexes");
        });
        String mysql = "schema s {\n  dialect = mysql\n}\n\n/// A thing.\nentity Thing {\n  id int @id @auto\n  /// A label.\n"
                + "  label string(20) @unique(name = \"Primary\")\n}\n";
        assertThat(sc514(mysql, Main.INPUT_ERRORS)).singleElement().satisfies(d -> assertThat(d.get("message").asText())
                .isEqualTo("unique constraint name `Primary` is the name MySQL and MariaDB give the primary key of `things`, and a unique "
                        + "constraint is an index of its table, whose indexes cannot share a name"));
    }

    /**
     * MariaDB refuses a foreign key named {@code PRIMARY} (its index would take the name) and a check of that name (beside
     * the primary key's), in any case; MySQL 8 takes such a foreign key where its columns have an index, as schemac writes
     * them. The model is refused at the name for MySQL, and without it its script runs on both.
     */
    @Test
    void aForeignKeyOrCheckNamedPrimaryIsRefusedAsMariadbRefusesIt() throws Exception {
        try (Database db = Engines.freshDatabase(Engine.MARIADB, "primary"); Connection conn = db.connect(); var st = conn.createStatement()) {
            st.execute("CREATE TABLE p (id INT PRIMARY KEY)");
            assertThatThrownBy(() -> st.execute("CREATE TABLE c (id INT PRIMARY KEY, p INT, INDEX ix (p), "
                    + "CONSTRAINT `Primary` FOREIGN KEY (p) REFERENCES p (id))")).hasMessageContaining("Incorrect index name");
            assertThatThrownBy(() -> st.execute("CREATE TABLE d (id INT PRIMARY KEY, lo INT, hi INT, CONSTRAINT `PRIMARY` CHECK (lo < hi))"))
                    .hasMessageContaining("Duplicate CHECK constraint name");
            st.execute("CREATE TABLE e (id INT PRIMARY KEY, lo INT, hi INT, CONSTRAINT primaryx CHECK (lo < hi))");
        }
        try (Database db = Engines.freshDatabase(Engine.MYSQL, "primary"); Connection conn = db.connect(); var st = conn.createStatement()) {
            st.execute("CREATE TABLE p (id INT PRIMARY KEY)");
            st.execute("CREATE TABLE c (id INT PRIMARY KEY, p INT, INDEX ix (p), CONSTRAINT `Primary` FOREIGN KEY (p) REFERENCES p (id))");
        }
        String fk = "schema s {\n  dialect = mysql\n}\n\n/// A team.\nentity Team {\n  id int @id @auto\n}\n\n/// A member.\n"
                + "entity Member {\n  id int @id @auto\n  /// The team.\n  team Team @relation(map = \"Primary\")\n}\n";
        assertThat(sc514(fk, Main.INPUT_ERRORS)).singleElement().satisfies(d -> {
            assertThat(d.get("line").asInt()).isEqualTo(14);
            assertThat(d.get("column").asInt()).isEqualTo(3);
            assertThat(d.get("message").asText()).isEqualTo("foreign key name `Primary` is the name MySQL and MariaDB give the primary "
                    + "key of `members`, which MariaDB refuses for a foreign key");
        });
        String check = "schema s {\n  dialect = mysql\n}\n\n/// A range.\nentity Range {\n  id int @id @auto\n  /// Low.\n  lo int\n"
                + "  /// High.\n  hi int @check(> 0, name = \"primary\")\n}\n";
        assertThat(sc514(check, Main.INPUT_ERRORS)).singleElement().satisfies(d -> {
            assertThat(d.get("line").asInt()).isEqualTo(11);
            assertThat(d.get("column").asInt()).isEqualTo(10);
            assertThat(d.get("message").asText()).isEqualTo("check constraint name `primary` is the name MySQL and MariaDB give the primary "
                    + "key of `ranges`, which MariaDB refuses for a check constraint");
        });
        for (String model : List.of(fk.replace("Primary", "primary_team"), check.replace("\"primary\"", "\"primaryx\""))) {
            Path file = Files.writeString(dir.resolve("ok.schema"), model, StandardCharsets.UTF_8);
            Path out = dir.resolve("ok");
            Tools.cli("generate", "--no-settings", "-o", out.toString(), file.toString());
            String schema = Files.readString(out.resolve("sql/mysql/schema.sql"));
            for (Engine engine : List.of(Engine.MYSQL, Engine.MARIADB)) {
                try (Database db = Engines.freshDatabase(engine, "primary_ok"); Connection conn = db.connect(); var st = conn.createStatement()) {
                    for (String statement : schema.split(";\n")) {
                        String sql = statement.lines().filter(l -> !l.startsWith("--")).collect(java.util.stream.Collectors.joining("\n")).strip();
                        if (!sql.isEmpty()) st.execute(sql);
                    }
                }
            }
        }
    }

    private static String quote(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    /**
     * PostgreSQL 18 names each NOT NULL {@code {table}_{column}_not_null}, a constraint of the table
     * beside its key, uniques, foreign keys and checks: a constraint the model names so, on a column
     * that is NOT NULL, is refused where the model names it; on a nullable column the same name is
     * the model's.
     */
    @Test
    void aConstraintNamedAsPostgresql18NamesANotNullIsRefusedAtTheName() throws Exception {
        String model = "schema s {\n  dialect = postgres\n  timestamps = false\n}\n\n/// A user.\nentity User {\n"
                + "  id    int @id @auto\n  /// A label.\n  label string(20) @unique(name = \"users_label_not_null\")\n"
                + "  /// A rank.\n  rank  int @check(>= 0, name = \"users_id_not_null\")\n"
                + "  /// A note.\n  note  string(20)? @unique(name = \"users_note_not_null\")\n}\n";
        var found = sc514(model, Main.INPUT_ERRORS);
        assertThat(found).extracting(d -> d.get("line").asInt() + ":" + d.get("message").asText()).containsExactly(
                "10:unique constraint name `users_label_not_null` is the name PostgreSQL 18 gives the NOT NULL constraint "
                        + "of `users.label`, and two constraints of one table cannot share a name",
                "12:check constraint name `users_id_not_null` is the name PostgreSQL 18 gives the NOT NULL constraint "
                        + "of `users.id`, and two constraints of one table cannot share a name");
        assertThat(found.get(0).get("help").asText()).isEqualTo("give the unique constraint another name");
        // In a SQLite model the PostgreSQL scripts are left out instead, as for every name of SC514.
        assertThat(sc514(model.replace("dialect = postgres", "dialect = sqlite"), 0)).hasSize(2).allSatisfy(d -> {
            assertThat(d.get("severity").asText()).isEqualTo("warning");
            assertThat(d.get("help").asText()).endsWith("so the PostgreSQL schema and PostgreSQL migration scripts are not written");
        });
        // Cut to 63 bytes as PostgreSQL cuts the sequence's name (held against PostgreSQL above).
        assertThat(HiddenNames.postgresNotNull("t".repeat(40), "c".repeat(40)))
                .isEqualTo("t".repeat(27) + "_" + "c".repeat(26) + "_not_null");
    }
    /**
     * Every kind of constraint the model names as PostgreSQL 18 names a NOT NULL is refused with one
     * sentence: the key (at its entity, where a key's name is kept), a unique and a foreign key (at their
     * field) and a check (at its {@code @check}).
     */
    @Test
    void eachKindOfConstraintNamedAsANotNullHasItsSentence() throws Exception {
        String model = "schema s {\n  dialect = postgres\n  timestamps = false\n}\n\n/// An owner.\nentity Owner {\n"
                + "  id int @id @auto\n  @@map(\"owners\")\n}\n\n/// A thing.\nentity Thing {\n"
                + "  id    int @id(name = \"things_label_not_null\") @auto\n"
                + "  /// A label.\n  label string(20) @unique(name = \"things_id_not_null\")\n"
                + "  /// An owner.\n  owner Owner @relation(map = \"things_owner_id_not_null\")\n"
                + "  /// A rank.\n  rank  int @check(>= 0, name = \"things_rank_not_null\")\n  @@map(\"things\")\n}\n";
        var found = sc514(model, Main.INPUT_ERRORS);
        String tail = ", and two constraints of one table cannot share a name";
        assertThat(found).extracting(d -> d.get("line").asInt() + ":" + d.get("column").asInt() + ":" + d.get("message").asText())
                .containsExactlyInAnyOrder(
                        "13:1:primary key name `things_label_not_null` is the name PostgreSQL 18 gives the NOT NULL "
                                + "constraint of `things.label`" + tail,
                        "16:3:unique constraint name `things_id_not_null` is the name PostgreSQL 18 gives the NOT NULL "
                                + "constraint of `things.id`" + tail,
                        "18:3:foreign key name `things_owner_id_not_null` is the name PostgreSQL 18 gives the NOT NULL "
                                + "constraint of `things.owner_id`" + tail,
                        "20:13:check constraint name `things_rank_not_null` is the name PostgreSQL 18 gives the NOT NULL "
                                + "constraint of `things.rank`" + tail);
        // MySQL's index named like the key's.
        String mysql = "schema s {\n  dialect = mysql\n}\n\n/// A thing.\nentity Thing {\n  id int @id @auto\n  /// A label.\n"
                + "  label string(20) @index(name = \"primary\")\n}\n";
        assertThat(sc514(mysql, Main.INPUT_ERRORS)).singleElement().satisfies(d -> {
            assertThat(d.get("line").asInt()).isEqualTo(9);
            assertThat(d.get("message").asText()).isEqualTo("index name `primary` is the name MySQL and MariaDB give the primary key of "
                    + "`things`, and two indexes of one table cannot share a name");
        });
    }

    /**
     * A derived constraint name steps around the names PostgreSQL 18 gives the table's NOT NULLs, as
     * around the sequences' names: {@code ck_ck_not_null} (the check of column {@code not_null} of table
     * {@code ck}) is the NOT NULL of {@code ck.ck}, so the check takes the next name, with no SC514.
     */
    @Test
    void derivedNamesStepAroundPostgresql18NotNullNames() throws Exception {
        String model = "schema s {\n  dialect = postgres\n  timestamps = false\n}\n\n/// A parent.\nentity Parent {\n"
                + "  id int @id @auto\n  @@map(\"x_not_null\")\n}\n\n/// An item.\nentity Item {\n  id int @id @auto\n"
                + "  /// Required.\n  ck int\n  /// Checked.\n  not_null int @check(>= 0)\n"
                + "  /// Required too.\n  fk_x int\n  /// A parent.\n  parent Parent\n  @@map(\"ck\")\n}\n\n"
                + "/// Another.\nentity Fk {\n  id int @id @auto\n  /// Required.\n  fk_x int\n  /// A parent.\n  parent Parent\n"
                + "  @@map(\"fk\")\n}\n";
        assertThat(sc514(model, Main.OK)).isEmpty();
        String sql = Targets.run(compile(model), Targets.all(), TargetOptions.defaults()).files().get("sql/postgres/schema.sql");
        assertThat(sql).contains("CONSTRAINT ck_ck_not_null_2 CHECK").doesNotContain("CONSTRAINT ck_ck_not_null ")
                .contains("CONSTRAINT fk_fk_x_not_null_2 FOREIGN KEY").doesNotContain("CONSTRAINT fk_fk_x_not_null ");
    }
}
