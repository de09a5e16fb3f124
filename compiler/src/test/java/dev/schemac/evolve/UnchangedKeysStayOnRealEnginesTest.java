package dev.schemac.evolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.gen.migrations.MigrationFiles;
import dev.schemac.gen.sql.Introspector.Kind;
import dev.schemac.gen.sql.LiveDb;
import dev.schemac.model.Dialect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A migration that changes only an index leaves every foreign key of the table as it is, on every engine: a
 * key dropped and added again locks and revalidates the whole table for nothing. MySQL cannot drop the last
 * index a key can use, so an index that takes over from a dropped one is made before it goes; a key another
 * index serves all along needs nothing at all. Each migration's scripts, up and down, name no key, and run
 * on each engine over rows to the shape the model says.
 */
class UnchangedKeysStayOnRealEnginesTest {
    private static final String V1 = """
            schema blog {
              dialect    = postgres
              timestamps = false
            }

            entity User {
              name  string(60)
              posts Post[]
            }

            entity Post {
              author  User
              slug    string(60)
              title   string(200)
              created datetime
              @@index(author, created)
            }

            entity Comment {
              post   Post
              author User
              body   string(200)
              @@unique(post, author)
              @@index(post, body)
              @@index(author, body)
            }
            """;
    /**
     * The index the key of posts.author_id rests on is replaced by another that serves it; an index the key of
     * comments.post_id could use goes while the unique that starts with the same column stays.
     */
    private static final String REPLACED = V1.replace("@@index(author, created)", "@@index(author, title)")
            .replace("  @@index(post, body)\n", "");
    /** Gone: the key's own index takes over, for posts.author_id and for comments.author_id (whose index is now on body alone). */
    private static final String GONE = REPLACED.replace("  @@index(author, title)\n", "").replace("@@index(author, body)", "@@index(body)");
    private static final List<String> ROWS = List.of(
            "INSERT INTO users (id, name) VALUES (1, 'ann'), (2, 'bob');",
            "INSERT INTO posts (id, author_id, slug, title, created) VALUES (1, 1, 'a', 'A', '2026-01-02 10:00:00'), "
                    + "(2, 2, 'b', 'B', '2026-01-03 10:00:00');",
            "INSERT INTO comments (id, post_id, author_id, body) VALUES (1, 1, 2, 'nice'), (2, 2, 1, 'thanks');");

    static Sequences.Sequence sequence() {
        return new Sequences.Sequence("index_only", "only indexes change on tables with foreign keys", List.of(V1, REPLACED, GONE),
                ROWS, new TreeMap<>(Map.of(0, "SELECT id FROM posts ORDER BY id")), Map.of(), false, Set.of());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Kind.class)
    void anIndexChangeLeavesEveryForeignKeyAlone(Kind kind) throws Exception {
        Dialect d = EvolutionSequencesOnRealEnginesTest.dialect(kind);
        var steps = sequence();
        var b = Sequences.build(steps);
        for (int v = 2; v <= 3; v++) {
            for (String way : List.of("up", "down")) {
                String sql = Sequences.sql(b, steps, d, v, way);
                assertThat(sql).as("v%d %s on %s", v, way, d).doesNotContain("fk_").doesNotContain("FOREIGN KEY")
                        .doesNotContain("Rebuilding").contains("CREATE INDEX").contains("DROP INDEX");
            }
        }
        // The index that takes over is there before the one it replaces goes.
        String up2 = Sequences.sql(b, steps, d, 2, "up");
        assertThat(up2.indexOf("CREATE INDEX idx_posts_author_id_title")).as(up2).isNotNegative()
                .isLessThan(up2.indexOf("DROP INDEX idx_posts_author_id_created"));
        String up3 = Sequences.sql(b, steps, d, 3, "up");
        assertThat(up3.indexOf("CREATE INDEX idx_posts_author_id ")).as(up3).isNotNegative()
                .isLessThan(up3.indexOf("DROP INDEX idx_posts_author_id_title"));
        try (var db = LiveDb.fresh(kind, "index_only")) {
            boolean checks = db.enforcesChecks();
            db.run(Sequences.sql(b, steps, d, 1, "up"));
            db.run(Sequences.quoted(kind, String.join("\n", ROWS)));
            for (int v = 2; v <= 3; v++) {
                db.run(Sequences.sql(b, steps, d, v, "up"));
                EvolutionSequencesOnRealEnginesTest.assertShape(db, b.compilation(v).catalog(), kind, checks, "v" + v + " on " + kind);
            }
            for (int v = 3; v >= 2; v--) {
                db.run(Sequences.sql(b, steps, d, v, "down"));
                EvolutionSequencesOnRealEnginesTest.assertShape(db, b.compilation(v - 1).catalog(), kind, checks, "v" + v + " down on " + kind);
            }
            assertThat(Sequences.rows(db, "SELECT id, post_id, author_id FROM comments ORDER BY id")).containsExactly("1|1|2", "2|2|1");
        }
    }

