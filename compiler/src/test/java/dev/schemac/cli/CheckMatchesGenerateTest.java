package dev.schemac.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.schemac.support.TestPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code check} is {@code generate} without the writing: over every model of the tests and of
 * the examples, each diagnostic {@code generate --check} reports (a dialect's or a target's limit
 * included), {@code check} reports too, at the same place with the same words, and the two agree
 * on success.
 */
class CheckMatchesGenerateTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    static Stream<Path> models() throws IOException {
        var out = new ArrayList<Path>();
        for (Path root : List.of(TestPaths.testResources(), TestPaths.root().resolve("examples"))) {
            try (var s = Files.walk(root)) {
                s.filter(p -> p.toString().endsWith(".schema") && !p.toString().contains("/generated/")).sorted().forEach(out::add);
            }
        }
        return out.stream().map(p -> Path.of("").toAbsolutePath().relativize(p));
    }

    static Set<String> diagnostics(Cli.Run r) throws IOException {
        var out = new TreeSet<String>();
        for (JsonNode d : JSON.readTree(r.out())) {
            out.add(d.path("file").asText("-") + ":" + d.path("line").asInt() + ":" + d.path("column").asInt() + " "
                    + d.get("code").asText() + " " + d.get("severity").asText() + ": " + d.get("message").asText());
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void checkReportsWhatGenerateReports(Path model) throws IOException {
        Path out = tmp.resolve("out");
        var generate = Cli.run("generate", "--check", "--format", "json", "--out", out.toString(), model.toString());
        var check = Cli.run("check", "--format", "json", "--out", out.toString(), model.toString());
        Set<String> missing = new TreeSet<>(diagnostics(generate));
        missing.removeAll(diagnostics(check));
        assertThat(missing).as("reported by generate but not by check").isEmpty();
        assertThat(check.code() == Main.INPUT_ERRORS).as("check fails exactly when generate fails on the model")
                .isEqualTo(generate.code() == Main.INPUT_ERRORS && hasErrors(generate));
        assertThat(Files.exists(out)).as("check writes nothing").isFalse();
    }

    private static boolean hasErrors(Cli.Run r) throws IOException {
        for (JsonNode d : JSON.readTree(r.out())) if (d.get("severity").asText().equals("error")) return true;
        return false;
    }

    /**
     * An output file name made of model text (a Java source named after an entity: @@map lifts the
     * bound of its table name; a package folder named after the option, in bytes of UTF-8) that the file system
     * cannot hold: check reports it at that text, as generate does, and generate writes nothing.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("longNames")
    void anOutputFileNameTooLongIsReportedByCheckAtItsText(String what, String model, String option, String name,
                                                           int bytes, String at) throws IOException {
        Path m = Files.writeString(tmp.resolve("long.schema"), model);
        Path out = tmp.resolve("out");
        var check = Cli.run("check", "--color", "never", "--option", option, m.toString());
        assertThat(check.code()).as(check.err()).isEqualTo(Main.INPUT_ERRORS);
        String tail = name.substring(name.length() - 10);
        assertThat(check.err()).contains("error[SC131]: output file name `" + name.substring(0, 60) + "…" + tail
                + "` is too long for the file system (" + bytes + " bytes)\n  --> " + m + ":" + at + "\n");
        var generate = Cli.run("generate", "--check", "--format", "json", "--option", option, "--out", out.toString(), m.toString());
        var checked = Cli.run("check", "--format", "json", "--option", option, m.toString());
        Set<String> missing = new TreeSet<>(diagnostics(generate));
        missing.removeAll(diagnostics(checked));
        assertThat(missing).as("reported by generate but not by check").isEmpty();
        var written = Cli.run("generate", "--color", "never", "--option", option, "--out", out.toString(), m.toString());
        assertThat(written.code()).isEqualTo(Main.INPUT_ERRORS);
        assertThat(written.err()).contains("error[SC131]").contains(m + ":" + at).doesNotContain("internal error");
        assertThat(out).as("nothing was written").doesNotExist();
    }

    static Stream<org.junit.jupiter.params.provider.Arguments> longNames() {
        String entity = "E" + "e".repeat(250); // E…e.java is 256 bytes, E…e_.java 257
        String package_ = "p" + "é".repeat(130); // 130 characters, 261 bytes
        String pkg = "java.package=com.acme";
        return Stream.of(
                org.junit.jupiter.params.provider.Arguments.of("entity (its Java record and metamodel)",
                        "schema shop { dialect = sqlite }\n\nentity " + entity + " {\n  email string(255)\n  @@map(\"t\")\n}\n",
                        pkg, entity + ".java", 256, "3:8"),
                org.junit.jupiter.params.provider.Arguments.of("package folder of multi-byte characters",
                        "schema shop { dialect = sqlite }\n\nentity User {\n  email string(255)\n}\n",
                        "java.package=com." + package_, package_, 261, "1:1"));
    }

    @Test
    void aLimitOfTheChosenDialectOnlyFailsCheck() throws IOException {
        Path model = Files.writeString(tmp.resolve("m.schema"), """
                schema blog { dialect = mysql }
                entity Post {
                  body text @unique
                }
                """);
        var all = Cli.run("check", "--color", "never", model.toString());
        assertThat(all.code()).isEqualTo(Main.INPUT_ERRORS);
        assertThat(all.err()).contains("error[SC504]: MySQL cannot represent a key, unique constraint or index on an "
                + "unbounded text of `Post.body`").contains("m.schema:3:3");
        var sqliteOnly = Cli.run("check", "--color", "never", "--target", "sqlite,postgres", model.toString());
        assertThat(sqliteOnly.code()).isZero();
        assertThat(sqliteOnly.err()).doesNotContain("SC504");
    }

    /**
     * MySQL cannot index unbounded text. For a model of another database (a PostgreSQL database
     * pulled with a {@code text} unique) that is a warning: check and generate agree, generate
     * writes every output but MySQL's schema and migration scripts, none of them wrong.
     */
    @Test
    void aLimitOfAnotherDialectLeavesItsScriptsOut() throws IOException {
        Path model = Files.writeString(tmp.resolve("m.schema"), """
                schema blog { dialect = postgres }
                entity Post {
                  body text @unique
                }
                """);
        var check = Cli.run("check", "--color", "never", model.toString());
        assertThat(check.code()).as(check.err()).isZero();
        String warning = "warning[SC504]: MySQL cannot represent a key, unique constraint or index on an unbounded text of "
                + "`Post.body`";
        assertThat(check.err()).contains(warning).contains("m.schema:3:3")
                .contains("give the field a length (`string(255)`) or do not index it; the model's dialect is postgres, so the "
                        + "MySQL schema and MySQL migration scripts are not written");
        Path out = tmp.resolve("out");
        var generate = Cli.run("generate", "--color", "never", "-o", out.toString(), model.toString());
        assertThat(generate.code()).as(generate.err()).isZero();
        assertThat(generate.err()).contains(warning);
        assertThat(out.resolve("sql/postgres/schema.sql")).exists();
        assertThat(out.resolve("sql/sqlite/schema.sql")).exists();
        assertThat(out.resolve("sql/mysql")).doesNotExist();
        assertThat(out.resolve("migrations/sql/postgres")).exists();
        assertThat(out.resolve("migrations/sql/mysql")).doesNotExist();
    }

    @Test
    void aTargetsReservedNameWarnsOnlyWhenThatTargetIsChosen() throws IOException {
        Path model = Files.writeString(tmp.resolve("m.schema"), """
                /// A course.
                entity Course {
                  class string(20)
                }
                """);
        var all = Cli.run("check", "--color", "never", model.toString());
        assertThat(all.err()).contains("warning[SC607]: field name `class` is reserved in Python and Java");
        var sql = Cli.run("check", "--color", "never", "--target", "sqlite,prisma", model.toString());
        assertThat(sql.err()).doesNotContain("SC607");
        var python = Cli.run("check", "--color", "never", "--target", "sqlmodel", model.toString());
        assertThat(python.err()).contains("warning[SC607]: field name `class` is reserved in Python\n");
    }
}
