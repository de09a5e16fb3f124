package dev.schemac.gen.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.schemac.compile.Compiler;
import dev.schemac.gen.TargetOptions;
import dev.schemac.gen.Targets;
import dev.schemac.gen.sql.Introspector.Kind;
import dev.schemac.gen.sql.ProvenDatabase;
import dev.schemac.support.TestPaths;
import dev.schemac.testing.PythonHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Alembic's autogenerate continues the history schemac writes. On examples/library's generated
 * output as it is handed over (migrations/ and sqlmodel/ side by side), with Alembic's own
 * command line and the generated env.py and script.py.mako, on every engine:
 *
 * <ol>
 *   <li>{@code upgrade head} runs schemac's chain, and {@code revision --autogenerate} then writes
 *       an empty revision on top of the last one: the models and the migrated database agree;</li>
 *   <li>after a change of the model (a new text column, a new timestamp, a new index) that no
 *       {@code schemac migrate} covered, autogenerate writes a second revision that revises the
 *       last of schemac's and adds exactly that, {@code upgrade head} applies it (the revision
 *       imports the models for their own column types), a third autogenerate is empty, and there is one head.</li>
 * </ol>
 */
class AlembicAutogenerateChainTest {
    static final Path EXAMPLE = TestPaths.examples().resolve("library");
    static final String LAST = "20250104000000";
    static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "{0}")
    @EnumSource(Kind.class)
    void autogenerateFindsNothingOnTheChainAndExactlyAModelChangeAfterIt(Kind kind, @TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("generated");
        copy(EXAMPLE.resolve("generated/migrations"), out.resolve("migrations"));
        copy(EXAMPLE.resolve("generated/sqlmodel"), out.resolve("sqlmodel"));
        Path script = Files.copy(TestPaths.testResources().resolve("alembic-chain/steps.py"), tmp.resolve("steps.py"));
        try (var db = fresh(kind)) {
            JsonNode first = steps(script, out, db, "upgrade", "autogenerate");
            String empty = only(first.get(1));
            assertThat(empty).as("the revision autogenerate wrote on schemac's chain").contains("Revises: " + LAST);
            assertThat(body(empty, "upgrade")).as("upgrade() of\n%s", empty).isEqualTo("pass");
            assertThat(body(empty, "downgrade")).isEqualTo("pass");
            // A user drops an empty revision; the next one then revises schemac's last again.
            deleteRevision(out, revisionId(empty));

            Files.writeString(out.resolve("sqlmodel/models.py"), changedModels());
            JsonNode second = steps(script, out, db, "autogenerate", "upgrade", "autogenerate", "heads");
            String change = only(second.get(0));
            String id = revisionId(change);
            assertThat(change).as("the model change's revision").contains("Revises: " + LAST);
            String up = body(change, "upgrade");
            assertThat(up).as("upgrade() of\n%s", change)
                    .contains("'books'", "'subtitle'", "'acquired_at'", "idx_books_acquired_at")
                    .contains("models.UtcDateTime(");
            assertThat(change).as("the revision imports the models' types").contains("\nimport models\n");
            assertThat(up.lines().filter(l -> l.contains("add_column")).count()).as("columns added in\n%s", up).isEqualTo(2);
            assertThat(up).as("nothing but the change").doesNotContain("drop_", "alter_column", "loans", "readers", "tags");
            assertThat(second.get(2).get("revisions")).hasSize(1);
            String after = second.get(2).get("revisions").get(0).asText();
            assertThat(after).as("autogenerate after the change is applied").contains("Revises: " + id);
            assertThat(body(after, "upgrade")).as("upgrade() of\n%s", after).isEqualTo("pass");
            assertThat(second.get(3).get("output").asText().strip().lines().toList()).as("alembic heads")
                    .containsExactly(revisionId(after) + " (head)");
        }
    }

    private static ProvenDatabase fresh(Kind kind) throws Exception {
        return switch (kind) {
            case SQLITE -> ProvenDatabase.sqlite("alembic_autogen");
            case POSTGRES -> ProvenDatabase.postgres("alembic_autogen");
            case MARIADB -> ProvenDatabase.mariadb("alembic_autogen");
            case MYSQL -> ProvenDatabase.mysql("alembic_autogen");
        };
    }

    /** The models of library v3 with two more fields and an index, as `generate` writes them. */
    private static String changedModels() throws Exception {
        String v3 = Files.readString(EXAMPLE.resolve("v3/library.schema"));
        String changed = v3.replace("  shelf  string(10)?\n",
                "  shelf  string(10)?\n  subtitle string(200)?\n  acquired_at datetime? @index\n");
        assertThat(changed).as("the edit applies").isNotEqualTo(v3);
        Path schema = Files.createTempFile("library-changed", ".schema");
        try {
            Files.writeString(schema, changed);
            var c = Compiler.compile(List.of(schema));
            assertThat(c.hasErrors()).as("%s", c.diagnostics()).isFalse();
            var r = Targets.run(c, List.of(Targets.byName("sqlmodel").orElseThrow()), new TargetOptions("20250101000000", 1, 1, Map.of()));
            assertThat(r.hasErrors()).as("%s", r.diagnostics()).isFalse();
            return r.files().get("sqlmodel/models.py");
        } finally {
            Files.deleteIfExists(schema);
        }
    }

    private static JsonNode steps(Path script, Path out, ProvenDatabase db, String... steps) throws Exception {
        var args = new ArrayList<>(List.of("run", "--env", "DATABASE_URL=" + db.sqlalchemyUrl(), script.toString(),
                out.resolve("migrations").toString()));
        args.addAll(List.of(steps));
        JsonNode r = PythonHarness.run(Map.of(), args.toArray(String[]::new));
        assertThat(r.get("exit_code").asInt()).as("alembic %s: %s", List.of(steps), r.get("stderr").asText()).isZero();
        return JSON.readTree(r.get("stdout").asText());
    }

    private static String only(JsonNode step) {
        assertThat(step.get("revisions")).as("revisions written by %s", step.get("step")).hasSize(1);
        return step.get("revisions").get(0).asText();
    }

    private static String revisionId(String revision) {
        var m = Pattern.compile("(?m)^Revision ID: (\\w+)$").matcher(revision);
        assertThat(m.find()).as("a revision id in\n%s", revision).isTrue();
        return m.group(1);
    }

    private static void deleteRevision(Path out, String id) throws Exception {
        try (var files = Files.list(out.resolve("migrations/alembic/versions"))) {
            var match = files.filter(p -> p.getFileName().toString().startsWith(id)).toList();
            assertThat(match).hasSize(1);
            Files.delete(match.get(0));
        }
    }

    /** A function's statements, without Alembic's comment lines. */
    static String body(String module, String function) {
        String head = "def " + function + "() -> None:\n";
        assertThat(module).contains(head);
        String rest = module.substring(module.indexOf(head) + head.length());
        var lines = new ArrayList<String>();
        for (String line : rest.split("\n")) {
            if (!line.isEmpty() && !line.startsWith(" ")) break;
            if (!line.isBlank() && !line.strip().startsWith("#")) lines.add(line.strip());
        }
        return String.join("\n", lines);
    }

    private static void copy(Path from, Path to) throws Exception {
        try (var w = Files.walk(from)) {
            for (Path p : w.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                Files.createDirectories(target.getParent());
                Files.copy(p, target);
            }
        }
    }
}
