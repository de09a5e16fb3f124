package dev.schemac.gen.sqlmodel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.schemac.support.TestPaths;
import dev.schemac.gen.sql.ProvenDatabase;
import dev.schemac.testing.PythonHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The models at work on a database built by OUR DDL, through real SQLModel sessions: rows
 * written through relationships of every shape (one-to-one, self, many-to-many, cascading
 * back sides) land as the DDL stores them (UUIDs as 36-character text, enum values) and a
 * cascading delete removes what the database's keys say it removes; rows of two tables that
 * refer to each other go in through one flush unless the key closing the cycle restricts deletes.
 */
class SqlModelBehaviourTest {
    static final String SCRIPT = """
            import json

            import sqlalchemy as sa
            from sqlmodel import Session, select

            from models import Author, Comment, Post, Profile, Tag, get_engine

            out = {}
            with Session(get_engine()) as s:
                a = Author(handle="ada", display_name="Ada", email="ada@example.com")
                a.profile = Profile(website="https://ada.example")
                p = Post(author=a, slug="hello", title="Hello", body="Hi", tags=[Tag(name="intro")])
                root = Comment(post=p, author=a, body="first")
                Comment(post=p, parent=root, body="reply")
                s.add(a)
                s.commit()
                out["post_id_stored"] = str(s.execute(sa.text("SELECT id FROM posts")).scalar_one())
                out["status_stored"] = s.execute(sa.text("SELECT status FROM posts")).scalar_one()
                out["profile_is_object"] = isinstance(a.profile, Profile)
                out["replies"] = [c.body for c in root.replies]
                out["tag_posts"] = [x.slug for x in s.exec(select(Tag)).one().posts]
                s.delete(p)
                s.commit()
                out["comments_after_delete"] = s.execute(sa.text("SELECT count(*) FROM comments")).scalar_one()
                out["links_after_delete"] = s.execute(sa.text("SELECT count(*) FROM post_tags")).scalar_one()
            print(json.dumps(out))
            """;

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sqlite", "postgres"})
    void blogModelsWriteWhatTheDdlStores(String engine) throws Exception {
        var g = SqlModelParityTest.generate(TestPaths.examples().resolve("blog/blog.schema"));
        Files.writeString(tmp.resolve("models.py"), g.files().get("sqlmodel/models.py"));
        Path script = Files.writeString(tmp.resolve("use_models.py"), SCRIPT);
        try (var db = engine.equals("sqlite") ? ProvenDatabase.sqlite("blog_use") : ProvenDatabase.postgres("blog_use")) {
            db.run(g.files().get("sql/" + engine + "/schema.sql"));
            JsonNode r = PythonHarness.run(Map.of(), "run", "--env", "DATABASE_URL=" + db.sqlalchemyUrl(), script.toString());
            assertThat(r.get("exit_code").asInt()).as("%s", r.get("stderr").asText()).isZero();
            JsonNode out = new ObjectMapper().readTree(r.get("stdout").asText());
            assertThat(out.get("post_id_stored").asText()).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
            assertThat(out.get("status_stored").asText()).isEqualTo("DRAFT");
            assertThat(out.get("profile_is_object").asBoolean()).isTrue();
            assertThat(out.get("replies").toString()).isEqualTo("[\"reply\"]");
            assertThat(out.get("tag_posts").toString()).isEqualTo("[\"hello\"]");
            assertThat(out.get("comments_after_delete").asInt()).isZero();
            assertThat(out.get("links_after_delete").asInt()).isZero();
        }
    }

    /**
     * Two tables that refer to each other, the required side declared first (so the DDL's deferred key is the required
     * one) and the optional side closing the cycle: a team and its players, one of whom is its captain. An application
     * adds both rows in one flush; SQLAlchemy can only order them when the optional reference is set after the insert
     * ({@code post_update}), otherwise the flush raises CircularDependencyError.
     */
    static final String CYCLE_MODEL = """
            schema squads {
              timestamps = false
            }

            entity Player {
              name   string(40)
              team   Team    @relation("roster") @on_delete(cascade)
              mentor Player? @relation("mentoring") @on_delete(set_null)
              mentees Player[] @relation("mentoring")
              leads   Team[]   @relation("captain")
            }

            entity Team {
              name    string(40)
              captain Player?  @relation("captain") @on_delete(set_null)
              players Player[] @relation("roster")
            }
            """;

