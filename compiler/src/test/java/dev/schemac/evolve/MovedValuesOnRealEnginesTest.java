package dev.schemac.evolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.diag.Code;
import dev.schemac.gen.sql.Introspector.Kind;
import dev.schemac.gen.sql.LiveDb;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Where values a migration would drop went, and the help's two steps that move them. A field that moves to a new entity which takes the old entity's name, and so its table's name, while the old entity
 * is renamed away from it: the new table starts empty, and SC557's help (not "add @renamed_from", which would keep
 * the column where it is) gives the two steps that move the values through the relation between the two. Followed as
 * written on every engine, they keep each row's value. So do the steps SC556's help gives for an entity merged into
 * another through the relation between them (its fields added to the other, empty).
 */
class MovedValuesOnRealEnginesTest {
    private static final String HEADER = """
            schema app {
              dialect    = postgres
              timestamps = false
            }

            """;
    // Two entities merged into one: the kept one's new column starts empty, and SC556's help gives the UPDATE that fills it.
    private static final String MERGE_V1 = HEADER + """
            entity User {
              email   string(80)
              profile Profile?
            }

            entity Profile {
              user User @unique
              bio  string(200)?
            }
            """;
    private static final String MERGE_FIRST = MERGE_V1.replace("  profile Profile?\n", "  bio     string(200)?\n  profile Profile?\n");
    private static final String MERGE_ONE_STEP = HEADER + """
            entity User {
              email string(80)
              bio   string(200)?
            }
            """;
    private static final List<String> MERGE_ROWS = List.of("INSERT INTO users (email) VALUES ('ann');", "INSERT INTO users (email) VALUES ('bob');",
            "INSERT INTO profiles (user_id, bio) VALUES (1, 'hi');");

    private static final String V1 = HEADER + """
            entity Person {
              name string(40)
              city string(40)?
            }
            """;
    private static final String MEMBER = """
            entity Member {
              @@renamed_from("Person")
              name string(40)
            %s  home Person?
            }

            entity Person {
              city    string(40)
              members Member[]
            }
            """;
    private static final String ONE_STEP = HEADER + MEMBER.formatted("");
    private static final String FIRST = HEADER + MEMBER.formatted("  city string(40)?\n");
    private static final String SECOND = HEADER + MEMBER.formatted("").replace("  @@renamed_from(\"Person\")\n", "");
    private static final List<String> ROWS = List.of("INSERT INTO people (name, city) VALUES ('ann', 'Oslo');",
            "INSERT INTO people (name, city) VALUES ('bob', NULL);", "INSERT INTO people (name, city) VALUES ('cy', 'Oslo');");
    private static final String CITIES = "SELECT m.name, p.city FROM members m LEFT JOIN people p ON p.id = m.home_id ORDER BY m.name";

    static Sequences.Sequence sequence(String name, String... versions) {
        return new Sequences.Sequence(name, "a field moved to a new entity under the old name", List.of(versions), ROWS,
                new TreeMap<>(Map.of(0, "SELECT name FROM people ORDER BY name", 2, "SELECT name FROM members ORDER BY name")), Map.of(),
                false, Set.of());
    }

    static String help() throws Exception {
        var b = Sequences.build(sequence("one", V1, ONE_STEP));
        var drop = b.steps().get(1).plan().findings().stream().filter(f -> f.code() == Code.DROP_COLUMN).findFirst().orElseThrow();
        assertThat(drop.message()).isEqualTo("the migration drops column `people.city` and its values");
        return drop.help();
    }

