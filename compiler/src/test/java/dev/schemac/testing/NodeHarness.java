package dev.schemac.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The Java side of {@code tools/node/schemac-harness.mjs}: real Prisma (validator, formatter,
 * DMMF, schema engine) and Mermaid's parser, called from tests. One long-lived
 * {@code batch} process per JVM, started on first use: a process per call would cost
 * ~0.2-0.9 s of Node start-up and wasm compilation each (tools/node/README.md). Requests
 * are serialized (the harness answers them in order, one at a time), so the class is
 * thread-safe; a shutdown hook ends the process.
 *
 * <p>Nothing is skipped: without {@code node} or without {@code tools/node/node_modules}, the
 * first call fails with what to run.
 *
 * <pre>{@code
 * JsonNode r = NodeHarness.get().callWithStdin(schemaText, "prisma-validate", "-");
 * assertThat(r.get("clean").asBoolean()).isTrue();
 * }</pre>
 */
public final class NodeHarness {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long TIMEOUT_SECONDS = Long.getLong("schemac.harness.timeoutSeconds", 180);
    private static final int STDERR_TAIL_LINES = 40;
    private static NodeHarness instance;

    private final Path root;
    private Process process;
    private Writer stdin;
    private BlockingQueue<String> replies;
    private final Deque<String> stderrTail = new ArrayDeque<>();
    private long nextId = 1;

    /** One harness command's answer: its exit status and its JSON document (exit 0 is success). */
    public record Reply(int exitCode, JsonNode result, long ms) {}

    /** A command that did not exit 0: the harness's {@code {"error", "kind"}} is in the message. */
    public static final class HarnessFailure extends RuntimeException {
        private final Reply reply;

        HarnessFailure(List<String> argv, Reply reply) {
            super("node harness " + argv + " exited " + reply.exitCode() + ": " + reply.result());
            this.reply = reply;
        }

        public Reply reply() { return reply; }
    }

    private NodeHarness(Path root) {
        this.root = root;
    }

    /** The JVM's harness; the process starts with the first call. */
    public static synchronized NodeHarness get() {
        if (instance == null) {
            instance = new NodeHarness(repositoryRoot());
            Runtime.getRuntime().addShutdownHook(new Thread(instance::close, "node-harness-shutdown"));
        }
        return instance;
    }

    /** Runs a command, e.g. {@code call("prisma-validate", "/tmp/x.prisma")}; returns its result, or throws unless it exited 0. */
    public JsonNode call(String... argv) {
        return callWithStdin(null, argv);
    }

    /** As {@link #call}, with {@code stdin} as the text of a {@code -} argument. */
    public JsonNode callWithStdin(String stdin, String... argv) {
        Reply r = request(stdin, argv);
        if (r.exitCode() != 0) throw new HarnessFailure(List.of(argv), r);
        return r.result();
    }

    /** The raw answer, whatever the exit code: for tests that expect a command to fail. */
    public synchronized Reply request(String stdinText, String... argv) {
        ensureStarted();
        long id = nextId++;
        ObjectNode req = JSON.createObjectNode();
        req.put("id", id);
        var args = req.putArray("argv");
        for (String a : argv) args.add(a);
        if (stdinText != null) req.put("stdin", stdinText);
        String line;
        try {
            stdin.write(JSON.writeValueAsString(req));
            stdin.write('\n');
            stdin.flush();
            line = replies.poll(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (IOException e) {
            throw died("could not send " + List.of(argv), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw died("interrupted waiting for " + List.of(argv), e);
        }
        if (line == null) {
            String why = process.isAlive() ? "no answer within " + TIMEOUT_SECONDS + " s to " : "process ended before answering ";
            destroy();
            throw died(why + List.of(argv), null);
        }
        JsonNode reply;
        try {
            reply = JSON.readTree(line);
        } catch (IOException e) {
            throw died("answer is not JSON: " + line, e);
        }
        if (reply.path("id").asLong(-1) != id) throw died("answer to request " + id + " has id " + reply.get("id"), null);
        return new Reply(reply.path("exitCode").asInt(-1), reply.path("result"), reply.path("ms").asLong());
    }

    private void ensureStarted() {
        if (process != null && process.isAlive()) return;
        Path script = root.resolve("tools/node/schemac-harness.mjs");
        Path modules = root.resolve("tools/node/node_modules");
        if (!Files.isDirectory(modules)) {
            throw new IllegalStateException(modules + " is missing: run (cd tools/node && npm ci), or ./scripts/test.sh");
        }
        try {
            process = new ProcessBuilder("node", script.toString(), "batch").directory(root.toFile()).start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start `node` (is Node 20 on the PATH?): " + e.getMessage(), e);
        }
        stdin = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        var queue = new LinkedBlockingQueue<String>();
        replies = queue;
        daemon("node-harness-stdout", () -> pump(process.getInputStream(), queue::add));
        daemon("node-harness-stderr", () -> pump(process.getErrorStream(), this::keepStderr));
    }

    private static void daemon(String name, Runnable r) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        t.start();
    }

    private static void pump(InputStream in, java.util.function.Consumer<String> sink) {
        try (var r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) sink.accept(line);
        } catch (IOException ignored) {
            // the process ended; request() reports it by the missing answer
        }
    }

    private void keepStderr(String line) {
        synchronized (stderrTail) {
            stderrTail.addLast(line);
            while (stderrTail.size() > STDERR_TAIL_LINES) stderrTail.removeFirst();
        }
    }

    private IllegalStateException died(String what, Exception cause) {
        String tail;
        synchronized (stderrTail) {
            tail = String.join("\n", stderrTail);
        }
        return new IllegalStateException("node harness: " + what + (tail.isEmpty() ? "" : "\nstderr (last lines):\n" + tail), cause);
    }

    private void destroy() {
        if (process != null) process.destroyForcibly();
        process = null;
    }

    /** Ends the process: EOF on its stdin is the batch mode's signal to exit. */
    public synchronized void close() {
        if (process == null) return;
        try {
            stdin.close();
            if (!process.waitFor(5, TimeUnit.SECONDS)) process.destroyForcibly();
        } catch (IOException e) {
            process.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        process = null;
    }

    /** SCHEMAC_ROOT when set (scripts/test.sh sets it), else the nearest directory above with tools/node. */
    private static Path repositoryRoot() {
        String env = System.getenv("SCHEMAC_ROOT");
        if (env != null && Files.isDirectory(Path.of(env, "tools", "node"))) return Path.of(env).toAbsolutePath();
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("tools/node"))) p = p.getParent();
        if (p == null) throw new IllegalStateException("no tools/node above " + Path.of("").toAbsolutePath() + "; set SCHEMAC_ROOT");
        return p;
    }
}
