package dev.schemac.diag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiagnosticTest {
    /** A help built afresh by each pass that finds the problem, as a capturing lambda is. */
    private static Diagnostic found(String field) {
        Help help = s -> "add " + s.attribute("@index") + " to `" + field + "`";
        return new Diagnostic("SC504", Severity.ERROR, null, "`" + field + "` cannot be indexed on MySQL", help);
    }

    @Test
    void oneProblemFoundByTwoPassesIsOneDiagnostic() {
        var a = found("body");
        var b = found("body");
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(new LinkedHashSet<>(List.of(a, b))).hasSize(1);
        assertThat(found("title")).isNotEqualTo(a);
    }

    @Test
    void aSpelledHelpIsNotAFixedOneWithTheSameText() {
        var spelled = found("body");
        var fixed = new Diagnostic(spelled.code(), spelled.severity(), null, spelled.message(), spelled.help(), List.of());
        assertThat(fixed).isNotEqualTo(spelled);
        assertThat(fixed.withSeverity(Severity.WARNING)).isNotEqualTo(fixed);
    }
}
