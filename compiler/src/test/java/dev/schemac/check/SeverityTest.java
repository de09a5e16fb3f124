package dev.schemac.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.check.design.MoneyAsFloat;
import dev.schemac.check.design.SecretCannotHoldHash;
import dev.schemac.check.normalform.NonKeyDeterminant;
import dev.schemac.check.normalform.TransitiveDependency;
import dev.schemac.compile.Compilation;
import dev.schemac.compile.Compiler;
import dev.schemac.diag.Diagnostic;
import dev.schemac.diag.Severity;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SeverityTest {
    private static final String ADDRESS = """
            /// A postal address.
            entity Address {
              street  string(200)
              zip     string(10)
              city    string(100)
              @@depends(zip -> city)
            }
            """;

    @Test
    void defaultsApplyWithoutSettings() {
        var p = new SeverityPolicy(Map.of(), false);
        assertThat(p.severityOf(new TransitiveDependency())).contains(Severity.WARNING);
        assertThat(p.severityOf(new MoneyAsFloat())).contains(Severity.WARNING);
        assertThat(p.severityOf(new SecretCannotHoldHash())).contains(Severity.ERROR);
    }

    @Test
    void strictEscalatesNormalFormWarningsOnly() {
        var p = new SeverityPolicy(Map.of(), true);
        assertThat(p.severityOf(new TransitiveDependency())).contains(Severity.ERROR);
        assertThat(p.severityOf(new NonKeyDeterminant())).contains(Severity.INFO);
        assertThat(p.severityOf(new UnknownSeverityCode())).contains(Severity.WARNING);
    }

    @Test
    void anExplicitLevelWinsOverStrictAndOffDropsTheFinding() {
        var p = new SeverityPolicy(Map.of("SC804", "warning", "SC706", "off"), true);
        assertThat(p.severityOf(new TransitiveDependency())).contains(Severity.WARNING);
        assertThat(p.severityOf(new MoneyAsFloat())).isEqualTo(Optional.empty());
    }

    @Test
    void theCommandLineWinsOverTheHeader() {
        String source = "schema t {\n  severity = [\"SC804=info\"]\n}\n" + ADDRESS;
        assertThat(codes(compile(source, Map.of(), false))).containsExactly("SC804 info");
        assertThat(codes(compile(source, Map.of("SC804", "error"), false))).containsExactly("SC804 error");
        assertThat(codes(compile(source, Map.of("sc804", "off"), false))).isEmpty();
    }

    @Test
    void strictFromTheCommandLineMakesTheCompilationFail() {
        Compilation c = compile(ADDRESS, Map.of(), true);
        assertThat(codes(c)).containsExactly("SC804 error");
        assertThat(c.hasErrors()).isTrue();
        assertThat(c.model()).isNull();
        assertThat(c.analyses()).isNotNull();
    }

    static Compilation compile(String source, Map<String, String> severities, boolean strict) {
        Path path = Path.of("mem/t.schema");
        return Compiler.compile(List.of(path), p -> source.getBytes(StandardCharsets.UTF_8), severities, strict);
    }

    static List<String> codes(Compilation c) {
        return c.diagnostics().stream().map((Diagnostic d) -> d.code() + " " + d.severity().label()).toList();
    }
}
