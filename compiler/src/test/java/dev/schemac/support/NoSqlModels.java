package dev.schemac.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The models the document and key-value tests run over: every relational test model (the
 * examples and the SQL stress models, none of which says anything about document or key-value
 * stores, so their designs are derived from relations, keys and indexes alone), then the models
 * under {@code compiler/src/test/resources/nosql}, which use {@code @embed}, {@code @@collection},
 * {@code @@shard_key}, {@code @@cache} and {@code @ttl}.
 */
public final class NoSqlModels {
    private NoSqlModels() {}

    public static List<Path> all() {
        var out = new ArrayList<>(TestModels.relational());
        try (var files = Files.list(TestPaths.testResources().resolve("nosql"))) {
            files.filter(p -> p.toString().endsWith(".schema")).sorted().forEach(out::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /**
     * {@link #all()}, then the design-document models written for the document design's hard cases:
     * volumes declared on some sides only (an IoT series), a ledger whose lines reference two
     * accounts, a rota over time zones. The real MongoDB-protocol server runs them so the
     * collections those designs give are proved too. The library model (docs/library_graph) is not
     * among them: its optional unique isbn is a partial unique index, which FerretDB v1 does not
     * implement, and the index the harness falls back to without the filter refuses the seed's
     * second book without an isbn, which MongoDB itself accepts.
     */
    public static List<Path> allWithDesignModels() {
        var out = new ArrayList<>(all());
        for (String m : List.of("iot_series", "double_entry", "surgery_rota")) {
            Path p = TestPaths.testResources().resolve("docs/" + m + ".schema");
            if (!Files.isRegularFile(p)) throw new IllegalStateException("missing test model " + p);
            out.add(p);
        }
        return out;
    }
}
