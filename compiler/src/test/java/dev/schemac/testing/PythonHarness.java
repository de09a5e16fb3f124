package dev.schemac.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The Java side of tools/python: runs {@code schemac_harness.py <command>} with the venv's
 * interpreter ({@link Engines#python()}) and returns its one JSON document. A harness
 * failure (exit 1: models that do not import, a database that cannot be reached) or a
 * usage error (exit 2) is an exception carrying the harness's error and stderr: a test
 * never mistakes a broken run for an empty result. The commands and their JSON are
 * described in tools/python/README.md.
 */
public final class PythonHarness {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long TIMEOUT_SECONDS = 300;

    private PythonHarness() {}

    /** {@code typecheck FILE}: mypy (strict) and ruff on one file. */
    public static JsonNode typecheck(Path file) throws IOException, InterruptedException {
        return run(Map.of(), "typecheck", file.toString());
    }

    /**
     * {@code models-create MODELS URL}: imports the models, configures the mappers, runs
     * {@code create_all} on the database and inspects it. {@code DATABASE_URL} is the same
     * database, so the module's own configuration names the dialect the tables are for.
     */
    public static JsonNode modelsCreate(Path models, String url) throws IOException, InterruptedException {
        return run(Map.of("DATABASE_URL", url), "models-create", models.toString(), url);
    }

    /** {@code compare MODELS URL [OPTIONS]}: Alembic's compare_metadata and the harness's extra checks. */
    public static JsonNode compare(Path models, String url, String... options) throws IOException, InterruptedException {
        var args = new ArrayList<>(List.of("compare", models.toString(), url));
        args.addAll(List.of(options));
        return run(Map.of("DATABASE_URL", url), args.toArray(String[]::new));
    }

    /** Any command; {@code env} is added to this process's environment. */
    public static JsonNode run(Map<String, String> env, String... args) throws IOException, InterruptedException {
        Path root = Engines.root();
        Path script = root.resolve("tools/python/schemac_harness.py");
        if (!Files.isRegularFile(script)) throw new IllegalStateException(script + " is missing");
        var cmd = new ArrayList<String>(List.of(Engines.python().toString(), script.toString()));
        cmd.addAll(List.of(args));
        var pb = new ProcessBuilder(cmd).directory(root.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        pb.environment().putAll(env);
        Process p = pb.start();
        // Both pipes are drained at once: a chatty stderr must not block the JSON on stdout.
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
        String out = read(p.getInputStream());
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("schemac_harness.py " + String.join(" ", args) + " did not finish in "
                    + TIMEOUT_SECONDS + " s");
        }
        String stderr = err.join();
        JsonNode doc;
        try {
            doc = JSON.readTree(out);
        } catch (IOException e) {
            throw new IllegalStateException("schemac_harness.py " + String.join(" ", args) + " (exit " + p.exitValue()
                    + ") printed no JSON: " + out + "\n" + stderr, e);
        }
        if (p.exitValue() != 0 || doc == null || doc.has("error")) {
            throw new IllegalStateException("schemac_harness.py " + String.join(" ", args) + " failed (exit "
                    + p.exitValue() + "): " + doc + "\n" + stderr);
        }
        return doc;
    }

    private static String read(java.io.InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
