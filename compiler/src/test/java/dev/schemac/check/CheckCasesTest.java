package dev.schemac.check;

import dev.schemac.compile.Compiler;
import dev.schemac.testing.ExpectedDiagnostics;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every model under {@code checks/} compiled, its diagnostics compared with the expected file
 * beside it. Each rule has a model made to break it (and its quiet cases); the file name says
 * which rule.
 */
class CheckCasesTest {

    static Stream<Path> cases() {
        return ExpectedDiagnostics.inputs("checks");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void diagnosticsMatchTheExpectedFile(Path input) {
        ExpectedDiagnostics.verify(input, Compiler.compile(List.of(input)).diagnostics());
    }
}