    static final String CYCLE_SCRIPT = """
            import json

            import sqlalchemy as sa
            from sqlmodel import Session

            from models import Player, Team, get_engine

            out = {}
            with Session(get_engine()) as s:
                team = Team(name="Reds")
                lead = Player(name="Ada", team=team)
                Player(name="Bo", team=team, mentor=lead)
                team.captain = lead
                s.add(team)
                s.commit()
                out["captain_team"] = team.captain.team.name
                out["leads"] = [t.name for t in lead.leads]
                out["mentees"] = [p.name for p in lead.mentees]
                s.delete(team)
                s.commit()
                out["players_after_delete"] = s.execute(sa.text("SELECT count(*) FROM players")).scalar_one()
            print(json.dumps(out))
            """;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sqlite", "postgres"})
    void rowsThatReferToEachOtherGoInInOneFlush(String engine) throws Exception {
        Path model = Files.writeString(tmp.resolve("squads.schema"), CYCLE_MODEL);
        var g = SqlModelParityTest.generate(model);
        String models = g.files().get("sqlmodel/models.py");
        // Team.captain and its back side Player.leads; not the self reference, not the required Player.team.
        assertThat(models.split("\"post_update\": True", -1)).hasSize(3);
        Files.writeString(tmp.resolve("models.py"), models);
        Path script = Files.writeString(tmp.resolve("use_cycle.py"), CYCLE_SCRIPT);
        try (var db = engine.equals("sqlite") ? ProvenDatabase.sqlite("cycle_use") : ProvenDatabase.postgres("cycle_use")) {
            db.run(g.files().get("sql/" + engine + "/schema.sql"));
            JsonNode r = PythonHarness.run(Map.of(), "run", "--env", "DATABASE_URL=" + db.sqlalchemyUrl(), script.toString());
            assertThat(r.get("exit_code").asInt()).as("%s", r.get("stderr").asText()).isZero();
            JsonNode out = new ObjectMapper().readTree(r.get("stdout").asText());
            assertThat(out.get("captain_team").asText()).isEqualTo("Reds");
            assertThat(out.get("leads").toString()).isEqualTo("[\"Reds\"]");
            assertThat(out.get("mentees").toString()).isEqualTo("[\"Bo\"]");
            assertThat(out.get("players_after_delete").asInt()).isZero();
        }
    }

