package dev.schemac.gen.mermaid;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.schemac.catalog.Catalog;
import dev.schemac.catalog.ForeignKey;
import dev.schemac.catalog.Table;
import dev.schemac.compile.Compiler;
import dev.schemac.support.TestPaths;
import dev.schemac.gen.TargetOptions;
import dev.schemac.gen.Targets;
import dev.schemac.testing.Engines;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Mermaid's own parser (the npm package, run by Node) reads every generated diagram, and
 * what it understood is the Catalog: one entity per table with its columns and keys, one
 * relationship per foreign key with the cardinality the key's nullability and uniqueness
 * imply.
 */
class MermaidParserTest {

    static Stream<Path> models() {
        return dev.schemac.support.TestModels.relational().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void mermaidReadsTheCatalog(Path model) throws Exception {
        var c = Compiler.compile(List.of(model));
        assertThat(c.hasErrors()).as("%s", c.diagnostics()).isFalse();
        var r = Targets.run(c, List.of(Targets.byName("mermaid").orElseThrow()), TargetOptions.defaults());
        JsonNode parsed = parse(r.files().get("mermaid/er.mmd"));
        assertThat(parsed.path("error").isNull()).as("Mermaid's parser error: %s", parsed.path("error")).isTrue();
        assertThat(parsed.path("ok").asBoolean()).isTrue();
        assertThat(parsed.path("diagramType").asText()).isEqualTo("er");
        Catalog catalog = c.catalog();

        var entities = new TreeSet<String>();
        for (JsonNode e : parsed.path("entities")) {
            entities.add(e.path("name").asText());
            Table t = catalog.table(e.path("name").asText()).orElseThrow();
            var names = new ArrayList<String>();
            for (JsonNode a : e.path("attributes")) {
                names.add(a.path("name").asText());
                var keys = new ArrayList<String>();
                a.path("keys").forEach(k -> keys.add(k.asText()));
                assertThat(keys.contains("PK")).as("%s.%s PK", t.name(), a.path("name").asText())
                        .isEqualTo(t.primaryKey().columns().contains(a.path("name").asText()));
                assertThat(keys.contains("FK")).as("%s.%s FK", t.name(), a.path("name").asText())
                        .isEqualTo(t.requireColumn(a.path("name").asText()).isForeignKey());
            }
            assertThat(names).as("columns of %s", t.name())
                    .containsExactlyElementsOf(t.columns().stream().map(dev.schemac.catalog.Column::name).toList());
        }
        assertThat(entities).containsExactlyInAnyOrderElementsOf(catalog.tables().stream().map(Table::name).toList());

        var expected = new ArrayList<String>();
        for (Table t : catalog.tables()) {
            for (ForeignKey fk : t.foreignKeys()) {
                boolean required = fk.columns().stream().noneMatch(col -> t.requireColumn(col).nullable());
                boolean identifying = t.primaryKey().columns().containsAll(fk.columns());
                expected.add(fk.referencedTable() + " " + (required ? "ONLY_ONE" : "ZERO_OR_ONE") + " " + t.name() + " "
                        + (identifying ? "IDENTIFYING" : "NON_IDENTIFYING"));
            }
        }
        var actual = new ArrayList<String>();
        for (JsonNode rel : parsed.path("relationships")) {
            actual.add(rel.path("entityA").asText() + " " + rel.path("cardB").asText() + " " + rel.path("entityB").asText()
                    + " " + rel.path("relType").asText());
        }
        assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
    }

    /** Runs the harness's {@code mermaid-parse}; a missing Node or harness fails the test. */
    static JsonNode parse(String diagram) throws IOException, InterruptedException {
        Path f = Files.createTempFile("schemac-er", ".mmd");
        try {
            Files.writeString(f, diagram, StandardCharsets.UTF_8);
            Path harness = Engines.nodeTools().resolve("schemac-harness.mjs");
            var p = new ProcessBuilder("node", harness.toString(), "mermaid-parse", f.toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(120, TimeUnit.SECONDS)) throw new IllegalStateException("mermaid-parse did not finish");
            assertThat(p.exitValue()).as("mermaid-parse exit code, output: %s", out).isZero();
            return new ObjectMapper().readTree(out);
        } finally {
            Files.deleteIfExists(f);
        }
    }
}
