package dev.schemac.evolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.schemac.gen.sql.Introspector.Kind;
import dev.schemac.gen.sql.LiveDb;
import dev.schemac.model.Dialect;
import dev.schemac.render.sql.MigrationSql;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The refusals docs/targets/migrations.md promises for a team's next feature, taken at their word: each step
 * below is refused without --allow-destructive (its code), and with it the migration fails on a row that
 * breaks it, on every engine, leaving the row as it was: an enum value merged into another while rows
 * hold it (SC562), an optional field made required with a default over a NULL (SC559: the default does
 * not fill it), a decimal narrowed under a value it cannot hold (SC558; SQLite keeps the value whole, as it
 * keeps every length), a bound tightened over a row it refuses and a unique added over duplicates (SC561),
 * a composite key losing a column over rows the shorter key would make equal (SC561). The same rows that
 * meet the new model migrate on every engine.
 */
class RefusedStepsFailOnRowsOnRealEnginesTest {
    private static final String V1 = """
            schema app {
              dialect    = postgres
              timestamps = false
            }

            enum Status {
              DRAFT
              REVIEW
              PUBLISHED
            }

            entity Post {
              title  string(20)
              status Status = REVIEW
              code   string(12)?
              price  decimal(10, 2)
              seats  int @min(0)
              slug   string(20)
            }

            entity Slot {
              room string(10)
              day  int
              hour int
              @@id(room, day, hour)
            }
            """;
    private static final String V2 = V1.replace("  REVIEW\n", "")
            .replace("status Status = REVIEW", "status Status = DRAFT")
            .replace("code   string(12)?", "code   string(12) = \"none\"")
            .replace("price  decimal(10, 2)", "price  decimal(5, 2)")
            .replace("seats  int @min(0)", "seats  int @min(1)")
            .replace("slug   string(20)", "slug   string(20) @unique")
            .replace("@@id(room, day, hour)", "@@id(room, day)");
    private static final String ROWS = "SELECT title, status, code, price, seats, slug FROM posts ORDER BY title";
    private static final String SLOTS = "SELECT room, day, hour FROM slots ORDER BY room, day, hour";
    private static final String FITS = "INSERT INTO posts (title, status, code, price, seats, slug) VALUES ('a', 'DRAFT', 'x', 1.5, 2, 'a');";

    /** The models without their bound where the engine ignores CHECK constraints (its scripts could not drop one). */
    static Sequences.Sequence sequence(boolean checks) {
        var versions = checks ? List.of(V1, V2) : List.of(V1.replace(" @min(0)", ""), V2.replace(" @min(1)", ""));
        return new Sequences.Sequence("refused", "steps refused over rows", versions, List.of(),
                new TreeMap<>(Map.of(0, ROWS)), Map.of(), false, Set.of());
    }

    /** One row breaking one step each, beside a row that fits; the SQLite column is whether SQLite refuses it too. */
    private record Breaker(String what, String sql, boolean sqlite) {}

    private static final List<Breaker> BREAKERS = List.of(
            new Breaker("a row holding the enum value merged away",
                    "INSERT INTO posts (title, status, code, price, seats, slug) VALUES ('b', 'REVIEW', 'y', 1, 2, 'b');", true),
            new Breaker("a NULL in the field made required with a default",
                    "INSERT INTO posts (title, status, price, seats, slug) VALUES ('b', 'DRAFT', 1, 2, 'b');", true),
            new Breaker("a price past decimal(5, 2)",
                    "INSERT INTO posts (title, status, code, price, seats, slug) VALUES ('b', 'DRAFT', 'y', 1234.5, 2, 'b');", false),
            new Breaker("a row below the tightened @min",
                    "INSERT INTO posts (title, status, code, price, seats, slug) VALUES ('b', 'DRAFT', 'y', 1, 0, 'b');", true),
            new Breaker("a slug repeated under the new unique",
                    "INSERT INTO posts (title, status, code, price, seats, slug) VALUES ('b', 'DRAFT', 'y', 1, 2, 'a');", true),
            new Breaker("two slots the shorter key makes equal",
                    "INSERT INTO slots (room, day, hour) VALUES ('r1', 1, 9); INSERT INTO slots (room, day, hour) VALUES ('r1', 1, 10);", true));

