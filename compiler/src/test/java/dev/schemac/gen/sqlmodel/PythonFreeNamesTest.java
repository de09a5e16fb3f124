package dev.schemac.gen.sqlmodel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.schemac.catalog.Table;
import dev.schemac.compile.Compilation;
import dev.schemac.compile.Compiler;
import dev.schemac.gen.TargetOptions;
import dev.schemac.gen.Targets;
import dev.schemac.model.EnumType;
import dev.schemac.naming.ReservedWords;
import dev.schemac.support.TestModels;
import dev.schemac.testing.PythonHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every name the generated Python refers to at module level, read by Python itself ({@code symtable}
 * and {@code ast}): what the module binds, and every free name its functions, class bodies and
 * annotations look up in the module or in builtins ({@code sorted}, {@code isinstance},
 * {@code ValueError}). A model class of the same name would replace it, so each one must be in
 * the reserved-word table that renames model classes; a template that starts using a new name
 * fails here until the table has it. seed.py and the Alembic revisions name nothing after the
 * model but a revision's enum type objects ({@code KIND_ENUM}), which none of their names can be.
 */
class PythonFreeNamesTest {
    static final String NAMES = """
            import ast
            import json
            import symtable
            import sys

            src = open(sys.argv[1], encoding="utf-8").read()
            binds, uses, classes = set(), set(), set()


            def scan(table):
                module = table.get_type() == "module"
                for sym in table.get_symbols():
                    name = sym.get_name()
                    if module and (sym.is_assigned() or sym.is_imported()):
                        binds.add(name)
                    elif sym.is_referenced() and (module or sym.is_global()):
                        uses.add(name)
                for child in table.get_children():
                    scan(child)


            def annotation(node):
                # pydantic evaluates annotations (and the strings in them) in the module's namespace.
                if node is None:
                    return
                for n in ast.walk(node):
                    if isinstance(n, ast.Name):
                        uses.add(n.id)
                    elif isinstance(n, ast.Constant) and isinstance(n.value, str):
                        try:
                            annotation(ast.parse(n.value, mode="eval"))
                        except SyntaxError:
                            pass


            scan(symtable.symtable(src, sys.argv[1], "exec"))
            tree = ast.parse(src)
            for node in tree.body:
                if isinstance(node, ast.ClassDef):
                    classes.add(node.name)
            for node in ast.walk(tree):
                if isinstance(node, ast.AnnAssign):
                    annotation(node.annotation)
                elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                    annotation(node.returns)
                    a = node.args
                    for arg in [*a.posonlyargs, *a.args, *a.kwonlyargs, a.vararg, a.kwarg]:
                        if arg is not None:
                            annotation(arg.annotation)
            print(json.dumps({"binds": sorted(binds), "uses": sorted(uses), "classes": sorted(classes)}))
            """;

    @TempDir
    Path tmp;

    @Test
    void everyNameModelsPyUsesIsKeptFromTheModelsClasses() throws Exception {
        for (Path schema : TestModels.relational()) {
            Compilation c = Compiler.compile(List.of(schema));
            String py = SqlModelParityTest.generate(schema).files().get("sqlmodel/models.py");
            JsonNode names = names(schema.getFileName() + ".models.py", py);
            Set<String> own = modelClasses(c);
            var module = new TreeSet<String>();
            for (String field : List.of("binds", "uses")) for (JsonNode n : names.get(field)) module.add(n.asText());
            module.removeAll(own);
            assertThat(module).as("names models.py of %s uses", schema.getFileName()).contains("sorted", "sa", "get_engine");
            var missing = new TreeSet<String>();
            for (String n : module) if (ReservedWords.pythonClass(n) == null || ReservedWords.pythonAttribute(n) == null) missing.add(n);
            assertThat(missing).as("names models.py of %s uses that a model class or attribute could take", schema.getFileName())
                    .isEmpty();
        }
    }

