package dev.schemac.examples.shop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.compile.Compilation;
import dev.schemac.compile.Compiler;
import dev.schemac.gen.Target;
import dev.schemac.gen.TargetOptions;
import dev.schemac.gen.Targets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The two front ends agree: the files the processor wrote while this module compiled
 * (target/classes/schemac/) are byte for byte those that examples/shop/shop.schema gives,
 * for every target there is when the test runs. The processor ran with all targets, from
 * the same compiler this test uses, so a new target is covered without touching this test.
 */
class ShopEquivalenceTest {
    private static final Path MODULE = Path.of("").toAbsolutePath();
    private static final Path GENERATED = MODULE.resolve("target/classes/schemac");
    private static final Path SCHEMA = MODULE.resolve("../shop/shop.schema").normalize();

    private static Compilation dsl() {
        Compilation c = Compiler.compile(List.of(SCHEMA));
        assertThat(c.hasErrors()).as("shop.schema compiles").isFalse();
        return c;
    }

    private static Map<String, String> processorOutput() throws IOException {
        var out = new TreeMap<String, String>();
        try (Stream<Path> files = Files.walk(GENERATED)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                out.put(GENERATED.relativize(p).toString().replace('\\', '/'), Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    @Test
    void processorWroteExactlyTheFilesOfEveryTarget() throws IOException {
        var expected = Targets.run(dsl(), Targets.all(), TargetOptions.defaults());
        assertThat(expected.hasErrors()).isFalse();
        assertThat(Targets.all()).isNotEmpty();
        assertThat(processorOutput().keySet()).containsExactlyElementsOf(new TreeMap<>(expected.files()).keySet());
    }

    @TestFactory
    Stream<DynamicTest> eachTargetIsByteIdentical() throws IOException {
        Compilation c = dsl();
        var actual = processorOutput();
        return Targets.all().stream().map((Target t) -> DynamicTest.dynamicTest(t.name(), () -> {
            var expected = Targets.run(c, List.of(t), TargetOptions.defaults());
            assertThat(expected.files()).as("target %s generates something", t.name()).isNotEmpty();
            for (var e : expected.files().entrySet()) {
                assertThat(actual).as("%s wrote %s", t.name(), e.getKey()).containsKey(e.getKey());
                assertThat(actual.get(e.getKey())).as("%s: %s", t.name(), e.getKey()).isEqualTo(e.getValue());
            }
        }));
    }
}
