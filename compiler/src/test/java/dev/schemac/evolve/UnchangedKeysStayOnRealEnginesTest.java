package dev.schemac.evolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.gen.sql.Introspector.Kind;
import dev.schemac.gen.sql.LiveDb;
import dev.schemac.model.Dialect;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
}
