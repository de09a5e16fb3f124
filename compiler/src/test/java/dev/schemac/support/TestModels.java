package dev.schemac.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The models the target tests run over: the examples, and the SQL stress models beside them. */
public final class TestModels {
    private TestModels() {}

    /** {@code examples/<name>/<name>.schema}, sorted. */
    public static List<Path> examples() {
        try (var dirs = Files.list(TestPaths.examples())) {
            return dirs.filter(Files::isDirectory).map(d -> d.resolve(d.getFileName() + ".schema"))
                    .filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The examples, then every model under {@code compiler/src/test/resources/sql-models}. */
    public static List<Path> relational() {
        var out = new ArrayList<>(examples());
        try (var files = Files.list(TestPaths.testResources().resolve("sql-models"))) {
            files.filter(p -> p.toString().endsWith(".schema")).sorted().forEach(out::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