    /**
     * The key closing the cycle under each delete rule, its list side loaded when the captain is deleted: the database's
     * outcome, never the ORM's own. SET NULL and CASCADE keys are {@code post_update} (one flush adds both rows; the
     * team loses its captain, or goes with its players); a RESTRICT key is not, as a {@code post_update} list side would
     * null the team's key before the DELETE the database refuses: one flush raises CircularDependencyError, setting the
     * key column once both rows exist works, and deleting the captain is refused by the database. A self reference is
     * never {@code post_update}: two players that mentor each other are linked the same way.
     */
    static final String DELETE_SCRIPT = """
            import json
            import sys

            import sqlalchemy as sa
            from sqlalchemy.exc import CircularDependencyError, IntegrityError
            from sqlmodel import Session

            from models import Player, Team, get_engine

            out = {}
            engine = get_engine()
            with Session(engine) as s:
                team = Team(name="Reds")
                lead = Player(name="Ada", team=team)
                Player(name="Bo", team=team)
                team.captain = lead
                s.add(team)
                try:
                    s.flush()
                    out["one_flush"] = "ok"
                except CircularDependencyError:
                    out["one_flush"] = "circular"
                    s.rollback()
                    team = Team(name="Reds")
                    lead = Player(name="Ada", team=team)
                    Player(name="Bo", team=team)
                    s.add(team)
                    s.flush()
                    team.captain_id = lead.id
                s.commit()
            with Session(engine) as s:
                lead = s.execute(sa.select(Player).where(Player.name == "Ada")).scalar_one()
                out["leads"] = [t.name for t in lead.leads]
                s.delete(lead)
                try:
                    s.commit()
                    out["delete"] = "ok"
                except IntegrityError:
                    out["delete"] = "refused"
                    s.rollback()
                out["teams"] = [list(r) for r in s.execute(sa.text(
                    "SELECT t.name, p.name FROM teams t LEFT JOIN players p ON p.id = t.captain_id ORDER BY t.name"))]
                out["players"] = s.execute(sa.text("SELECT count(*) FROM players")).scalar_one()
            with Session(engine) as s:
                team = Team(name="Blues")
                a = Player(name="Cy", team=team)
                b = Player(name="Di", team=team)
                a.mentor = b
                b.mentor = a
                s.add(team)
                try:
                    s.flush()
                    out["mentors_one_flush"] = "ok"
                except CircularDependencyError:
                    out["mentors_one_flush"] = "circular"
                    s.rollback()
                    team = Team(name="Blues")
                    a = Player(name="Cy", team=team)
                    b = Player(name="Di", team=team)
                    s.add(team)
                    s.flush()
                    a.mentor_id = b.id
                    b.mentor_id = a.id
                s.commit()
                out["mentors"] = sorted(p.mentor.name for p in team.players)
            print(json.dumps(out))
            """;

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource({"set_null, sqlite", "cascade, sqlite", "restrict, sqlite", "set_null, postgres", "cascade, postgres",
            "restrict, postgres", "no_action, postgres"})
    void deletingARowInACycleDoesWhatTheDatabaseDoes(String action, String engine) throws Exception {
        String text = CYCLE_MODEL.replace("@relation(\"captain\") @on_delete(set_null)", "@relation(\"captain\") @on_delete(" + action + ")");
        assertThat(text).contains("@on_delete(" + action + ")");
        Path model = Files.writeString(tmp.resolve("squads.schema"), text);
        var g = SqlModelParityTest.generate(model);
        String models = g.files().get("sqlmodel/models.py");
        boolean restricts = action.equals("restrict") || action.equals("no_action");
        // Team.captain and Player.leads, or neither; never the self reference.
        assertThat(models.split("\"post_update\": True", -1)).hasSize(restricts ? 1 : 3);
        Files.writeString(tmp.resolve("models.py"), models);
        Path script = Files.writeString(tmp.resolve("delete_cycle.py"), DELETE_SCRIPT);
        try (var db = engine.equals("sqlite") ? ProvenDatabase.sqlite("cycle_delete") : ProvenDatabase.postgres("cycle_delete")) {
            db.run(g.files().get("sql/" + engine + "/schema.sql"));
            JsonNode r = PythonHarness.run(Map.of(), "run", "--env", "DATABASE_URL=" + db.sqlalchemyUrl(), script.toString());
            assertThat(r.get("exit_code").asInt()).as("%s", r.get("stderr").asText()).isZero();
            JsonNode out = new ObjectMapper().readTree(r.get("stdout").asText());
            assertThat(out.get("one_flush").asText()).isEqualTo(restricts ? "circular" : "ok");
            assertThat(out.get("leads").toString()).isEqualTo("[\"Reds\"]");
            switch (action) {
                case "set_null" -> {
                    assertThat(out.get("delete").asText()).isEqualTo("ok");
                    assertThat(out.get("teams").toString()).isEqualTo("[[\"Reds\",null]]");
                    assertThat(out.get("players").asInt()).isEqualTo(1);
                }
                case "cascade" -> {
                    assertThat(out.get("delete").asText()).isEqualTo("ok");
                    assertThat(out.get("teams").toString()).isEqualTo("[]");
                    assertThat(out.get("players").asInt()).isZero();
                }
                default -> {
                    assertThat(out.get("delete").asText()).isEqualTo("refused");
                    assertThat(out.get("teams").toString()).isEqualTo("[[\"Reds\",\"Ada\"]]");
                    assertThat(out.get("players").asInt()).isEqualTo(2);
                }
            }
            assertThat(out.get("mentors_one_flush").asText()).isEqualTo("circular");
            assertThat(out.get("mentors").toString()).isEqualTo("[\"Cy\",\"Di\"]");
        }
    }
}
