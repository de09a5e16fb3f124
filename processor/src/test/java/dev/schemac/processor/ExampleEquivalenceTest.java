package dev.schemac.processor;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * examples/java-annotated compiled here, in memory, against examples/shop/shop.schema: the
 * same check its own Maven build makes, so a processor change that breaks it fails in this
 * module first. JSpecify's {@code @Nullable} is stood in for by a type-use annotation of
 * the same name, which is all the nullability rule looks at.
 */
class ExampleEquivalenceTest {

    private static List<JavaFileObject> exampleSources() throws IOException {
        Path src = Equivalence.root().resolve("examples/java-annotated/src/main/java");
        var files = new ArrayList<JavaFileObject>();
        files.add(Sources.typeUseNullable("org.jspecify.annotations"));
        try (Stream<Path> w = Files.walk(src)) {
            for (Path p : w.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                files.add(JavaFileObjects.forResource(p.toUri().toURL()));
            }
        }
        return files;
    }

    @Test
    void annotatedShopEqualsShopSchemaForEveryTarget() throws IOException {
        var expected = Equivalence.dsl(Equivalence.root().resolve("examples/shop/shop.schema"),
                Equivalence.options("dev.schemac.examples.shop"));
        Equivalence.assertSameFiles(expected, Equivalence.java(Sources.compile(exampleSources())));
    }

    @Test
    void theOrderJavacIsGivenTheFilesInChangesNothing() throws IOException {
        var files = exampleSources();
        var forward = Equivalence.java(Sources.compile(files));
        var reversed = new ArrayList<>(files);
        Collections.reverse(reversed);
        assertThat(Equivalence.java(Sources.compile(reversed))).isEqualTo(forward);
    }
}
