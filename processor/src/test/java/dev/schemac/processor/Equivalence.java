package dev.schemac.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.schemac.compile.Compiler;
import dev.schemac.gen.TargetOptions;
import dev.schemac.gen.Targets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.JavaFileObject;

/**
 * "This Java means this .schema text": both are compiled, and every target's files must be
 * the same, byte for byte. Comparing whole outputs (the JSON model among them) tests the
 * mapping exactly without restating what the compiler does.
 */
final class Equivalence {
    private Equivalence() {}

    static Path root() {
        String env = System.getenv("SCHEMAC_ROOT");
        return (env != null ? Path.of(env) : Path.of("..")).toAbsolutePath().normalize();
    }

    /** The options the processor runs with for a model in {@code pkg}: its sources go to {@code pkg.db}. */
    static TargetOptions options(String pkg) {
        return new TargetOptions(TargetOptions.DEFAULT_TIMESTAMP, 42, 5, Map.of("java.package", pkg + ".db"));
    }

    static Map<String, String> dsl(String schema) {
        return dsl(schema, "test");
    }

    /** The .schema text's files as the processor would write them for Java classes in {@code pkg}. */
    static Map<String, String> dsl(String schema, String pkg) {
        try {
            Path file = Files.createTempDirectory("schemac-dsl").resolve("model.schema");
            Files.writeString(file, schema, StandardCharsets.UTF_8);
            return dsl(file, options(pkg));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, String> dsl(Path file) {
        return dsl(file, TargetOptions.defaults());
    }

    static Map<String, String> dsl(Path file, TargetOptions options) {
        var c = Compiler.compile(List.of(file));
        assertThat(c.diagnostics()).as("the .schema side compiles").noneMatch(d -> d.isError());
        var r = Targets.run(c, Targets.all(), options);
        assertThat(r.diagnostics()).noneMatch(d -> d.isError());
        return new TreeMap<>(r.files());
    }

    static Map<String, String> java(Compilation c) {
        assertThat(c).succeeded();
        var out = new TreeMap<String, String>();
        for (String path : Sources.resources(c)) out.put(path, Sources.generated(c, path));
        out.putAll(Sources.javaSources(c));
        return out;
    }

    static void assertSame(String schema, JavaFileObject... java) {
        assertSame("test", schema, java);
    }

    static void assertSame(String pkg, String schema, JavaFileObject... java) {
        assertSameFiles(dsl(schema, pkg), java(Sources.compile(java)));
    }

    /** Where two texts part, so a failure names the line instead of printing two documents. */
    static String firstDifference(String expected, String actual) {
        if (actual == null || actual.equals(expected)) return "";
        String[] e = expected.split("\n", -1), a = actual.split("\n", -1);
        for (int i = 0; i < Math.max(e.length, a.length); i++) {
            String x = i < e.length ? e[i] : "<end>", y = i < a.length ? a[i] : "<end>";
            if (!x.equals(y)) return ": line " + (i + 1) + "\n  .schema: " + x + "\n  java:    " + y;
        }
        return "";
    }

    /** Every file the same, byte for byte. */
    static void assertSameFiles(Map<String, String> expected, Map<String, String> actual) {
        assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
        for (String path : expected.keySet()) assertThat(actual.get(path)).as(path + firstDifference(expected.get(path), actual.get(path))).isEqualTo(expected.get(path));
    }
}