    @Test
    void theHelpSaysTheValuesAreNotMovedAndHowToMoveThem() throws Exception {
        assertThat(help()).isEqualTo("the values are not moved into `people.city`, which this migration creates empty (the table of "
                + "that name is now entity `Person`'s; the rows that hold the values are in `members`): migrate in two steps: add entity "
                + "`Person` first while `Member.city` stays, fill it and point the rows at it (`INSERT INTO people (city) SELECT DISTINCT "
                + "city FROM members WHERE city IS NOT NULL`, then `UPDATE members SET home_id = (SELECT n.id FROM people n WHERE n.city "
                + "= members.city)`), then remove `Member.city` in a later migration");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Kind.class)
    void theTwoStepsKeepEveryRowsValue(Kind kind) throws Exception {
        String help = help();
        var insert = Pattern.compile("`(INSERT INTO [^`]*)`").matcher(help);
        var update = Pattern.compile("`(UPDATE [^`]*)`").matcher(help);
        assertThat(insert.find() && update.find()).as(help).isTrue();
        var s = sequence("two", V1, FIRST, SECOND);
        var b = Sequences.build(s);
        assertThat(EntitySplitOnRealEnginesTest.codes(b, 2)).isEmpty();
        assertThat(EntitySplitOnRealEnginesTest.codes(b, 3)).containsExactly("SC557");
        var d = EvolutionSequencesOnRealEnginesTest.dialect(kind);
        try (var db = LiveDb.fresh(kind, "moved_taken")) {
            db.run(Sequences.sql(b, s, d, 1, "up"));
            db.run(Sequences.quoted(kind, String.join("\n", ROWS)));
            db.run(Sequences.sql(b, s, d, 2, "up"));
            db.run(Sequences.quoted(kind, insert.group(1) + ";\n" + update.group(1) + ";"));
            db.run(Sequences.sql(b, s, d, 3, "up"));
            EvolutionSequencesOnRealEnginesTest.assertShape(db, b.compilation(3).catalog(), kind, db.enforcesChecks(), "after the steps");
            assertThat(Sequences.rows(db, CITIES)).containsExactly("ann|Oslo", "bob|null", "cy|Oslo");
            assertThat(Sequences.rows(db, "SELECT COUNT(*) FROM people")).containsExactly("1");
        }
    }

    static Sequences.Sequence merge(String name, String... versions) {
        return new Sequences.Sequence(name, "an entity merged into another", List.of(versions), MERGE_ROWS,
                new TreeMap<>(Map.of(0, "SELECT email FROM users ORDER BY email")), Map.of(), false, Set.of());
    }

    static String mergeHelp() throws Exception {
        var b = Sequences.build(merge("one", MERGE_V1, MERGE_ONE_STEP));
        var drop = b.steps().get(1).plan().findings().stream().filter(f -> f.code() == Code.DROP_TABLE).findFirst().orElseThrow();
        return drop.help();
    }

    @Test
    void aMergedEntitysHelpSaysItsValuesAreNotMovedAndHowToMoveThem() throws Exception {
        assertThat(mergeHelp()).isEqualTo("if the entity was renamed, add `@@renamed_from(\"Profile\")` to it; if its fields moved to `User`, "
                + "their values are not moved into `users` (`bio`), which this migration adds empty: migrate in two steps: add them to "
                + "`User` first while `Profile` stays, fill them (`UPDATE users SET bio = (SELECT g.bio FROM profiles g WHERE g.user_id = "
                + "users.id)`), then remove `Profile` in a later migration");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Kind.class)
    void theMergesTwoStepsKeepEveryRowsValue(Kind kind) throws Exception {
        var update = Pattern.compile("`(UPDATE [^`]*)`").matcher(mergeHelp());
        assertThat(update.find()).isTrue();
        var s = merge("two", MERGE_V1, MERGE_FIRST, MERGE_ONE_STEP);
        var b = Sequences.build(s);
        assertThat(EntitySplitOnRealEnginesTest.codes(b, 2)).isEmpty();
        assertThat(EntitySplitOnRealEnginesTest.codes(b, 3)).containsExactly("SC556");
        var d = EvolutionSequencesOnRealEnginesTest.dialect(kind);
        try (var db = LiveDb.fresh(kind, "merged")) {
            db.run(Sequences.sql(b, s, d, 1, "up"));
            db.run(Sequences.quoted(kind, String.join("\n", MERGE_ROWS)));
            db.run(Sequences.sql(b, s, d, 2, "up"));
            db.run(Sequences.quoted(kind, update.group(1) + ";"));
            db.run(Sequences.sql(b, s, d, 3, "up"));
            EvolutionSequencesOnRealEnginesTest.assertShape(db, b.compilation(3).catalog(), kind, db.enforcesChecks(), "after the merge");
            assertThat(Sequences.rows(db, "SELECT email, bio FROM users ORDER BY email")).containsExactly("ann|hi", "bob|null");
        }
    }