    @ParameterizedTest(name = "{0}")
    @EnumSource(Kind.class)
    void eachRefusedStepFailsOnTheRowThatBreaksItAndKeepsTheRow(Kind kind) throws Exception {
        Dialect d = EvolutionSequencesOnRealEnginesTest.dialect(kind);
        boolean checks;
        try (var db = LiveDb.fresh(kind, "refused")) {
            checks = db.enforcesChecks();
        }
        var s = sequence(checks);
        var b = Sequences.build(s);
        assertThat(b.steps().get(1).plan().findings()).extracting(f -> f.code().id())
                .contains("SC558", "SC559", "SC561", "SC562").allMatch(c -> Set.of("SC558", "SC559", "SC561", "SC562").contains(c));
        for (Breaker breaker : BREAKERS) {
            if (breaker.what().contains("@min") && !checks) continue;
            try (var db = LiveDb.fresh(kind, "refused")) {
                db.run(Sequences.sql(b, s, d, 1, "up"));
                db.run(FITS);
                db.run(breaker.sql());
                var before = Sequences.rows(db, ROWS);
                var slots = Sequences.rows(db, SLOTS);
                if (kind == Kind.SQLITE && !breaker.sqlite()) {
                    db.run(Sequences.sql(b, s, d, 2, "up"));
                    assertThat(Sequences.rows(db, ROWS)).as("SQLite keeps %s whole", breaker.what()).isEqualTo(before);
                    continue;
                }
                assertThatThrownBy(() -> db.run(Sequences.sql(b, s, d, 2, "up"))).as("%s on %s", breaker.what(), kind)
                        .isInstanceOf(SQLException.class);
                assertThat(Sequences.rows(db, ROWS)).as("the posts as they were after %s on %s", breaker.what(), kind).isEqualTo(before);
                assertThat(Sequences.rows(db, SLOTS)).as("the slots as they were after %s on %s", breaker.what(), kind).isEqualTo(slots);
                if (kind == Kind.SQLITE || kind == Kind.POSTGRES) {
                    // One transaction: the failed migration changed nothing, so the old model's database is all there is.
                    EvolutionSequencesOnRealEnginesTest.assertShape(db, b.compilation(1).catalog(), kind, checks,
                            breaker.what() + " on " + kind + ", after the failed migration");
                }
            }
        }
        try (var db = LiveDb.fresh(kind, "refused_fits")) {
            db.run(Sequences.sql(b, s, d, 1, "up"));
            db.run(FITS);
            db.run("INSERT INTO slots (room, day, hour) VALUES ('r1', 1, 9); INSERT INTO slots (room, day, hour) VALUES ('r1', 2, 9);");
            db.run(Sequences.sql(b, s, d, 2, "up"));
            EvolutionSequencesOnRealEnginesTest.assertShape(db, b.compilation(2).catalog(), kind, checks, "the fitting rows on " + kind);
            assertThat(Sequences.rows(db, ROWS)).containsExactly("a|DRAFT|x|1.5|2|a");
            db.run(Sequences.sql(b, s, d, 2, "down"));
            EvolutionSequencesOnRealEnginesTest.assertShape(db, b.compilation(1).catalog(), kind, checks, "down on " + kind);
            assertThat(Sequences.rows(db, ROWS)).containsExactly("a|DRAFT|x|1.5|2|a");
            assertThat(Sequences.rows(db, SLOTS)).containsExactly("r1|1|9", "r1|2|9");
        }
    }

