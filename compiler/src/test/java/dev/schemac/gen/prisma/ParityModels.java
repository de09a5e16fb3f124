package dev.schemac.gen.prisma;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.compile.Compilation;
import dev.schemac.compile.Compiler;
import dev.schemac.support.TestPaths;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The models the parity tests run on: every example ({@code examples/<name>/<name>.schema})
 * and the stress models in {@code compiler/src/test/resources/prisma/models}, which exist to
 * cover what the examples do not (composite and relation keys, self and parallel relations,
 * keyword names, every scalar type and default).
 */
final class ParityModels {
    private ParityModels() {}

    private static final Map<Path, Compilation> COMPILED = new ConcurrentHashMap<>();

    static List<Path> all() {
        var out = new ArrayList<Path>();
        try (Stream<Path> dirs = Files.list(TestPaths.examples())) {
            dirs.filter(Files::isDirectory).map(d -> d.resolve(d.getFileName() + ".schema")).filter(Files::isRegularFile)
                    .sorted().forEach(out::add);
            try (Stream<Path> models = Files.list(TestPaths.testResources().resolve("prisma/models"))) {
                models.filter(p -> p.toString().endsWith(".schema")).sorted().forEach(out::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** A model's name for test names and database names: the file name without .schema. */
    static String name(Path schema) {
        String f = schema.getFileName().toString();
        return f.substring(0, f.length() - ".schema".length());
    }

    static Compilation compile(Path schema) {
        return COMPILED.computeIfAbsent(schema, p -> {
            Compilation c = Compiler.compile(List.of(p));
            assertThat(c.hasErrors()).as("%s compiles: %s", p, c.diagnostics()).isFalse();
            return c;
        });
    }
}
