package dev.schemac.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** The real tools the hostile-text tests run their outputs through: one process runner, one CLI call. */
final class Tools {
    private Tools() {}

    /** Runs a tool; its standard output is the answer, its errors go into a failure's message. */
    static String run(ProcessBuilder pb, String what) throws Exception {
        Path err = Files.createTempFile("hostile", ".err");
        try {
            Process p = pb.redirectError(err.toFile()).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("%s finished", what).isTrue();
            assertThat(p.exitValue()).as("%s: %s %s", what, out, Files.readString(err)).isZero();
            return out;
        } finally {
            Files.deleteIfExists(err);
        }
    }

    /** schemac's CLI in this process, which must succeed. */
    static void cli(String... args) {
        var out = new java.io.StringWriter();
        int code = dev.schemac.cli.Main.run(new java.io.PrintWriter(out), new java.io.PrintWriter(out), args);
        assertThat(code).as("schemac %s: %s", args[0], out).isZero();
    }
}
