package dev.schemac.gen.sqlmodel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.schemac.compile.Compiler;
import dev.schemac.gen.TargetOptions;
import dev.schemac.gen.Targets;
import dev.schemac.gen.sql.ProvenDatabase;
import dev.schemac.testing.PythonHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
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

    // Every name the module binds or looks up is held to the reserved-word table by PythonFreeNamesTest.

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
                // A declarative class keeps `registry` for itself (SQLAlchemy warns at import): renamed too.
                .contains("registry_: int | None = Field(default=None, sa_column_kwargs={\"name\": \"registry\"})")
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
    /**
     * Renamed names are held apart in every namespace: an enum's members after renaming
     * ({@code _a} and {@code a_}), a class's attributes, the module's classes. Python imports the
     * module and reads every stored value back; the Java and Prisma targets keep them apart too.
     */
    @Test
    void renamedNamesNeverMeetInTheirNamespace() throws Exception {
        Path schema = Files.writeString(tmp.resolve("meet.schema"), """
                schema meet {
                  dialect = sqlite
                }

                enum E { _a a_ }
                enum K { class class_ value value_ }
                enum Flag { _ __ }
                enum sa { y }
                enum sa_ { x }

                entity Thing {
                  id     int @id
                  e      E = a_
                  k      K = class
                  flag   Flag = __
                  from   string(5)?
                  from_  string(5)?
                }
                """);
        var compiled = Compiler.compile(List.of(schema));
        var r = Targets.run(compiled, List.of(Targets.byName("sqlmodel").orElseThrow(), Targets.byName("java").orElseThrow(),
                Targets.byName("prisma").orElseThrow()), TargetOptions.defaults());
        assertThat(r.hasErrors()).as("%s", r.diagnostics()).isFalse();
        String py = r.files().get("sqlmodel/models.py");
        assertThat(py).contains("    a__ = \"_a\"\n    a_ = \"a_\"\n")
                .contains("    class__ = \"class\"\n    class_ = \"class_\"\n    value__ = \"value\"\n    value_ = \"value_\"\n")
                .contains("    f_ = \"_\"\n    f__ = \"__\"\n")
                .contains("class sa__(enum.StrEnum):\n    y = \"y\"\n").contains("class sa_(enum.StrEnum):\n    x = \"x\"\n")
                .contains("from__: str | None").contains("from_: str | None")
                .contains("default=E.a_").contains("default=K.class__").contains("default=Flag.f__");
        Path dir = Files.createDirectories(tmp.resolve("meet"));
        Files.writeString(dir.resolve("models.py"), py);
        Path script = Files.writeString(dir.resolve("read.py"), """
                import warnings

                warnings.simplefilter("error")
                import models  # noqa: E402

                print(sorted(m.value for e in (models.E, models.K, models.Flag) for m in e))
                """);
        JsonNode run = PythonHarness.run(Map.of(), "run", "--env", "DATABASE_URL=sqlite://", script.toString());
        assertThat(run.get("exit_code").asInt()).as("%s", run.get("stderr").asText()).isZero();
        assertThat(run.get("stdout").asText().strip()).isEqualTo("['_', '__', '_a', 'a_', 'class', 'class_', 'value', 'value_']");
        // Java constants and Prisma enum values: each enum's names are distinct there too.
        int javaEnums = 0;
        var constant = Pattern.compile("(?m)^    (\\w+)\\(\"");
        for (var f : r.files().entrySet()) {
            if (!f.getKey().endsWith(".java") || !f.getValue().contains(" enum ")) continue;
            var names = new ArrayList<String>();
            var m = constant.matcher(f.getValue());
            while (m.find()) names.add(m.group(1));
            assertThat(names).as(f.getKey()).isNotEmpty().doesNotHaveDuplicates();
            javaEnums++;
        }
        assertThat(javaEnums).isEqualTo(5);
        String prisma = r.files().entrySet().stream().filter(f -> f.getKey().endsWith(".prisma")).findFirst().orElseThrow().getValue();
        var block = Pattern.compile("(?s)enum (\\w+) \\{(.*?)}").matcher(prisma);
        int enums = 0;
        while (block.find()) {
            var values = Arrays.stream(block.group(2).strip().split("\n")).map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("@@")).map(l -> l.split(" ")[0]).toList();
            assertThat(values).as(block.group(1)).doesNotHaveDuplicates();
            enums++;
        }
        assertThat(enums).isEqualTo(5);
    }
}
