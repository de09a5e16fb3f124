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
}