    /**
     * A server with no strict mode in its sql_mode ('', as older and hosted servers often run) changes a value that no
     * longer fits into one that does. The forced migration runs strict whatever the session's mode, so each breaking
     * row still fails it and stays as it was; the same script without its strict statement is shown to change the row,
     * so the session here really is non-strict. The session's own mode is given back when the migration succeeds.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Kind.class, names = {"MARIADB", "MYSQL"})
    void aNonStrictServerStillFailsTheForcedMigrationOnTheRowThatBreaksIt(Kind kind) throws Exception {
        Dialect d = EvolutionSequencesOnRealEnginesTest.dialect(kind);
        boolean checks;
        try (var db = LiveDb.fresh(kind, "lenient")) {
            checks = db.enforcesChecks();
        }
        var s = sequence(checks);
        var b = Sequences.build(s);
        String up = Sequences.sql(b, s, d, 2, "up");
        assertThat(up).contains(MigrationSql.MYSQL_STRICT_ON);
        String lenient = "SET SESSION sql_mode = '';\n";
        // The steps whose rows a non-strict server would change rather than refuse (a key or unique fails either way).
        for (Breaker breaker : BREAKERS.subList(0, 3)) {
            try (var db = LiveDb.fresh(kind, "lenient")) {
                db.run(Sequences.sql(b, s, d, 1, "up"));
                db.run(FITS);
                db.run(breaker.sql());
                var before = Sequences.rows(db, ROWS);
                assertThatThrownBy(() -> db.run(lenient + up)).as("%s on %s with sql_mode ''", breaker.what(), kind)
                        .isInstanceOf(SQLException.class);
                assertThat(Sequences.rows(db, ROWS)).as("the posts after %s on %s with sql_mode ''", breaker.what(), kind)
                        .isEqualTo(before);
            }
        }
        try (var db = LiveDb.fresh(kind, "lenient")) {
            db.run(Sequences.sql(b, s, d, 1, "up"));
            db.run(FITS);
            db.run(BREAKERS.get(2).sql());
            db.run(lenient + up.replace(MigrationSql.MYSQL_STRICT_ON, ""));
            assertThat(Sequences.rows(db, ROWS)).as("without strict mode the server keeps the price it can hold")
                    .contains("b|DRAFT|y|999.99|2|b");
        }
        try (var db = LiveDb.fresh(kind, "lenient"); var c = db.connect(); var st = c.createStatement()) {
            // One session throughout: the migration's last statement gives it back the mode it ran under.
            st.execute(Sequences.sql(b, s, d, 1, "up"));
            st.execute(FITS);
            st.execute(lenient + up);
            try (var rs = st.executeQuery("SELECT @@SESSION.sql_mode")) {
                rs.next();
                assertThat(rs.getString(1)).isEmpty();
            }
        }
    }

    /**
     * A down script is written without --allow-destructive, yet it may narrow what its up widened: on a server with
     * no strict mode it would cut a title the up let in. It runs strict too, so that row fails it and stays whole;
     * the same script without its strict statement is shown to cut the title.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Kind.class, names = {"MARIADB", "MYSQL"})
    void aNonStrictServerStillFailsADownThatNarrowsOnTheRowThatBreaksIt(Kind kind) throws Exception {
        Dialect d = EvolutionSequencesOnRealEnginesTest.dialect(kind);
        String v1 = "schema app {\n  dialect    = mysql\n  timestamps = false\n}\n\nentity Book {\n  title string(12)\n}\n";
        var s = new Sequences.Sequence("widened", "a title widened", List.of(v1, v1.replace("string(12)", "string(40)")),
                List.of(), new TreeMap<>(Map.of(0, "SELECT title FROM books ORDER BY title")), Map.of(), false, Set.of());
        var b = Sequences.build(s);
        assertThat(Sequences.sql(b, s, d, 2, "up")).as("widening is no destructive step").doesNotContain(MigrationSql.MYSQL_STRICT_ON);
        String down = Sequences.sql(b, s, d, 2, "down");
        assertThat(down).contains(MigrationSql.MYSQL_STRICT_ON);
        String lenient = "SET SESSION sql_mode = '';\n";
        String longTitle = "INSERT INTO books (title) VALUES ('a title of thirty letters');";
        try (var db = LiveDb.fresh(kind, "lenient")) {
            db.run(Sequences.sql(b, s, d, 1, "up"));
            db.run(Sequences.sql(b, s, d, 2, "up"));
            db.run(longTitle);
            assertThatThrownBy(() -> db.run(lenient + down)).as("the down on %s with sql_mode ''", kind).isInstanceOf(SQLException.class);
            assertThat(Sequences.rows(db, "SELECT title FROM books")).containsExactly("a title of thirty letters");
        }
        try (var db = LiveDb.fresh(kind, "lenient")) {
            db.run(Sequences.sql(b, s, d, 1, "up"));
            db.run(Sequences.sql(b, s, d, 2, "up"));
            db.run(longTitle);
            db.run(lenient + down.replace(MigrationSql.MYSQL_STRICT_ON, ""));
            assertThat(Sequences.rows(db, "SELECT title FROM books")).as("without strict mode the server cuts the title")
                    .containsExactly("a title of t");
        }
    }
}
