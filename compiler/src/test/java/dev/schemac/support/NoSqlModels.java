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
}
