package dev.schemac.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;

/**
 * The workload the start script records its class archive (or, on Java 25, its ahead-of-time
 * cache) from: {@code generate} of every target, then {@code check} against the migration
 * history that wrote, on the shop example bundled in the jar, in a temporary folder it removes.
 * A user's first command may touch only part of schemac (a {@code check} of a model without a
 * history loads no JSON reader); an archive recorded from this run holds every class a
 * {@code check} or {@code generate} loads, whatever comes first. It prints nothing.
 */
public final class Training {
    private Training() {}

    static final String MODEL = "training/shop.schema";

    public static void main(String[] args) throws IOException {
        System.exit(train());
    }

    /** The training run: {@link Main#OK} when both commands passed (the archive then covers them). */
    static int train() throws IOException {
        byte[] model;
        try (InputStream in = Training.class.getResourceAsStream(MODEL)) {
            if (in == null) throw new IllegalStateException("the jar lacks " + MODEL);
            model = in.readAllBytes();
        }
        Path out = Files.createTempDirectory("schemac-training");
        try {
            int generated = run(model, "generate", "--no-settings", "--out", out.toString(), "-");
            int checked = run(model, "check", "--no-settings", "--out", out.toString(), "-");
            return generated == Main.OK && checked == Main.OK ? Main.OK : Main.INTERNAL;
        } finally {
            remove(out);
        }
    }

    private static int run(byte[] model, String... args) {
        var quiet = new PrintWriter(Writer.nullWriter());
        return Main.run(new ByteArrayInputStream(model), quiet, quiet, args);
    }

    private static void remove(Path dir) throws IOException {
        try (var walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
