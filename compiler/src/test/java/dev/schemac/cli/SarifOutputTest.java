package dev.schemac.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.schemac.support.TestPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --format sarif}: every log schemac prints is valid against the official SARIF 2.1.0
 * JSON schema (test resources, sarif/), and says what the human output says, on the same lines.
 */
class SarifOutputTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    static JsonSchema schema() throws IOException {
        JsonNode schema = JSON.readTree(TestPaths.testResources().resolve("sarif/sarif-schema-2.1.0.json").toFile());
        var config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(schema, config);
    }

    static JsonNode validLog(String out) throws IOException {
        JsonNode log = JSON.readTree(out);
        Set<ValidationMessage> problems = schema().validate(log);
        assertThat(problems).as("SARIF log valid against the 2.1.0 schema:\n" + out).isEmpty();
        return log;
    }

    @Test
    void theSchemaRefusesWhatIsNotSarif() throws IOException {
        // The validator is real: a level SARIF does not know, or a missing version, is refused.
        var bad = JSON.readTree("""
                {"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "schemac"}},
                  "results": [{"ruleId": "SC100", "level": "fatal", "message": {"text": "x"}}]}]}
                """);
        assertThat(schema().validate(bad)).isNotEmpty();
        assertThat(schema().validate(JSON.readTree("{\"runs\": []}"))).isNotEmpty();
    }

    @Test
    void errorsWarningsAndNotesOnTheirLines() throws IOException {
        // A folder with a space and a file in it: the URI encodes it.
        Path dir = Files.createDirectories(tmp.resolve("my models"));
        Path model = Files.writeString(dir.resolve("shop.schema"), """
                entity User {
                  email Strng(255)
                }
                entity User {
                  name string(80)
                }
                """);
        var r = Cli.run("check", "--format", "sarif", model.toString());
        assertThat(r.code()).isEqualTo(Main.INPUT_ERRORS);
        JsonNode log = validLog(r.out());
        JsonNode run = log.get("runs").get(0);
        assertThat(run.at("/tool/driver/name").asText()).isEqualTo("schemac");
        JsonNode results = run.get("results");
        assertThat(results).hasSize(2);
        JsonNode unknownType = results.get(0);
        assertThat(unknownType.get("ruleId").asText()).isEqualTo("SC208");
        assertThat(unknownType.get("level").asText()).isEqualTo("error");
        assertThat(unknownType.at("/message/text").asText()).startsWith("unknown type `Strng`. Did you mean `string`?");
        JsonNode region = unknownType.at("/locations/0/physicalLocation/region");
        assertThat(region.get("startLine").asInt()).isEqualTo(2);
        assertThat(region.get("startColumn").asInt()).isEqualTo(9);
        assertThat(region.get("endColumn").asInt()).isEqualTo(14);
        assertThat(unknownType.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
                .endsWith("my%20models/shop.schema");
        JsonNode duplicate = results.get(1);
        assertThat(duplicate.get("ruleId").asText()).isEqualTo("SC204");
        assertThat(duplicate.at("/relatedLocations/0/physicalLocation/region/startLine").asInt()).isEqualTo(1);
        assertThat(duplicate.at("/relatedLocations/0/message/text").asText()).isEqualTo("first declared here");
        // Each rule that occurs is described once, with the explanation `schemac explain` prints.
        JsonNode rules = run.at("/tool/driver/rules");
        assertThat(rules).hasSize(2);
        assertThat(rules.get(0).at("/shortDescription/text").asText()).isEqualTo("Unknown type");
        assertThat(duplicate.get("ruleIndex").asInt()).isEqualTo(1);
    }

    @Test
    void warningsOfACleanModelAndAnEmptyLog() throws IOException {
        Path model = Files.writeString(tmp.resolve("m.schema"), """
                entity Account {
                  password string(255)
                }
                """);
        var r = Cli.run("check", "--format", "sarif", model.toString());
        assertThat(r.code()).isZero();
        JsonNode results = validLog(r.out()).at("/runs/0/results");
        assertThat(results.size()).isPositive();
        for (JsonNode res : results) assertThat(res.get("level").asText()).isIn("warning", "note");

        Path clean = Files.writeString(tmp.resolve("clean.schema"), """
                /// A customer.
                entity Customer {
                  email string(255) @unique @pii
                }
                """);
        var none = Cli.run("check", "--format", "sarif", "--severity", "SC604=off", clean.toString());
        JsonNode empty = validLog(none.out());
        assertThat(empty.at("/runs/0/results")).isEmpty();
    }

    @Test
    void everyExampleAndDiagnosticsInputGivesAValidLog() throws IOException {
        var inputs = new java.util.ArrayList<Path>();
        try (var s = Files.list(TestPaths.testResources().resolve("diagnostics"))) {
            s.filter(p -> p.toString().endsWith(".schema")).sorted().forEach(inputs::add);
        }
        var schema = schema();
        for (Path p : inputs) {
            var r = Cli.run("check", "--format", "sarif", p.toString());
            assertThat(schema.validate(JSON.readTree(r.out()))).as(p.getFileName() + ":\n" + r.out()).isEmpty();
        }
    }
}
