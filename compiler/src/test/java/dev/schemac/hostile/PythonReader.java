package dev.schemac.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.schemac.testing.Engines;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * One Python process of the project's venv that parses generated files with {@code ast}
 * (src/test/resources/hostile/pycheck.py), asked once per case: Python reads every file of
 * every case, without a process per file.
 */
final class PythonReader implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Process process;
    private final BufferedWriter in;
    private final BufferedReader out;
    private int next;

    PythonReader(Path script) throws IOException {
        process = new ProcessBuilder(Engines.python().toString(), script.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        in = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
        out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    /** Per file: ok, error, shape (statements and calls, names and constants left out), strings, docstrings. */
    JsonNode read(Map<String, String> files) throws IOException {
        int id = next++;
        in.write(JSON.writeValueAsString(Map.of("id", id, "files", files)));
        in.write('\n');
        in.flush();
        String line = out.readLine();
        if (line == null) throw new IllegalStateException("pycheck.py ended (exit " + exitValueOrRunning() + ")");
        JsonNode answer = JSON.readTree(line);
        if (answer.get("id").asInt() != id) throw new IllegalStateException("pycheck.py answered out of order: " + line);
        return answer.get("files");
    }

    private String exitValueOrRunning() {
        return process.isAlive() ? "still running" : String.valueOf(process.exitValue());
    }

    @Override
    public void close() throws IOException {
        in.close();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