    // A field moved to a new entity that points back at the old one (one row there per row here): the INSERT alone fills it.
    private static final String OUT_V2 = HEADER + """
            entity Person {
              city    string(40)?
              members Member[]
            }

            entity Member {
              name string(40)
              home Person
            }
            """;
    private static final String OUT_FIRST = OUT_V2.replace("  city    string(40)?\n", "  city    string(40)?\n  name    string(40)\n");

    @ParameterizedTest(name = "{0}")
    @EnumSource(Kind.class)
    void aFieldMovedToANewEntityPointingBackKeepsItsValues(Kind kind) throws Exception {
        var one = Sequences.build(sequence("one", V1, OUT_V2));
        var drop = one.steps().get(1).plan().findings().stream().filter(f -> f.code() == Code.DROP_COLUMN).findFirst().orElseThrow();
        assertThat(drop.help()).isEqualTo("the values are not moved into `members.name`, which this migration creates empty: migrate in two "
                + "steps: add entity `Member` first while `Person.name` stays, fill it (`INSERT INTO members (home_id, name) SELECT id, name "
                + "FROM people WHERE name IS NOT NULL`), then remove `Person.name` in a later migration");
        var insert = Pattern.compile("`(INSERT INTO [^`]*)`").matcher(drop.help());
        assertThat(insert.find()).isTrue();
        var s = new Sequences.Sequence("two", "a field moved out", List.of(V1, OUT_FIRST, OUT_V2), ROWS,
                new TreeMap<>(Map.of(0, "SELECT name FROM people ORDER BY name")), Map.of(), false, Set.of());
        var b = Sequences.build(s);
        assertThat(EntitySplitOnRealEnginesTest.codes(b, 3)).containsExactly("SC557");
        var d = EvolutionSequencesOnRealEnginesTest.dialect(kind);
        try (var db = LiveDb.fresh(kind, "moved_out")) {
            db.run(Sequences.sql(b, s, d, 1, "up"));
            db.run(Sequences.quoted(kind, String.join("\n", ROWS)));
            db.run(Sequences.sql(b, s, d, 2, "up"));
            db.run(Sequences.quoted(kind, insert.group(1) + ";"));
            db.run(Sequences.sql(b, s, d, 3, "up"));
            EvolutionSequencesOnRealEnginesTest.assertShape(db, b.compilation(3).catalog(), kind, db.enforcesChecks(), "after the steps");
            assertThat(Sequences.rows(db, "SELECT m.name, p.city FROM members m JOIN people p ON p.id = m.home_id ORDER BY m.name"))
                    .containsExactly("ann|Oslo", "bob|null", "cy|Oslo");
        }
    }

    // The kept entity's table is named as the alias the help would give the dropped one: the help picks another alias,
    // or the subquery's reference to the kept table would name the dropped table's rows.
    private static final String ALIASED_V1 = MERGE_V1.replace("  email   string(80)\n", "  @@map(\"g\")\n  email   string(80)\n");
    private static final String ALIASED_FIRST = ALIASED_V1.replace("  profile Profile?\n", "  bio     string(200)?\n  profile Profile?\n");
    private static final String ALIASED_ONE_STEP = MERGE_ONE_STEP.replace("  email string(80)\n", "  @@map(\"g\")\n  email string(80)\n");
    private static final List<String> ALIASED_ROWS = List.of("INSERT INTO g (email) VALUES ('ann');", "INSERT INTO g (email) VALUES ('bob');",
            "INSERT INTO profiles (user_id, bio) VALUES (2, 'hi');");