    /**
     * Two tables whose indexes serve their keys; PostgreSQL and SQLite name indexes across the schema, so a name
     * another table's index holds is free only once that index is dropped or renamed, or its table dropped.
     */
    private static final String HELD = """
            schema shop {
              dialect    = postgres
              timestamps = false
            }

            entity User {
              name  string(60)
              notes Note[]
              tasks Task[]
            }

            entity Note {
              owner User
              x     string(40)
              @@index(owner, x, name = "by_owner")
            }

            entity Task {
              owner User
              y     string(40)
              z     string(40)
              @@index(owner, y)
            }
            """;
    private static final String TAKEN = "@@index(owner, z, name = \"by_owner\")";
    private static final List<String> HELD_ROWS = List.of(
            "INSERT INTO users (id, name) VALUES (1, 'ann'), (2, 'bob');",
            "INSERT INTO notes (id, owner_id, x) VALUES (1, 1, 'n1'), (2, 2, 'n2');",
            "INSERT INTO tasks (id, owner_id, y, z) VALUES (1, 2, 'y1', 'z1'), (2, 1, 'y2', 'z2');");

    /** Task's new index takes the name of Note's, which goes: dropped, with its entity, or renamed away. */
    static List<Sequences.Sequence> nameHeld() {
        String taken = HELD.replace("@@index(owner, y)", TAKEN);
        return List.of(
                held("held_dropped", "another table's index, dropped, leaves its name to a new one",
                        taken.replace("  @@index(owner, x, name = \"by_owner\")\n", "")),
                held("held_table", "a dropped table's index leaves its name to a new one",
                        taken.replaceAll("(?s)entity Note \\{.*?}\\n\\n", "").replace("  notes Note[]\n", "")),
                held("held_renamed", "another table's index, renamed, leaves its name to a new one",
                        taken.replace("@@index(owner, x, name = \"by_owner\")", "@@index(owner, x, name = \"note_by_owner\")")));
    }

    private static Sequences.Sequence held(String name, String about, String v2) {
        assertThat(v2).as(name).isNotEqualTo(HELD).contains(TAKEN);
        return new Sequences.Sequence(name, about, List.of(HELD, v2), HELD_ROWS,
                new TreeMap<>(Map.of(0, "SELECT id, owner_id, y, z FROM tasks ORDER BY id")), Map.of(), false, Set.of());
    }

