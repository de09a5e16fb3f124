package dev.schemac.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GitHub code scanning refuses a whole SARIF log when one result has no location
 * ("locationFromSarifResult: expected at least one location"): the findings of `diff` and
 * `pull` about the database, which have no line of their own, are placed at the model's
 * header (or its first line) and at the start of the file pull writes.
 */
class SarifEveryResultLocatedTest {
    @TempDir
    Path tmp;

    private Path database() throws Exception {
        Path db = tmp.resolve("live.db");
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + db); var s = c.createStatement()) {
            s.execute("create table items (id integer primary key, label text not null)");
            s.execute("create table legacy (x text)"); // no key: SC965, about the database
        }
        return db;
    }

    private static void everyResultLocated(JsonNode log, String uriEnd, int line) {
        JsonNode results = log.at("/runs/0/results");
        assertThat(results.size()).isPositive();
        for (JsonNode r : results) {
            JsonNode physical = r.at("/locations/0/physicalLocation");
            assertThat(physical.isMissingNode()).as(r.toString()).isFalse();
            assertThat(physical.at("/artifactLocation/uri").asText()).endsWith(uriEnd);
            assertThat(physical.at("/region/startLine").asInt()).isEqualTo(line);
        }
    }

    @Test
    void diffPlacesDatabaseFindingsAtTheModelsHeader() throws Exception {
        Path db = database();
        Path model = Files.writeString(tmp.resolve("m.schema"), """
                // The shop.
                schema shop { dialect = sqlite }

                entity Item {
                  id    int @id
                  label string(80)
                }
                """);
        var r = Cli.run("diff", "--url", db.toString(), "--format", "sarif", model.toString());
        JsonNode log = SarifOutputTest.validLog(r.out());
        assertThat(log.at("/runs/0/results/0/ruleId").asText()).isEqualTo("SC965");
        everyResultLocated(log, "/m.schema", 2);

        Path bare = Files.writeString(tmp.resolve("bare.schema"), "entity Item {\n  id int @id\n  label string(80)\n}\n");
        var b = Cli.run("diff", "--url", db.toString(), "--format", "sarif", bare.toString());
        everyResultLocated(SarifOutputTest.validLog(b.out()), "/bare.schema", 1);
    }

    @Test
    void pullPlacesThemAtTheFileItWrites() throws Exception {
        Path db = database();
        Path out = tmp.resolve("pulled.schema");
        var r = Cli.run("pull", "--url", db.toString(), "-o", out.toString(), "--format", "sarif");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode log = SarifOutputTest.validLog(r.out());
        JsonNode results = log.at("/runs/0/results");
        assertThat(results.size()).isPositive();
        for (JsonNode res : results) {
            assertThat(res.at("/locations/0/physicalLocation/artifactLocation/uri").asText()).as(res.toString())
                    .endsWith("/pulled.schema");
        }
    }
}
