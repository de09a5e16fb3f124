package dev.schemac.naming;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.schemac.catalog.ColumnType;
import dev.schemac.model.ScalarKind;
import dev.schemac.testing.NodeHarness;
import dev.schemac.testing.PythonHarness;
import dev.schemac.types.TypeTable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.SourceVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Python, Prisma and Java lists of the reserved-word table against the tools themselves:
 * the interpreter, SQLModel, pydantic and SQLAlchemy as pinned in tools/python, Prisma's
 * validator, and javac's own keyword list.
 */
class ReservedWordsInToolsTest {
    @TempDir
    Path tmp;

    /** Every word of every list, as the lists spell it. */
    static Set<String> everyWord() {
        var out = new TreeSet<String>();
        ReservedWords.lists().values().forEach(out::addAll);
        return out;
    }

    private static final String PYTHON = """
            import inspect, json, keyword, enum
            import sqlalchemy.dialects.postgresql.base as pg
            from pydantic._internal._config import config_defaults
            from sqlalchemy.orm import DeclarativeBase
            from sqlmodel import Field, SQLModel

            class Probe(SQLModel, table=True):
                id: int | None = Field(default=None, primary_key=True)

            class Kind(enum.StrEnum):
                A = "a"

            class Declarative(DeclarativeBase):
                pass

            keyword_kinds = (inspect.Parameter.POSITIONAL_OR_KEYWORD, inspect.Parameter.KEYWORD_ONLY)

            refused = []
            for name in ["mro", "name", "value", "upper"]:
                try:
                    enum.StrEnum("E", {name: "x"})
                except ValueError:
                    refused.append(name)

            print(json.dumps({
                "keywords": keyword.kwlist,
                "model_attributes": [n for n in dir(Probe) if not n.startswith("_") and n not in Probe.model_fields],
                "model_dunders": [n for n in dir(Probe) if n.startswith("__") and n not in dir(object)],
                # What a declarative class keeps for itself, set on each subclass rather than inherited.
                "declarative": [n for n in vars(Declarative) if not n.startswith("_")],
                # A field of such a name cannot be passed as a keyword: Model(cls=1) is a TypeError.
                "constructor_keywords": [n for f in (Probe.__new__, Probe.__init__)
                                         for n, p in inspect.signature(f).parameters.items()
                                         if p.kind in keyword_kinds and not n.startswith("_")],
                "member_attributes": [n for n in dir(Kind.A) if not n.startswith("_") and n not in Kind.__members__],
                "enum_refuses": refused,
                "protected_namespaces": list(config_defaults["protected_namespaces"]),
                "postgres_types": [n for n in pg.ischema_names if " " not in n and '"' not in n],
            }))
            """;

