package dev.schemac.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A key or index naming a field twice is refused before anything is written (PostgreSQL, MySQL,
 * MariaDB and Prisma all refuse it; SQLite alone takes it), at the repeat with a note at the first.
 */
class FieldListedTwiceTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void generateRefusesItAndWritesNothing() throws IOException {
        Path model = Files.writeString(tmp.resolve("dup.schema"), """
                schema m { title = "M" }
                /// A thing.
                entity Thing {
                  name string(100)
                  @@unique(name, name)
                }
                /// A pair.
                entity Pair {
                  a int
                  b int
                  @@id(a,
                       b, a)
                }
                """);
        Path out = tmp.resolve("gen");
        var r = Cli.run("generate", model.toString(), "-o", out.toString(), "-t", "sqlite,postgres,mysql,prisma",
                "--format", "json");
        assertThat(r.code()).isEqualTo(Main.INPUT_ERRORS);
        assertThat(out).doesNotExist();
        JsonNode diags = JSON.readTree(r.out());
        assertThat(diags).hasSize(2);
        JsonNode unique = diags.get(0);
        assertThat(unique.get("code").asText()).isEqualTo("SC214");
        assertThat(unique.get("message").asText()).isEqualTo("field `name` is listed twice in a unique constraint");
        assertThat(unique.get("help").asText()).isEqualTo("list each field once");
        assertThat(unique.get("line").asInt()).isEqualTo(5);
        assertThat(unique.get("column").asInt()).isEqualTo(18);
        assertThat(unique.get("endColumn").asInt()).isEqualTo(22);
        assertThat(unique.at("/notes/0/message").asText()).isEqualTo("first listed here");
        assertThat(unique.at("/notes/0/line").asInt()).isEqualTo(5);
        assertThat(unique.at("/notes/0/column").asInt()).isEqualTo(12);
        JsonNode key = diags.get(1);
        assertThat(key.get("message").asText()).isEqualTo("field `a` is listed twice in the primary key");
        assertThat(key.get("line").asInt()).isEqualTo(12);
        assertThat(key.get("column").asInt()).isEqualTo(11);
        assertThat(key.at("/notes/0/line").asInt()).isEqualTo(11);
        assertThat(key.at("/notes/0/column").asInt()).isEqualTo(8);
    }
}