    static Sequences.Sequence aliased(String name, String... versions) {
        return new Sequences.Sequence(name, "an entity merged into one whose table is named g", List.of(versions), ALIASED_ROWS,
                new TreeMap<>(Map.of(0, "SELECT email FROM g ORDER BY email")), Map.of(), false, Set.of());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Kind.class)
    void aTableNamedAsTheAliasGetsTheRightRowsValues(Kind kind) throws Exception {
        var one = Sequences.build(aliased("one", ALIASED_V1, ALIASED_ONE_STEP));
        String help = one.steps().get(1).plan().findings().stream().filter(f -> f.code() == Code.DROP_TABLE).findFirst().orElseThrow().help();
        assertThat(help).contains("(`UPDATE g SET bio = (SELECT g2.bio FROM profiles g2 WHERE g2.user_id = g.id)`)");
        var update = Pattern.compile("`(UPDATE [^`]*)`").matcher(help);
        assertThat(update.find()).isTrue();
        var s = aliased("two", ALIASED_V1, ALIASED_FIRST, ALIASED_ONE_STEP);
        var b = Sequences.build(s);
        assertThat(EntitySplitOnRealEnginesTest.codes(b, 3)).containsExactly("SC556");
        var d = EvolutionSequencesOnRealEnginesTest.dialect(kind);
        try (var db = LiveDb.fresh(kind, "merged_g")) {
            db.run(Sequences.sql(b, s, d, 1, "up"));
            db.run(Sequences.quoted(kind, String.join("\n", ALIASED_ROWS)));
            db.run(Sequences.sql(b, s, d, 2, "up"));
            db.run(Sequences.quoted(kind, update.group(1) + ";"));
            db.run(Sequences.sql(b, s, d, 3, "up"));
            assertThat(Sequences.rows(db, "SELECT email, bio FROM g ORDER BY email")).containsExactly("ann|null", "bob|hi");
        }
    }

    @Test
    void theAliasNamesNoTableOfTheStatement() {
        assertThat(Lint.alias("g", "users", "profiles")).isEqualTo("g");
        assertThat(Lint.alias("g", "G", "g2")).isEqualTo("g3");
        assertThat(Lint.alias("r", "orders", "r", "t")).isEqualTo("r2");
    }

    // The dropped entity on the many side: several of its rows may point at one kept row, so no UPDATE can fill the
    // kept row's column (PostgreSQL and MySQL refuse a subquery of several rows, SQLite takes any): the help says so.
    private static final String MANY_V1 = HEADER + """
            entity User {
              email     string(80)
              addresses Address[]
            }

            entity Address {
              user   User
              street string(80)?
            }
            """;
    private static final String MANY_V2 = HEADER + """
            entity User {
              email  string(80)
              street string(80)?
            }
            """;

    @Test
    void aMergedEntityOnTheManySideGetsNoUpdate() throws Exception {
        var b = Sequences.build(merge("many", MANY_V1, MANY_V2));
        String help = b.steps().get(1).plan().findings().stream().filter(f -> f.code() == Code.DROP_TABLE).findFirst().orElseThrow().help();
        assertThat(help).isEqualTo("if the entity was renamed, add `@@renamed_from(\"Address\")` to it; if its fields moved to `User`, "
                + "their values are not moved into `users` (`street`), which this migration adds empty: migrate in two steps: add them to "
                + "`User` first while `Address` stays, fill them with an UPDATE that says which row of `addresses` each row of `users` "
                + "takes its values from (no SQL is given: `addresses.user_id` is not unique, so several rows may point at one), then "
                + "remove `Address` in a later migration");
    }

    // A new entity with a column of the dropped field's name but no relation to its table: nothing to move through, so the
    // help is the rename hint; with a relation (the tests above) it is the two steps.
    @Test
    void aNewUnrelatedEntityWithTheFieldsNameKeepsTheRenameHint() throws Exception {
        String v1 = HEADER + """
                entity Person {
                  name  string(40)
                  title string(40)?
                }
                """;
        String v2 = HEADER + """
                entity Person {
                  name      string(40)
                  job_title string(40)?
                }

                entity Book {
                  title string(40)
                }
                """;
        var b = Sequences.build(new Sequences.Sequence("unrelated", "an unrelated new entity", List.of(v1, v2), List.of(),
                new TreeMap<>(), Map.of(), false, Set.of()));
        var drop = b.steps().get(1).plan().findings().stream().filter(f -> f.code() == Code.DROP_COLUMN).findFirst().orElseThrow();
        assertThat(drop.message()).isEqualTo("the migration drops column `people.title` and its values");
        assertThat(drop.help()).isEqualTo("if the field was renamed, add `@renamed_from(\"title\")` to it");
    }
}