    /**
     * A unique that serves the key replaced by another that does: made first as an index is, so no engine drops the
     * key (SQLite rebuilds the table for any unique). An index and a unique replaced under their own names: the name
     * is held until the old one goes, so there the key is dropped and added around them.
     */
    static List<Sequences.Sequence> uniques() {
        String v1 = V1.replace("  @@index(author, created)\n", "  @@unique(author, slug)\n");
        var replaced = new Sequences.Sequence("unique_replaced", "a unique serving a key replaced by another serving it",
                List.of(v1, v1.replace("@@unique(author, slug)", "@@unique(author, title)")), ROWS,
                new TreeMap<>(Map.of(0, "SELECT id, author_id FROM posts ORDER BY id")), Map.of(), false, Set.of());
        String named = V1.replace("@@index(author, created)", "@@index(author, created, name = \"by_author\")")
                .replace("@@unique(post, author)", "@@unique(post, author, name = \"one_per_post\")");
        var sameName = new Sequences.Sequence("same_name", "an index and a unique replaced under their own names",
                List.of(named, named.replace("@@index(author, created,", "@@index(author, title,")
                        .replace("@@unique(post, author,", "@@unique(post, author, body,")), ROWS,
                new TreeMap<>(Map.of(0, "SELECT id, post_id, author_id FROM comments ORDER BY id")), Map.of(), false, Set.of());
        return List.of(replaced, sameName);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Kind.class)
    void aNewIndexWaitsForTheNameAnotherTableHolds(Kind kind) throws Exception {
        Dialect d = EvolutionSequencesOnRealEnginesTest.dialect(kind);
        for (var s : nameHeld()) {
            var b = Sequences.build(s);
            String sql = Sequences.sql(b, s, d, 2, "up");
            // The new by_owner is made after what held the name let go of it.
            int made = sql.indexOf("CREATE INDEX by_owner ON tasks");
            int freed = java.util.stream.Stream.of("DROP INDEX by_owner", "DROP TABLE notes", "by_owner RENAME TO", "RENAME INDEX by_owner")
                    .mapToInt(sql::indexOf).max().orElseThrow();
            assertThat(freed).as("%s on %s:%n%s", s.name(), d, sql).isNotNegative();
            assertThat(made).as("%s on %s:%n%s", s.name(), d, sql).isGreaterThan(freed);
            migrates(kind, s, b);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Kind.class)
    void aUniqueThatTakesOverIsMadeFirstAndSameNamesStillMigrate(Kind kind) throws Exception {
        Dialect d = EvolutionSequencesOnRealEnginesTest.dialect(kind);
        var replaced = uniques().get(0);
        var b = Sequences.build(replaced);
        String oldName = b.compilation(1).catalog().table("posts").orElseThrow().uniques().get(0).name();
        String newName = b.compilation(2).catalog().table("posts").orElseThrow().uniques().get(0).name();
        assertThat(oldName).isNotEqualTo(newName);
        if (d != Dialect.SQLITE) {
            for (String way : List.of("up", "down")) {
                String sql = Sequences.sql(b, replaced, d, 2, way);
                String made = way.equals("up") ? newName : oldName;
                String gone = way.equals("up") ? oldName : newName;
                assertThat(sql).as("%s on %s", way, d).doesNotContain("fk_").doesNotContain("FOREIGN KEY");
                assertThat(sql.indexOf("ADD CONSTRAINT " + made)).as(sql).isNotNegative().isLessThan(sql.indexOf(gone + ";"));
            }
        }
        migrates(kind, replaced, b);
        migrates(kind, uniques().get(1), Sequences.build(uniques().get(1)));
    }

    /** Real Alembic on MySQL, where the order of the index made first matters, runs each sequence up and down with its rows. */
    @Test
    void alembicOnMysqlRunsThemInTheOrderTheScriptsDo(@TempDir Path tmp) throws Exception {
        var all = new java.util.ArrayList<>(nameHeld());
        all.addAll(uniques());
        all.add(sequence());
        for (var s : all) throughAlembic(Kind.MYSQL, s, Sequences.build(s), tmp);
    }

    /** Every migration up, then every one down, over rows: the shape the model says after each, the rows kept. */
    static void migrates(Kind kind, Sequences.Sequence s, Sequences.Built b) throws Exception {
        Dialect d = EvolutionSequencesOnRealEnginesTest.dialect(kind);
        int n = s.versions().size();
        try (var db = LiveDb.fresh(kind, s.name())) {
            boolean checks = db.enforcesChecks();
            run(db, b, s, d, 1, "up");
            db.run(Sequences.quoted(kind, String.join("\n", s.rows())));
            var kept = Sequences.rows(db, s.keep(1));
            assertThat(kept).isNotEmpty();
            for (int v = 2; v <= n; v++) {
                run(db, b, s, d, v, "up");
                EvolutionSequencesOnRealEnginesTest.assertShape(db, b.compilation(v).catalog(), kind, checks, s.name() + " v" + v + " on " + kind);
                assertThat(Sequences.rows(db, s.keep(v))).as("%s v%d on %s", s.name(), v, kind).isEqualTo(kept);
            }
            for (int v = n; v >= 2; v--) {
                run(db, b, s, d, v, "down");
                EvolutionSequencesOnRealEnginesTest.assertShape(db, b.compilation(v - 1).catalog(), kind, checks,
                        s.name() + " v" + v + " down on " + kind);
            }
            assertThat(Sequences.rows(db, s.keep(1))).as("%s down on %s", s.name(), kind).isEqualTo(kept);
        }
    }

    private static void run(LiveDb db, Sequences.Built b, Sequences.Sequence s, Dialect d, int v, String way) throws Exception {
        String sql = Sequences.sql(b, s, d, v, way);
        try {
            db.run(sql);
        } catch (java.sql.SQLException e) {
            throw new AssertionError(s.name() + " v" + v + " " + way + " on " + d + ": " + e.getMessage() + "\n--- script\n" + sql, e);
        }
    }

    static void throughAlembic(Kind kind, Sequences.Sequence s, Sequences.Built b, Path tmp) throws Exception {
        int n = s.versions().size();
        try (var db = LiveDb.fresh(kind, s.name() + "_alembic")) {
            boolean checks = db.enforcesChecks();
            Path dir = Files.createDirectories(tmp.resolve(s.name()));
            var files = new LinkedHashMap<String, String>(MigrationFiles.environment(b.compilation(n).model(),
                    EvolutionSequencesOnRealEnginesTest.dialect(kind)));
            files.putAll(b.files());
            for (Map.Entry<String, String> e : files.entrySet()) {
                if (!e.getKey().startsWith(MigrationFiles.ROOT + "alembic/")) continue;
                Path p = dir.resolve(e.getKey().substring(MigrationFiles.ROOT.length()));
                Files.createDirectories(p.getParent());
                Files.writeString(p, e.getValue(), StandardCharsets.UTF_8);
            }
            Path scripts = dir.resolve("alembic");
            String url = AlembicJudgesEvolutionTest.url(kind, db);
            String where = s.name() + " with Alembic on " + kind;
            String first = s.id(1).substring(0, 14);
            AlembicJudgesEvolutionTest.alembic(scripts, url, "upgrade", first, where);
            db.run(Sequences.quoted(kind, String.join("\n", s.rows())));
            var kept = Sequences.rows(db, s.keep(1));
            AlembicJudgesEvolutionTest.alembic(scripts, url, "upgrade", "head", where);
            EvolutionSequencesOnRealEnginesTest.assertShape(db, b.compilation(n).catalog(), kind, checks, where + ", upgrade head");
            assertThat(Sequences.rows(db, s.keep(n))).as(where).isEqualTo(kept);
            AlembicJudgesEvolutionTest.alembic(scripts, url, "downgrade", first, where);
            EvolutionSequencesOnRealEnginesTest.assertShape(db, b.compilation(1).catalog(), kind, checks, where + ", downgrade");
            assertThat(Sequences.rows(db, s.keep(1))).as(where).isEqualTo(kept);
        }
    }
}