    @Test
    void pythonListsAreWhatTheInterpreterAndTheLibrariesSay() throws Exception {
        Path script = Files.writeString(tmp.resolve("probe.py"), PYTHON);
        JsonNode run = PythonHarness.run(Map.of(), "run", script.toString());
        assertThat(run.get("exit_code").asInt()).as("%s", run.get("stderr").asText()).isZero();
        JsonNode r = new ObjectMapper().readTree(run.get("stdout").asText());
        assertThat(strings(r.get("keywords"))).as("keyword.kwlist").containsExactlyInAnyOrderElementsOf(ReservedWords.PYTHON_KEYWORDS);
        assertThat(strings(r.get("declarative"))).as("what a declarative class keeps for itself").containsExactlyInAnyOrder("metadata", "registry");
        assertThat(strings(r.get("constructor_keywords"))).as("SQLModel's constructor parameters").containsExactly("cls");
        var publicAttributes = new HashSet<>(ReservedWords.SQLMODEL_ATTRIBUTES);
        publicAttributes.removeIf(n -> n.startsWith("_"));
        var inherited = new HashSet<>(strings(r.get("model_attributes")));
        inherited.addAll(strings(r.get("declarative")));
        inherited.addAll(strings(r.get("constructor_keywords")));
        assertThat(inherited).as("what a SQLModel table class has, keeps and takes as a keyword")
                .containsExactlyInAnyOrderElementsOf(publicAttributes);
        // The dunder names listed are those SQLAlchemy's declarative mapping and SQLModel read; two only when declared.
        var dunders = new HashSet<>(ReservedWords.SQLMODEL_ATTRIBUTES);
        dunders.removeAll(publicAttributes);
        dunders.removeAll(Set.of("__table_args__", "__mapper_args__"));
        assertThat(strings(r.get("model_dunders"))).containsAll(dunders);
        var member = new HashSet<>(strings(r.get("member_attributes")));
        member.addAll(strings(r.get("enum_refuses")));
        assertThat(member).as("what a str enum member has, and what enum refuses")
                .containsExactlyInAnyOrderElementsOf(ReservedWords.PYTHON_ENUM_MEMBERS);
        assertThat(strings(r.get("enum_refuses"))).containsExactly("mro");
        assertThat(strings(r.get("protected_namespaces"))).containsExactlyInAnyOrderElementsOf(ReservedWords.PYDANTIC_PROTECTED_PREFIXES);
        for (String t : strings(r.get("postgres_types"))) {
            assertThat(ReservedWords.isPostgresOwnType(t)).as("SQLAlchemy's PostgreSQL type %s", t).isTrue();
        }
    }

    @Test
    void prismaRefusesExactlyItsListAmongEveryWordAsAModelAndAnEnum() {
        // Every word spelled as the Prisma target spells a model, before renaming, and the Prisma list as it is.
        var names = new LinkedHashSet<String>(ReservedWords.PRISMA);
        for (String w : everyWord()) names.add(TargetNames.prismaType(w).spelling());
        var schema = new StringBuilder("datasource db {\n  provider = \"postgresql\"\n}\n");
        for (String n : names) {
            schema.append("\nmodel ").append(n).append(" {\n  id Int @id\n}\n");
            schema.append("\nenum ").append(n).append("E {\n  A\n}\n");
        }
        JsonNode r = NodeHarness.get().callWithStdin(schema.toString(), "prisma-validate", "-");
        var refused = new TreeSet<String>();
        var reserved = java.util.regex.Pattern.compile(
                "The (?:model|enum) name `(\\w+)` is invalid\\. It is a reserved name|\"(\\w+)\" is a reserved scalar type name");
        for (JsonNode e : r.get("errors")) {
            var m = reserved.matcher(e.get("message").asText());
            assertThat(m.find()).as("an error about a reserved name: %s", e).isTrue();
            refused.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        var expected = new TreeSet<>(ReservedWords.PRISMA);
        // Accepted by the validator, but the generated client exports it itself; and the marker of unsupported types.
        expected.removeAll(Set.of("Prisma", "Unsupported"));
        assertThat(refused).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void javaKeywordsAreJavacsAndTheLangTypesAreThoseTheSourcesName() {
        for (String w : everyWord()) {
            assertThat(ReservedWords.isJavaKeyword(w)).as("javac's keyword list on %s", w).isEqualTo(SourceVersion.isKeyword(w));
        }
        assertThat(SourceVersion.isKeyword("_")).isTrue();
        var used = new TreeSet<String>();
        for (ScalarKind k : ScalarKind.values()) {
            String java = TypeTable.java(new ColumnType(k, 10, 2, 2, null));
            // A primitive column is boxed where it is nullable; the boxes and String come from java.lang.
            String box = switch (java) {
                case "boolean" -> "Boolean";
                case "short" -> "Short";
                case "int" -> "Integer";
                case "long" -> "Long";
                case "float" -> "Float";
                case "double" -> "Double";
                default -> java.contains(".") || java.endsWith("[]") ? null : java;
            };
            if (box != null) used.add(box);
        }
        assertThat(used).containsExactlyInAnyOrderElementsOf(ReservedWords.JAVA_LANG_TYPES);
    }

    private static java.util.List<String> strings(JsonNode array) {
        var out = new ArrayList<String>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
