package dev.schemac.gen.seed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.cli.Main;
import dev.schemac.compile.Compiler;
import dev.schemac.model.Dialect;
import dev.schemac.support.TestPaths;
import dev.schemac.gen.TargetOptions;
import dev.schemac.gen.Targets;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code schemac seed} prints the seed target's script for the dialect and options asked for. */
class SeedCommandTest {

    @Test
    void printsTheSeedTargetsScript() throws Exception {
        var shop = TestPaths.examples().resolve("shop/shop.schema");
        var expected = Targets.run(Compiler.compile(List.of(shop)), List.of(Targets.byName("seed").orElseThrow()),
                new TargetOptions("20250101000000", 9, 3, Map.of())).files().get(SeedTarget.path(Dialect.MYSQL));
        var buffer = new ByteArrayOutputStream();
        PrintStream old = System.out;
        int code;
        try {
            System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
            code = Main.run("seed", shop.toString(), "--dialect", "mysql", "--seed", "9", "--rows", "3");
        } finally {
            System.setOut(old);
        }
        assertThat(code).isZero();
        assertThat(buffer.toString(StandardCharsets.UTF_8)).isEqualTo(expected);
    }

    @Test
    void writesToAFileAndRejectsAnUnknownDialect() throws Exception {
        var shop = TestPaths.examples().resolve("shop/shop.schema");
        var dir = Files.createTempDirectory("schemac-seed");
        assertThat(Main.run("seed", shop.toString(), "-o", dir.resolve("s.sql").toString())).isZero();
        assertThat(Files.readString(dir.resolve("s.sql"))).startsWith("-- Sample data for SQLite");
        assertThat(Main.run("seed", shop.toString(), "--dialect", "oracle")).isEqualTo(Main.USAGE);
    }

    static java.nio.file.Path diagnosticsModel(String name) {
        return TestPaths.testResources().resolve("diagnostics/" + name + ".schema");
    }

    /** Runs the command and returns its exit code and standard error. */
    static Object[] run(String... args) {
        var err = new ByteArrayOutputStream();
        PrintStream old = System.err;
        int code;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            code = Main.run(args);
        } finally {
            System.setErr(old);
        }
        return new Object[] {code, err.toString(StandardCharsets.UTF_8)};
    }

    @Test
    void constraintsNoRowCanMeetFailTheCommandAndWriteNothing() throws Exception {
        var out = Files.createTempDirectory("schemac-seed").resolve("s.sql");
        for (String model : List.of("SC413_required_self_reference", "SC414_required_cycle", "SC415_unsatisfiable_checks")) {
            Object[] r = run("seed", diagnosticsModel(model).toString(), "-o", out.toString());
            assertThat(r[0]).isEqualTo(Main.INPUT_ERRORS);
            assertThat((String) r[1]).contains("error[" + model.substring(0, 5) + "]");
            assertThat(out).doesNotExist();
        }
    }

    @Test
    void fewerRowsThanAskedFailUnlessAllowed() throws Exception {
        var out = Files.createTempDirectory("schemac-seed").resolve("s.sql");
        String model = diagnosticsModel("SC771_seed_fewer_rows").toString();
        Object[] refused = run("seed", model, "-o", out.toString());
        assertThat(refused[0]).isEqualTo(Main.INPUT_ERRORS);
        assertThat((String) refused[1]).contains("error[SC771]: sample data for `boxes` has 2 of 5 rows");
        assertThat(out).doesNotExist();
        Object[] allowed = run("seed", model, "-o", out.toString(), "--allow-fewer");
        assertThat(allowed[0]).isEqualTo(Main.OK);
        assertThat((String) allowed[1]).contains("warning[SC771]: sample data for `boxes` has 2 of 5 rows");
        assertThat(Files.readString(out)).contains("-- Fewer rows in boxes: 2 of 5 rows");
        Object[] enough = run("seed", model, "--rows", "2", "-o", out.toString());
        assertThat(enough[0]).as("two rows fit: %s", enough[1]).isEqualTo(Main.OK);
        assertThat((String) enough[1]).doesNotContain("[SC771]");
    }

    /** Each output that holds sample rows (SQL and seed.py, Mongo documents, the Redis script) says when it is short. */
    @Test
    void everySampleOutputReportsFewerRowsOnItsOwn() {
        var c = Compiler.compile(List.of(diagnosticsModel("SC771_seed_fewer_rows")));
        assertThat(c.hasErrors()).isFalse();
        for (String target : List.of("seed", "mongo", "redis")) {
            var result = Targets.run(c, List.of(Targets.byName(target).orElseThrow()), new TargetOptions("20250101000000", 42, 5, Map.of()));
            assertThat(result.diagnostics()).as(target).extracting(d -> d.code() + " " + d.message())
                    .contains("SC771 sample data for `boxes` has 2 of 5 rows: `size` is unique and takes 2 values (enum `Size`)");
        }
    }
}