    /** A model of classes named after what the module uses: renamed, it imports and validates. */
    @Test
    void classesNamedAfterTheModulesNamesAreRenamed() throws Exception {
        Path schema = Files.writeString(tmp.resolve("builtins.schema"), """
                schema builtins {
                  dialect = sqlite
                }

                enum ValueError { a b }

                entity sorted {
                  id    int @id
                  kind  ValueError = a
                  items isinstance[]
                }

                entity isinstance {
                  id    int @id
                  owner sorted
                  tags  list[]
                }

                entity list {
                  id    int @id
                  owner isinstance
                }
                """);
        String py = SqlModelParityTest.generate(schema).files().get("sqlmodel/models.py");
        assertThat(py).contains("class sorted_(sortedBase, table=True):").contains("class ValueError_(enum.StrEnum):")
                .contains("class isinstance_(isinstanceBase, table=True):");
        Path dir = Files.createDirectories(tmp.resolve("builtins"));
        Files.writeString(dir.resolve("models.py"), py);
        Path script = Files.writeString(dir.resolve("use.py"), """
                import warnings

                warnings.simplefilter("error")
                from sqlmodel import Session  # noqa: E402

                import models  # noqa: E402

                models.create_db_and_tables()
                with Session(models.get_engine()) as s:
                    s.add(models.sorted_(id=1, items=[models.isinstance_(id=1, tags=[models.list_(id=1)])]))
                    s.commit()
                    print(s.get(models.sorted_, 1).kind.value, len(s.get(models.isinstance_, 1).tags))
                """);
        JsonNode r = PythonHarness.run(Map.of(), "run", "--env", "DATABASE_URL=sqlite://", script.toString());
        assertThat(r.get("exit_code").asInt()).as("%s", r.get("stderr").asText()).isZero();
        assertThat(r.get("stdout").asText().strip()).isEqualTo("a 1");
    }

    /**
     * seed.py and the Alembic revision write model text only inside strings: no name of a model
     * whose every entity, field, enum and value is marked becomes one of their identifiers, so
     * no model name can hide one of theirs.
     */
    @Test
    void seedAndRevisionsNameNothingAfterTheModel() throws Exception {
        Path schema = Files.writeString(tmp.resolve("probe.schema"), """
                schema probe {
                  dialect = sqlite
                }

                enum ZqKind { zq_a zq_b }

                entity ZqOwner {
                  id       int @id
                  zq_name  string(20)
                  zq_kind  ZqKind = zq_a
                  zq_doc   json?
                  zq_items ZqItem[]
                }

                entity ZqItem {
                  id       int @id
                  zq_owner ZqOwner
                  zq_price decimal(8, 2)
                }
                """);
        Compilation c = Compiler.compile(List.of(schema));
        assertThat(c.hasErrors()).as("%s", c.diagnostics()).isFalse();
        var r = Targets.run(c, List.of(Targets.byName("sqlite").orElseThrow(), Targets.byName("seed").orElseThrow(),
                Targets.byName("migrations").orElseThrow()), TargetOptions.defaults());
        assertThat(r.hasErrors()).as("%s", r.diagnostics()).isFalse();
        int read = 0;
        for (var f : r.files().entrySet()) {
            if (!f.getKey().endsWith(".py") || f.getKey().startsWith("sqlmodel/")) continue;
            JsonNode names = names(f.getKey(), f.getValue());
            for (String field : List.of("binds", "uses", "classes")) {
                for (JsonNode n : names.get(field)) {
                    // A revision's enum type objects (ZQ_KIND_ENUM) are the one exception: capitals and
                    // _ENUM, which none of its own names are, and kept apart from each other there.
                    if (n.asText().matches("[A-Z0-9_]+_ENUM(_[0-9]+)?") && f.getKey().contains("/versions/")) continue;
                    assertThat(n.asText().toLowerCase(Locale.ROOT)).as("a name of %s", f.getKey()).doesNotContain("zq");
                }
            }
            read++;
        }
        assertThat(r.files()).containsKey("seed/seed.py");
        assertThat(read).as("seed.py, env.py and a revision").isGreaterThanOrEqualTo(3);
    }

    /** Every class the model gives the module: enums, entities, link tables and API models. */
    private static Set<String> modelClasses(Compilation c) {
        var m = new PyModule(c.model(), c.catalog());
        var out = new HashSet<String>();
        for (EnumType e : c.model().enums()) out.add(m.enumClass(e.name()));
        for (Table t : c.catalog().tables()) {
            out.add(m.tableClass(t.name()));
            if (t.isJoinTable()) continue;
            for (ApiModel kind : ApiModel.values()) out.add(m.apiClass(t.entity(), kind));
        }
        return out;
    }

    private JsonNode names(String label, String source) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("names"));
        Path file = Files.writeString(dir.resolve(label.replaceAll("[^A-Za-z0-9_.]", "_")), source);
        Path script = dir.resolve("free_names.py");
        if (!Files.exists(script)) Files.writeString(script, NAMES);
        JsonNode r = PythonHarness.run(Map.of(), "run", script.toString(), file.toString());
        assertThat(r.get("exit_code").asInt()).as("%s: %s", label, r.get("stderr").asText()).isZero();
        return new ObjectMapper().readTree(r.get("stdout").asText());
    }
}
