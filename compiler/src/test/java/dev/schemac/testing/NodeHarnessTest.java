package dev.schemac.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.schemac.support.TestPaths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The Java side of the Node harness against the real harness process. */
class NodeHarnessTest {

    @Test
    void answersWithThePinnedToolVersions() throws Exception {
        JsonNode pins = new ObjectMapper().readTree(TestPaths.root().resolve("tools/node/package.json").toFile()).get("dependencies");
        JsonNode v = NodeHarness.get().call("version");
        for (String pkg : List.of("@prisma/prisma-schema-wasm", "@prisma/schema-engine-wasm", "mermaid")) {
            assertThat(v.get(pkg).asText()).as(pkg).isEqualTo(pins.get(pkg).asText());
        }
    }

    @Test
    void passesStdinForADashArgument() {
        JsonNode r = NodeHarness.get().callWithStdin("datasource db {\n  provider = \"sqlite\"\n}\n\nmodel A {\n  id Int @id\n  b  Bx\n}\n",
                "prisma-validate", "-");
        assertThat(r.get("ok").asBoolean()).isFalse();
        assertThat(r.get("errors").get(0).get("message").asText()).contains("Bx");
    }

    @Test
    void aFailedCommandThrowsWithTheHarnessError() {
        assertThatThrownBy(() -> NodeHarness.get().call("no-such-command"))
                .isInstanceOf(NodeHarness.HarnessFailure.class)
                .hasMessageContaining("unknown command")
                .satisfies(e -> assertThat(((NodeHarness.HarnessFailure) e).reply().exitCode()).isEqualTo(2));
        assertThat(NodeHarness.get().request(null, "no-such-command").exitCode()).as("raw replies do not throw").isEqualTo(2);
        assertThat(NodeHarness.get().call("version").has("node")).as("the process keeps serving").isTrue();
    }

    @Test
    void concurrentCallersEachGetTheirOwnAnswer() throws Exception {
        var pool = Executors.newFixedThreadPool(4);
        try {
            var calls = new ArrayList<Callable<String>>();
            for (int i = 0; i < 16; i++) {
                String model = "M" + i;
                calls.add(() -> NodeHarness.get().callWithStdin("datasource db {\n  provider = \"sqlite\"\n}\n\nmodel " + model
                        + " {\n  id Int @id\n}\n", "prisma-dmmf", "-").get("datamodel").get("models").get(0).get("name").asText());
            }
            var results = new ArrayList<String>();
            for (Future<String> f : pool.invokeAll(calls)) results.add(f.get());
            for (int i = 0; i < 16; i++) assertThat(results.get(i)).isEqualTo("M" + i);
        } finally {
            pool.shutdown();
        }
    }
}
