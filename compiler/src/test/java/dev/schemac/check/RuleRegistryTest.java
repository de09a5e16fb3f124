package dev.schemac.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.schemac.diag.CodeDoc;
import dev.schemac.diag.Severity;
import dev.schemac.testing.ExpectedDiagnostics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RuleRegistryTest {

    @Test
    void rulesLoadWithUniqueCodesInTheirRanges() {
        List<Rule> rules = Rules.all();
        assertThat(rules).hasSizeGreaterThanOrEqualTo(28);
        assertThat(rules).extracting(Rule::code).doesNotHaveDuplicates().isSorted()
                .allMatch(c -> c.matches("SC[678][0-9]{2}"));
        assertThat(rules).allSatisfy(r -> {
            assertThat(r.title()).isNotBlank();
            assertThat(r.rationale()).hasSizeGreaterThan(120);
        });
    }

    @Test
    void everyRuleHasAModelMadeToBreakIt() {
        var inputs = ExpectedDiagnostics.inputs("checks").toList();
        for (Rule r : Rules.all()) {
            assertThat(inputs).as("a checks/**/%s-*.schema case", r.code())
                    .anyMatch(p -> p.getFileName().toString().startsWith(r.code() + "-"));
            Path breaking = inputs.stream().filter(p -> p.getFileName().toString().startsWith(r.code() + "-"))
                    .findFirst().orElseThrow();
            assertThat(read(ExpectedDiagnostics.expectedFile(breaking)))
                    .as("%s fires on %s", r.code(), breaking).containsPattern("(?m)^[0-9]+:[0-9]+ " + r.code() + " ");
        }
    }

    @Test
    void explainListsEveryRule() {
        for (Rule r : Rules.all()) {
            var doc = CodeDoc.byId(r.code()).orElseThrow();
            assertThat(doc.title()).isEqualTo(r.title());
            assertThat(doc.defaultSeverity()).isEqualTo(r.defaultSeverity());
            assertThat(doc.explanation()).isEqualTo(r.rationale());
        }
    }

    @Test
    void docsRulesListsEveryCodeWithItsSeverity() {
        String doc = read(Path.of("../docs/rules.md"));
        for (Rule r : Rules.all()) {
            var heading = Pattern.compile("(?m)^### " + r.code() + " .*$").matcher(doc);
            assertThat(heading.find()).as("docs/rules.md has a `### %s` section", r.code()).isTrue();
            String section = doc.substring(heading.start(), next(doc, heading.end()));
            assertThat(section).as("%s section states its default severity", r.code())
                    .contains("Default severity: " + r.defaultSeverity().label());
            assertThat(section).as("%s section has an example", r.code()).contains("```schema");
        }
    }

    @Test
    void twoRulesWithOneCodeAreRejected() {
        Rule a = new UnknownSeverityCode();
        Rule b = new UnknownSeverityCode();
        assertThatThrownBy(() -> Rules.sorted(List.of(a, b))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("SC600");
    }

    @Test
    void codesOutsideTheRuleRangeAreRejected() {
        assertThatThrownBy(() -> new Rule("SC208", Severity.WARNING, "t", "r") {
            @Override public void check(CheckContext context, Reporter out) {}
        }).isInstanceOf(IllegalArgumentException.class);
    }

    private static int next(String doc, int from) {
        int i = doc.indexOf("\n### ", from);
        int j = doc.indexOf("\n## ", from);
        int end = doc.length();
        if (i >= 0) end = Math.min(end, i);
        if (j >= 0) end = Math.min(end, j);
        return end;
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new AssertionError("cannot read " + p, e);
        }
    }
}
