package dev.schemac.gen.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.schemac.compile.Compilation;
import dev.schemac.compile.Compiler;
import dev.schemac.gen.TargetOptions;
import dev.schemac.gen.Targets;
import dev.schemac.model.Entity;
import dev.schemac.model.IndexSpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * json/model.json says where each {@code @@index} and {@code @@unique} is declared, as the
 * documents do: the mixin's name when the entity has it from a mixin, nothing when the entity
 * declares it itself.
 */
class IndexOriginJsonTest {
    static final String MODEL = """
            schema origins {
              dialect = sqlite
            }

            mixin Trash {
              deleted_at datetime?
              @@index(deleted_at)
            }

            mixin Coded {
              code string(10)
              @@unique(code)
            }

            /// A box: both mixins, an index of its own.
            entity Box with Trash, Coded {
              label string(20)
              @@index(label)
            }
            """;

    @Test
    void eachIndexNamesTheMixinThatDeclaresIt() throws Exception {
        Compilation c = Compiler.compile(List.of(Path.of("mem/origins.schema")), p -> MODEL.getBytes(StandardCharsets.UTF_8), Map.of(), false);
        assertThat(c.hasErrors()).as("%s", c.diagnostics()).isFalse();
        var files = Targets.run(c, List.of(Targets.byName("json").orElseThrow()), TargetOptions.defaults()).files();
        JsonNode box = new ObjectMapper().readTree(files.get("json/model.json")).get("entities").get(0);
        Entity e = c.model().entity("Box").orElseThrow();
        assertThat(e.indexes().stream().map(IndexSpec::mixin).toList()).containsExactlyInAnyOrder("Trash", null);
        check(box.get("indexes"), e.indexes());
        check(box.get("uniques"), e.uniques());
        assertThat(box.get("uniques").get(0).get("mixin").asText()).isEqualTo("Coded");
    }

    private static void check(JsonNode specs, List<IndexSpec> model) {
        assertThat(specs).hasSize(model.size());
        for (int i = 0; i < model.size(); i++) {
            JsonNode s = specs.get(i);
            assertThat(s.get("fields").get(0).asText()).isEqualTo(model.get(i).fields().get(0));
            if (model.get(i).mixin() == null) assertThat(s.has("mixin")).as("%s", s).isFalse();
            else assertThat(s.get("mixin").asText()).isEqualTo(model.get(i).mixin());
        }
    }
}
