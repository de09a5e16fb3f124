package dev.schemac.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A partial build never gives another model than a full one: recompiling any one file of
 * {@link RebuildModel} against the last build's class output, or compiling its second part
 * against a jar of its first, writes exactly the files a build of all sources writes (every
 * target, the generated Java sources included), though type-use {@code @Nullable}, Javadoc
 * and the spelling of numbers are not in class files. Where what the class files lack is not
 * on record, the build stops and says a full build is needed.
 */
class PartialBuildsTest {
    private static final String PROCESSOR_PATH = System.getProperty("java.class.path");

    @TempDir Path tmp;

    record Build(Javac.Run run, Map<String, String> outputs) {}

    private static Build build(Path out, List<Path> classPath, List<JavaFileObject> sources, String... options) {
        var opts = new ArrayList<>(List.of("-processorpath", PROCESSOR_PATH));
        opts.addAll(List.of(options));
        var run = Javac.compile(out, classPath, sources, opts.toArray(String[]::new));
        var outputs = new TreeMap<>(Javac.files(out.resolve("schemac")));
        Javac.files(out.resolveSibling(out.getFileName() + "-sources")).forEach((k, v) -> outputs.put("java/" + k, v));
        return new Build(run, outputs);
    }

    private static Build build(Path out, List<JavaFileObject> sources, String... options) {
        return build(out, List.of(), sources, options);
    }

    private static Build full(Path out) {
        return full(out, RebuildModel.all());
    }

    private static Build full(Path out, List<JavaFileObject> model) {
        var full = build(out, model);
        assertThat(full.run().ok()).as("the full build compiles: " + full.run().errors()).isTrue();
        assertThat(full.outputs()).containsKeys("sql/postgres/schema.sql", "json/model.json", "Database_Design.md");
        return full;
    }

    @Test
    void recompilingAnyOneFileWritesWhatTheFullBuildWrote() {
        recompilingAnyOneFileWritesWhatTheFullBuildWrote(RebuildModel.all());
    }

    /** Embeddables nested in embeddables and in a mapped superclass, read from their class files when not recompiled. */
    /** A generic mapped superclass's key read from its class file has the type the entity's type argument gives it. */
    @Test
    void recompilingAnyOneFileOfGenericSuperclassesWritesWhatTheFullBuildWrote() {
        recompilingAnyOneFileWritesWhatTheFullBuildWrote(List.of(JpaMappingTest.genericSuperclasses()));
    }

    /** A read-only raw foreign key beside its relation, the target's key read from its class file. */
    @Test
    void recompilingAnyOneFileOfForeignKeyTwinsWritesWhatTheFullBuildWrote() {
        recompilingAnyOneFileWritesWhatTheFullBuildWrote(List.of(JpaMappingTest.foreignKeyTwins()));
    }

    /** Auto-applied converters remembered by the manifest: recompiling an entity alone still applies them. */
    @Test
    void recompilingAnyOneFileOfAutoAppliedConvertersWritesWhatTheFullBuildWrote() {
        recompilingAnyOneFileWritesWhatTheFullBuildWrote(List.of(JpaMappingTest.autoApplied()));
    }

    @Test
    void recompilingAnyOneFileOfNestedEmbeddablesWritesWhatTheFullBuildWrote() {
        recompilingAnyOneFileWritesWhatTheFullBuildWrote(List.of(JpaMappingTest.nestedEmbeddables()));
    }

    private void recompilingAnyOneFileWritesWhatTheFullBuildWrote(List<JavaFileObject> model) {
        var full = full(tmp.resolve("full"), model);
        int i = 0;
        for (JavaFileObject source : model) {
            Path out = tmp.resolve("partial" + i++);
            copy(tmp.resolve("full"), out);
            copy(tmp.resolve("full-sources"), out.resolveSibling(out.getFileName() + "-sources"));
            var partial = build(out, List.of(source));
            assertThat(partial.run().ok()).as(source.getName() + " alone: " + partial.run().errors()).isTrue();
            assertSameOutputs(source.getName() + " recompiled alone", full.outputs(), partial.outputs());
        }
    }

    @Test
    void aModelSpreadOverTwoJarsWritesWhatOneBuildOfAllSourcesWrote() throws IOException {
        var full = full(tmp.resolve("full"));
        var first = build(tmp.resolve("first"), RebuildModel.firstPart());
        assertThat(first.run().ok()).as(first.run().errors().toString()).isTrue();
        Path jar = jar(tmp.resolve("first"), tmp.resolve("first.jar"));
        var second = build(tmp.resolve("second"), List.of(jar), RebuildModel.secondPart());
        assertThat(second.run().ok()).as(second.run().errors().toString()).isTrue();
        assertSameOutputs("the second jar's build", full.outputs(), second.outputs());
    }

