package dev.schemac.gen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.schemac.catalog.Table;
import dev.schemac.compile.Compilation;
import dev.schemac.compile.Compiler;
import dev.schemac.diag.Diagnostic;
import dev.schemac.gen.sql.ProvenDatabase;
import dev.schemac.naming.TargetNames;
import dev.schemac.naming.TargetNames.Alphabet;
import dev.schemac.testing.NodeHarness;
import dev.schemac.testing.PythonHarness;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stored names may hold spaces, punctuation, a leading digit and any letter (SC510), and the
 * targets derive identifiers from them: the attribute of a foreign key column ({@code au thor}),
 * the class of a join table ({@code pro-ducts} × {@code t a g s}), the document field of a
 * composite reference. Every such identifier goes through {@link TargetNames#identifier}; here
 * each output of a model full of such names is read by the tool that reads it: Python imports the
 * SQLModel classes and creates the tables, Prisma's validator takes the schema, javac compiles the
 * Java, Mermaid parses the diagram, and the names that meet once sanitized stay apart.
 */
class StoredNamesAsIdentifiersTest {
    static final String MODEL = """
            /// Stored names full of punctuation.
            schema punct {
              dialect = sqlite
            }

            /// Its key column holds a hyphen: the foreign keys to it are `author_a-key`.
            entity Author {
              key    int @id @auto @map("a-key")
              posts  Post[]
              edits  Post[] @relation("edits")
              firsts Post[] @relation("firsts")
              names  Post[] @relation("names")
              reviews Post[] @relation("reviews")
              critiques Post[] @relation("critiques")
              dots   Post[] @relation("dots")
            }

            /// Two key columns whose identifiers meet once sanitized.
            entity Pair {
              x     int @id @map("x:y")
              y     int @id @map("x-y")
              posts Post[]
            }

            /// Foreign key columns with a space, a leading digit, CJK, one that meets a field, U+2E2F VERTICAL TILDE,
            /// a letter to the JDK and no identifier's to Python, and U+30FB KATAKANA MIDDLE DOT, an identifier's
            /// to Java 25 (Unicode 16) and not to Python 3.11.
            entity Post {
              author Author @map("au thor")
              editor Author? @relation("edits") @map("a b")
              first  Author? @relation("firsts") @map("1st")
              name   Author? @relation("names") @map("名 前")
              reviewer Author? @relation("reviews")
              critic Author? @relation("critiques") @map("critⸯic")
              dotted Author? @relation("dots") @map("ka・na")
              a_b    int
              pair   Pair
            }

            /// P.
            entity Product {
              label string(20)
              tags  Tag[]
              @@map("pro-ducts")
            }

            /// T.
            entity Tag {
              label    string(20)
              products Product[]
              @@map("t a g s")
            }

            /// E.
            entity Ete {
              label string(20)
              cas   Ca[]
              @@map("été")
            }

            /// C.
            entity Ca {
              label string(20)
              etes  Ete[]
              @@map("ça va")
            }
            """;

    @TempDir
    Path tmp;

    @Test
    void theStepMakesAnyNameAnIdentifierAndKeepsIdentifiers() {
        assertThat(TargetNames.identifier("au thor", Alphabet.UNICODE)).isEqualTo("au_thor");
        assertThat(TargetNames.identifier("author_a-key", Alphabet.ASCII)).isEqualTo("author_a_key");
        assertThat(TargetNames.identifier("1st", Alphabet.UNICODE)).isEqualTo("_1st");
        assertThat(TargetNames.identifier("名 前", Alphabet.UNICODE)).isEqualTo("名_前");
        assertThat(TargetNames.identifier("名 前", Alphabet.ASCII)).isEqualTo("___");
        assertThat(TargetNames.identifier("a$b", Alphabet.JAVA)).isEqualTo("a$b");
        assertThat(TargetNames.identifier("a$b", Alphabet.UNICODE)).isEqualTo("a_b");
        // The JDK counts U+2E2F VERTICAL TILDE in Unicode identifiers; Unicode's own (Python's) leave it out as syntax.
        assertThat(TargetNames.identifier("crit\u2E2Fic", Alphabet.UNICODE)).isEqualTo("crit_ic");
        assertThat(TargetNames.identifier("\u2E2Fx", Alphabet.UNICODE)).isEqualTo("_x");
        assertThat(TargetNames.identifier("crit\u2E2Fic", Alphabet.JAVA)).isEqualTo("crit\u2E2Fic");
        assertThat(dev.schemac.render.python.Py.isIdentifier("crit\u2E2Fic")).isFalse();
        for (Alphabet a : Alphabet.values()) {
            for (String name : List.of("order_item", "_rank", "OrderItem", "x2")) {
                assertThat(TargetNames.identifier(name, a)).as("%s in %s", name, a).isEqualTo(name);
            }
        }
        // The spelling SC607 reports is the sanitized one: a foreign key column is not a reserved word for its space.
        assertThat(TargetNames.pythonAttribute("au thor").name()).isEqualTo("au_thor");
        assertThat(TargetNames.pythonAttribute("au thor").renamed()).isFalse();
        assertThat(TargetNames.prismaType("t a g s").name()).isEqualTo("TAGS");
    }

    @Test
    void everyTargetTakesIdentifiersMadeFromStoredNames() throws Exception {
        Path file = Files.writeString(tmp.resolve("punct.schema"), MODEL, StandardCharsets.UTF_8);
        Compilation c = Compiler.compile(List.of(file));
        assertThat(c.hasErrors()).as("%s", c.diagnostics()).isFalse();
        var result = Targets.run(c, Targets.all(), TargetOptions.defaults());
        assertThat(result.diagnostics().stream().filter(Diagnostic::isError)).isEmpty();
        Map<String, String> files = result.files();

        // Python: the module imports, its tables are the Catalog's, and the attributes are these.
        String py = files.get("sqlmodel/models.py");
        assertThat(py).contains("    au_thor: int = Field(", "    reviewer_a_key: int | None = Field(", "    a_b_: int | None = Field(",
                "    a_b: int = Field(", "    名_前: int | None = Field(", "    pair_x_y: int = Field(",
                "    pair_x_y_: int = Field(", "    crit_ic: int | None = Field(",
                "    ka_na: int | None = Field(", "class ProductTAGS(SQLModel, table=True):");
        Path models = Files.writeString(Files.createDirectories(tmp.resolve("py")).resolve("models.py"), py);
        try (var created = ProvenDatabase.sqlite("stored_names_orm")) {
            PythonHarness.modelsCreate(models, created.sqlalchemyUrl());
            assertThat(created.differencesFrom(c.catalog())).isEmpty();
        }

        // Prisma: the validator takes the schema cleanly, and its models map to the Catalog's columns.
        String prisma = files.get("prisma/schema.prisma");
        JsonNode v = NodeHarness.get().callWithStdin(prisma, "prisma-validate", "-");
        assertThat(v.get("ok").asBoolean()).as("prisma validate: %s", v).isTrue();
        assertThat(v.get("errors")).isEmpty();
        assertThat(v.get("warnings")).isEmpty();
        for (String field : List.of("auThor Int @map(\"au thor\")", "pairXY Int @map(\"pair_x:y\")",
                "pairXY2 Int @map(\"pair_x-y\")", "reviewerAKey Int? @map(\"reviewer_a-key\")", "st Int? @map(\"1st\")")) {
            assertThat(prisma.replaceAll(" +", " ")).contains("\n " + field + "\n");
        }
        assertThat(prisma).contains("model ProductTAG {");
        JsonNode dm = NodeHarness.get().callWithStdin(prisma, "prisma-dmmf", "-").get("datamodel");
        var mapped = new TreeSet<String>();
        for (JsonNode m : dm.get("models")) {
            for (JsonNode f : m.get("fields")) {
                if (f.get("kind").asText().equals("object")) continue;
                mapped.add(dbName(m) + "." + dbName(f));
            }
        }
        var columns = new TreeSet<String>();
        for (Table t : c.catalog().tables()) t.columns().forEach(col -> columns.add(t.name() + "." + col.name()));
        assertThat(mapped).isEqualTo(columns);

        // Java: javac compiles every source, every lint a fatal warning.
        assertThat(javac(files)).isEmpty();

        // Mermaid parses the diagram.
        JsonNode er = NodeHarness.get().callWithStdin(files.get("mermaid/er.mmd"), "mermaid-parse", "-");
        assertThat(er.path("error").isNull()).as("Mermaid: %s", er.path("error")).isTrue();

        // MongoDB: the document fields of the composite reference are identifiers, and two.
        JsonNode collections = new ObjectMapper().readTree(files.get("mongo/collections.json"));
        for (JsonNode coll : collections.get("collections")) {
            if (!coll.get("name").asText().equals("posts")) continue;
            var fields = new ArrayList<String>();
            coll.at("/options/validator/$jsonSchema/properties").fieldNames().forEachRemaining(fields::add);
            assertThat(fields).contains("pairXY", "pair_x_y").allMatch(f -> f.equals("_id") || !f.contains(".") && !f.contains(" "));
            assertThat(new HashSet<>(fields)).hasSameSizeAs(fields);
        }
    }

    private static String dbName(JsonNode n) {
        JsonNode db = n.get("dbName");
        return db == null || db.isNull() ? n.get("name").asText() : db.asText();
    }

    private List<String> javac(Map<String, String> files) throws Exception {
        var javac = ToolProvider.getSystemJavaCompiler();
        var sources = new ArrayList<JavaFileObject>();
        files.forEach((path, text) -> {
            if (path.endsWith(".java")) {
                sources.add(new SimpleJavaFileObject(URI.create("string:///" + path), JavaFileObject.Kind.SOURCE) {
                    @Override public CharSequence getCharContent(boolean ignoreEncodingErrors) { return text; }
                });
            }
        });
        assertThat(sources).isNotEmpty();
        var diagnostics = new DiagnosticCollector<JavaFileObject>();
        try (var fm = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            var options = List.of("-Xlint:all", "-Werror", "-proc:none", "--release", "17", "-d",
                    Files.createDirectories(tmp.resolve("classes")).toString());
            boolean ok = javac.getTask(null, fm, diagnostics, options, null, sources).call();
            var messages = new ArrayList<String>();
            for (var d : diagnostics.getDiagnostics()) messages.add(d.getKind() + " " + d.getMessage(Locale.ROOT));
            if (!ok && messages.isEmpty()) messages.add("javac failed");
            return messages;
        }
    }
}
