package dev.schemac.gen.sqlmodel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.schemac.gen.sql.ProvenDatabase;
import dev.schemac.testing.PythonHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A JSON column's default is the same JSON value whether the ORM fills it in or the database's
 * default does: a row added through the models and a row inserted by SQL, on a SQLite database
 * built by the DDL, hold an object, an array and a string alike ({@code json_type}, the text).
 */
class JsonDefaultTest {
    static final String SCHEMA = """
            schema docs {
              dialect = sqlite
            }

            entity Doc {
              id   int @id
              obj  json = "{\\"a\\": 1, \\"b\\": [true, null]}"
              arr  json = "[1, 2.5, \\"x\\"]"
              note json = "\\"plain\\""
            }
            """;

    static final String SCRIPT = """
            import json

            import sqlalchemy as sa
            from sqlmodel import Session

            from models import Doc, DocCreate, get_engine

            with Session(get_engine()) as s:
                s.add(Doc(id=1))
                s.add(Doc.model_validate(DocCreate(id=2)))
                s.commit()
                s.execute(sa.text("INSERT INTO docs (id) VALUES (3)"))
                s.commit()
                rows = s.execute(sa.text(
                    "SELECT id, json_type(obj), json_type(arr), json_type(note), obj, arr, note FROM docs ORDER BY id"
                )).all()
                fresh = Doc(id=4).obj is not Doc(id=5).obj
            print(json.dumps({"rows": [[str(v) for v in r] for r in rows], "fresh": fresh}))
            """;

    @TempDir
    Path tmp;

    @Test
    void theOrmStoresTheJsonValueTheDatabaseDefaultStores() throws Exception {
        Path schema = Files.writeString(tmp.resolve("docs.schema"), SCHEMA);
        var g = SqlModelParityTest.generate(schema);
        String py = g.files().get("sqlmodel/models.py");
        assertThat(py).contains("default_factory=lambda: json.loads('{\"a\": 1, \"b\": [true, null]}')").contains("import json\n");
        Path dir = Files.createDirectories(tmp.resolve("py"));
        Path models = Files.writeString(dir.resolve("models.py"), py);
        assertThat(PythonHarness.typecheck(models).get("ok").asBoolean()).as("mypy strict and ruff").isTrue();
        Path script = Files.writeString(dir.resolve("use.py"), SCRIPT);
        try (var db = ProvenDatabase.sqlite("json_default")) {
            db.run(g.files().get("sql/sqlite/schema.sql"));
            JsonNode r = PythonHarness.run(Map.of(), "run", "--env", "DATABASE_URL=" + db.sqlalchemyUrl(), script.toString());
            assertThat(r.get("exit_code").asInt()).as("%s", r.get("stderr").asText()).isZero();
            JsonNode out = new ObjectMapper().readTree(r.get("stdout").asText());
            JsonNode rows = out.get("rows");
            assertThat(rows).hasSize(3);
            var mapper = new ObjectMapper();
            for (JsonNode row : rows) {
                assertThat(row.get(1).asText()).as("row %s obj", row.get(0)).isEqualTo("object");
                assertThat(row.get(2).asText()).as("row %s arr", row.get(0)).isEqualTo("array");
                assertThat(row.get(3).asText()).as("row %s note", row.get(0)).isEqualTo("text");
                for (int i = 4; i < 7; i++) {
                    // The same JSON value, however each side spaces it.
                    assertThat(mapper.readTree(row.get(i).asText())).as("row %s column %s", row.get(0), i)
                            .isEqualTo(mapper.readTree(rows.get(2).get(i).asText()));
                }
            }
            assertThat(out.get("fresh").asBoolean()).as("a new dict for every row").isTrue();
        }
    }
}
