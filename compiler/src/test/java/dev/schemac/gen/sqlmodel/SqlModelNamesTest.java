package dev.schemac.gen.sqlmodel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.schemac.gen.sql.ProvenDatabase;
import dev.schemac.testing.PythonHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Names that Python, SQLModel, pydantic or SQLAlchemy claim, and names the module itself
 * binds: the attribute or class is renamed with a trailing underscore, the column and
 * table keep their names, and the real tools accept the result and find it equal to the DDL.
 */
class SqlModelNamesTest {
    static final String SCHEMA = """
            schema reserved {
              dialect = sqlite
            }

            enum Kind {
              None
              True
              value
              title
              _hidden
            }

            entity Field {
              class        string(20)
              from         date?
              metadata     json?
              model_config string(10)?
              registry     int?
              str          string(5)?
              datetime     datetime?
              schema       text?
              __table__    string(10)?
              _rank        int?
              kind         Kind = None
              owners       Owner[]
            }

            entity Owner {
              field Field? @on_delete(set_null)
            }
            """;

    @TempDir
    Path tmp;

    @Test
    void reservedNamesAreRenamedAndTheColumnsKeepTheirNames() throws Exception {
        Path schema = Files.writeString(tmp.resolve("reserved.schema"), SCHEMA);
        var g = SqlModelParityTest.generate(schema);
        String py = g.files().get("sqlmodel/models.py");
        assertThat(py)
                .contains("class Field_(SQLModel, table=True):")
                .contains("class_: str = Field(max_length=20, sa_column_kwargs={\"name\": \"class\"})")
                // `from` is in the reserved-word table: SQLAlchemy gets it with its quotes forced, as the DDL quotes it.
                .contains("from_: datetime.date | None = Field(default=None, sa_column_kwargs={\"name\": "
                        + "sa.sql.quoted_name(\"from\", True)})")
                .contains("sa_column_kwargs={\"name\": \"metadata\"}")
                .contains("model_config_: str | None")
                .contains("registry: int | None")
                .contains("str_: str | None")
                .contains("datetime_: datetime.datetime | None")
                .contains("schema_: str | None")
                .contains("table___: str | None = Field(default=None, max_length=10, sa_column_kwargs={\"name\": \"__table__\"})")
                .contains("rank_: int | None = Field(default=None, sa_column_kwargs={\"name\": \"_rank\"})")
                .contains("None_ = \"None\"")
                .contains("title_ = \"title\"")
                .contains("hidden_ = \"_hidden\"")
                .contains("default=Kind.None_")
                .contains("field: Optional[\"Field_\"] = Relationship(back_populates=\"owners\")");

        Path models = Files.writeString(Files.createDirectories(tmp.resolve("py")).resolve("models.py"), py);
        assertThat(PythonHarness.typecheck(models).get("ok").asBoolean()).as("mypy strict and ruff").isTrue();
        try (var created = ProvenDatabase.sqlite("reserved_orm"); var ddl = ProvenDatabase.sqlite("reserved_ddl")) {
            PythonHarness.modelsCreate(models, created.sqlalchemyUrl());
            assertThat(created.differencesFrom(g.catalog())).isEmpty();
            ddl.run(g.files().get("sql/sqlite/schema.sql"));
            JsonNode r = PythonHarness.compare(models, ddl.sqlalchemyUrl());
            assertThat(r.get("diffs")).isEmpty();
        }
    }
}
