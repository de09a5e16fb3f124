package dev.schemac.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineSeverityTest {
    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {}

    private Run check(String... options) throws IOException {
        Path schema = dir.resolve("address.schema");
        Files.writeString(schema, """
                entity Address {
                  street  string(200)
                  zip     string(10)
                  city    string(100)
                  @@depends(zip -> city)
                }
                """);
        var out = new StringWriter();
        var err = new StringWriter();
        String[] args = new String[options.length + 4];
        args[0] = "check";
        args[1] = "--color";
        args[2] = "never";
        System.arraycopy(options, 0, args, 3, options.length);
        args[args.length - 1] = schema.toString();
        return new Run(Main.run(new PrintWriter(out), new PrintWriter(err), args), out.toString(), err.toString());
    }

    @Test
    void warningsDoNotFailTheCheck() throws IOException {
        Run r = check();
        assertThat(r.exit()).isEqualTo(Main.OK);
        assertThat(r.err()).contains("warning[SC804]");
    }

    @Test
    void severityOptionRaisesARuleToError() throws IOException {
        Run r = check("--severity", "SC804=error");
        assertThat(r.exit()).isEqualTo(Main.INPUT_ERRORS);
        assertThat(r.err()).contains("error[SC804]");
    }

    @Test
    void severityOptionTurnsARuleOff() throws IOException {
        Run r = check("--severity", "sc804=off");
        assertThat(r.exit()).isEqualTo(Main.OK);
        assertThat(r.err()).doesNotContain("SC804");
    }

    @Test
    void strictOptionMakesNormalFormWarningsErrors() throws IOException {
        Run r = check("--strict");
        assertThat(r.exit()).isEqualTo(Main.INPUT_ERRORS);
        assertThat(r.err()).contains("error[SC804]");
    }

    @Test
    void unknownCodesAndLevelsAreUsageErrors() throws IOException {
        Run unknown = check("--severity", "SC208=off");
        assertThat(unknown.exit()).isEqualTo(Main.USAGE);
        assertThat(unknown.err()).contains("SC208 is not a rule code");
        Run level = check("--severity", "SC804=loud");
        assertThat(level.exit()).isEqualTo(Main.USAGE);
        assertThat(level.err()).contains("the level is error, warning, info or off");
    }

    @Test
    void explainPrintsARuleRationale() {
        var out = new StringWriter();
        int exit = Main.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "explain", "SC804");
        assertThat(exit).isEqualTo(Main.OK);
        assertThat(out.toString()).startsWith("SC804: Transitive dependency (not in 3NF) (warning)")
                .contains("third normal form");
    }
}
