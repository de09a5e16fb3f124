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
                .contains("class FieldBase(SQLModel):")
                .contains("class Field_(FieldBase, table=True):")
                .contains("class FieldCreate(FieldBase):")
                .contains("class_: str = Field(max_length=20, sa_column_kwargs={\"name\": \"class\"})")
                .contains("from_: datetime.date | None = Field(default=None, sa_column_kwargs={\"name\": \"from\"})")
                .contains("sa_column_kwargs={\"name\": \"metadata\"}")
                .contains("model_config_: str | None")
                .contains("registry_: int | None")
                .contains("str_: str | None")
                .contains("datetime_: AwareDatetime | None")
                .contains("schema_: str | None")
                .contains("None_ = \"None\"")
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
