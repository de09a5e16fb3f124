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

    /**
     * Every name the module binds at its top level (imports, settings, helpers, its own column
     * types) is one the reserved-word table keeps from the model's classes and attributes, so
     * no entity, enum or field can hide it; the model's own classes are the only others.
     */
    @Test
    void everyNameTheModuleBindsIsInTheReservedWordTable() {
        var binding = java.util.regex.Pattern.compile(
                "(?m)^(?:import (?:\\w+\\.)*(\\w+)(?: as (\\w+))?|from \\S+ import (.+)|def (\\w+)|class (\\w+)\\((.*)\\):|(\\w+)(?::[^=]+)? =)");
        for (Path schema : dev.schemac.support.TestModels.relational()) {
            String py = SqlModelParityTest.generate(schema).files().get("sqlmodel/models.py");
            var m = binding.matcher(py);
            var names = new java.util.TreeSet<String>();
            while (m.find()) {
                if (m.group(5) != null) {
                    // The model's classes (tables, API models, enums) are the model's names; the module's own types are not.
                    if (m.group(6).startsWith("sa.types.")) names.add(m.group(5));
                    continue;
                }
                if (m.group(3) != null) {
                    for (String n : m.group(3).split(", ")) names.add(n.contains(" as ") ? n.substring(n.indexOf(" as ") + 4) : n);
                    continue;
                }
                for (int g : new int[] {2, 1, 4, 7}) {
                    if (m.group(g) != null) {
                        names.add(m.group(g));
                        break;
                    }
                }
            }
            assertThat(names).as("names models.py of %s binds", schema.getFileName()).contains("get_engine", "sa", "sqlmodel");
            for (String n : names) {
                assertThat(dev.schemac.naming.ReservedWords.pythonClass(n)).as("%s, bound by models.py of %s", n, schema.getFileName())
                        .isNotNull();
                assertThat(dev.schemac.naming.ReservedWords.pythonAttribute(n)).as("%s as an attribute", n).isNotNull();
            }
        }
    }

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
                // `from` is in the reserved-word table: SQLAlchemy gets it with its quotes forced, as the DDL quotes it.
                .contains("from_: datetime.date | None = Field(default=None, sa_column_kwargs={\"name\": "
                        + "sa.sql.quoted_name(\"from\", True)})")
                .contains("sa_column_kwargs={\"name\": \"metadata\"}")
                .contains("model_config_: str | None")
                .contains("registry: int | None")
                .contains("str_: str | None")
                .contains("datetime_: AwareDatetime | None")
                .contains("schema_: str | None")
                // Names Python reserves or hides (dunder, leading underscore) are renamed; the columns keep theirs.
                .contains("table___: str | None").contains("\"name\": \"__table__\"")
                .contains("rank_: int | None").contains("\"name\": \"_rank\"")
                .contains("hidden_ = \"_hidden\"")
                .contains("None_ = \"None\"")
                .contains("title_ = \"title\"")
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