    @Test
    void aJarCompiledWithoutTheProcessorStopsTheBuild() throws IOException {
        var first = build(tmp.resolve("first"), RebuildModel.firstPart(), "-proc:none");
        assertThat(first.run().ok()).isTrue();
        Path jar = jar(tmp.resolve("first"), tmp.resolve("first.jar"));
        var second = build(tmp.resolve("second"), List.of(jar), RebuildModel.secondPart());
        assertThat(second.run().ok()).isFalse();
        assertThat(second.run().errors()).anySatisfy(e -> assertThat(e).startsWith("[SC922] `p.Customer` was read from a "
                + "class file with no record of its source: class files keep no Javadoc, no type-use @Nullable and no spelling "
                + "of numbers, so this build could describe another model than a build of all sources").contains("help: build "
                + "from clean (a full build), or compile the module that holds `p.Customer` with the schemac processor, which "
                + "records its source beside its classes (Type.schemac-record)"));
        // Only what is certain is said: the model read without the records would have errors of its own (SC407, SC412).
        assertThat(second.run().errors()).allSatisfy(e -> assertThat(e).startsWith("[SC922]"))
                .extracting(e -> e.substring(0, e.indexOf(" was read"))).containsExactly("[SC922] `p.Address`",
                        "[SC922] `p.Audited`", "[SC922] `p.Customer`", "[SC922] `p.Deletable`", "[SC922] `p.Profile`");
        assertThat(second.outputs()).isEmpty();
    }

    @Test
    void aClassCompiledAgainWithoutTheProcessorStopsTheBuild() {
        full(tmp.resolve("full"));
        var customer = source("p/Customer.java").replace("  LocalDate since;", "  LocalDate since;\n  int visits;");
        var recompiled = Javac.compile(tmp.resolve("full"), List.of(Sources.java("p.Customer", customer)), "-proc:none");
        assertThat(recompiled.ok()).as(recompiled.errors().toString()).isTrue();
        var partial = build(tmp.resolve("full"), List.of(RebuildModel.secondPart().get(1)));
        assertThat(partial.run().ok()).isFalse();
        assertThat(partial.run().errors()).singleElement().satisfies(e -> assertThat(e).startsWith("[SC922] `p.Customer` was "
                + "read from a class file that was compiled again without the schemac processor since its record was written: "
                + "class files keep no Javadoc, no type-use @Nullable and no spelling of numbers").contains("help: build from "
                + "clean (a full build)"));
    }

    @Test
    void aDiagnosticAboutATypeReadFromItsClassFileSaysWhereItWasWritten() {
        full(tmp.resolve("full"));
        // A second reference from Line to Order makes Order.lines, read from its class file, ambiguous.
        String line = source("q/Line.java").replace("record Line(Order order, int position,", "record Line(Order order, Order previous, int position,");
        var partial = build(tmp.resolve("full"), List.of(Sources.java("q.Line", line)));
        assertThat(partial.run().ok()).isFalse();
        assertThat(partial.run().errors()).anySatisfy(e -> assertThat(e).startsWith("[SC404] relation field `Order.lines` could "
                + "pair with `order`, `previous` on `OrderLine`").contains("at: q/Order.java:22 (Order.lines, read from its class file)"));
    }

    /**
     * The line a type's record keeps is its name's, past the annotations, where javac shows a
     * message on the type in a fresh build: a partial build's "read from its class file" says the same line.
     */
    @Test
    void theRecordedLineOfATypeIsTheLineOfItsName() throws java.io.IOException {
        full(tmp.resolve("full"));
        String record = java.nio.file.Files.readString(tmp.resolve("full/q/Order.schemac-record"));
        int nameLine = java.util.Arrays.asList(source("q/Order.java").split("\n")).indexOf("public record Order(") + 1;
        assertThat(nameLine).isGreaterThan(10);
        assertThat(record).contains("q/Order.java:" + nameLine).doesNotContain("q/Order.java:10");
    }

    /** The text of one of the model's sources, by path. */
    private static String source(String path) {
        for (JavaFileObject f : RebuildModel.all()) {
            if (f.getName().equals(path)) {
                try {
                    return f.getCharContent(true).toString();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        throw new AssertionError(path);
    }

    static void assertSameOutputs(String what, Map<String, String> expected, Map<String, String> actual) {
        assertThat(actual.keySet()).as(what).containsExactlyElementsOf(expected.keySet());
        for (String path : expected.keySet()) {
            assertThat(actual.get(path)).as(what + ": " + path + Equivalence.firstDifference(expected.get(path), actual.get(path)))
                    .isEqualTo(expected.get(path));
        }
    }

    static void copy(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) Files.createDirectories(target);
                else Files.copy(f, target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The class output as a jar, as a build tool packages a module. */
    static Path jar(Path classes, Path jar) throws IOException {
        try (var out = new JarOutputStream(Files.newOutputStream(jar)); Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
                Files.copy(f, out);
                out.closeEntry();
            }
        }
        return jar;
    }
}
