package dev.schemac.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the command line in this JVM (with a given standard input) or as a real process of its own. */
public final class Cli {
    private Cli() {}

    public record Run(int code, String out, String err) {}

    public static Run run(String... args) {
        return withInput("", args);
    }

    static Run withInput(String stdin, String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        int code = Main.run(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), new PrintWriter(out),
                new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    /** {@code java -cp <this test's class path> dev.schemac.cli.Main}, as words for a command line. */
    static List<String> javaCommand() {
        String java = ProcessHandle.current().info().command().orElse("java");
        // A short run: the C1 compiler alone starts it faster, the work is the same.
        return List.of(java, "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), Main.class.getName());
    }

    /**
     * Runs a bash script in a fresh process, in {@code dir}; the function {@code schemac} in it
     * runs this build's schemac. The script sees {@code args} as {@code $1...}.
     */
    static Run shell(Path dir, String script, String... args) throws IOException, InterruptedException {
        var words = new StringBuilder();
        for (String w : javaCommand()) words.append('\'').append(w.replace("'", "'\\''")).append("' ");
        String prelude = "schemac() { " + words + "\"$@\"; }\n";
        var cmd = new ArrayList<>(List.of("bash", "-c", prelude + script, "script"));
        cmd.addAll(List.of(args));
        return exec(dir, cmd);
    }

    static Run exec(Path dir, List<String> cmd) throws IOException, InterruptedException {
        var pb = new ProcessBuilder(cmd).directory(dir.toFile());
        pb.environment().remove("SCHEMAC_DEBUG");
        Process p = pb.start();
        p.getOutputStream().close();
        var out = new String[1];
        var reader = new Thread(() -> {
            try {
                out[0] = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                out[0] = "";
            }
        });
        reader.start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("timed out: " + cmd);
        }
        reader.join();
        return new Run(p.exitValue(), out[0], err);
    }
}
