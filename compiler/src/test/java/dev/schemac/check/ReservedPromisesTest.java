package dev.schemac.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.compile.Compilation;
import dev.schemac.compile.Compiler;
import dev.schemac.diag.Diagnostic;
import dev.schemac.gen.TargetOptions;
import dev.schemac.gen.Targets;
import dev.schemac.support.TestModels;
import dev.schemac.support.TestPaths;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What SC607 says a code target writes, the target writes: every renamed class, attribute,
 * member, model, enum, record, component and constant named in a warning's help is found in
 * that target's output, in the place the warning names. The one exception the rule states: a
 * renamed name that meets another name the output declares moves aside again ({@code and_} for
 * a field beside a class {@code and_} becomes {@code and__}), and then that other name is there.
 */
class ReservedPromisesTest {
    private static final Pattern PROMISE = Pattern.compile(
            "(the SQLModel target|the Prisma target|the Java target|the Java metamodel) names the ([a-z ]+?) `([^`]+)`");

    static Stream<Path> models() {
        var out = new ArrayList<>(TestModels.reservedWords());
        out.add(TestPaths.testResources().resolve("checks/naming/SC607-reserved.schema"));
        out.add(TestPaths.testResources().resolve("checks/naming/SC603-field-case.schema"));
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void everyRenameSc607AnnouncesIsInTheOutput(Path schema) {
        Compilation c = Compiler.compile(List.of(schema));
        assertThat(c.hasErrors()).as("%s", c.diagnostics()).isFalse();
        var r = Targets.run(c, List.of(Targets.byName("sqlmodel").orElseThrow(), Targets.byName("prisma").orElseThrow(),
                Targets.byName("java").orElseThrow()), TargetOptions.defaults());
        assertThat(r.hasErrors()).as("%s", r.diagnostics()).isFalse();
        Map<String, String> files = r.files();
        String python = files.get("sqlmodel/models.py");
        String prisma = files.get("prisma/schema.prisma");
        String java = String.join("\n", files.entrySet().stream().filter(e -> e.getKey().endsWith(".java"))
                .map(Map.Entry::getValue).toList());
        int promises = 0;
        for (Diagnostic d : c.diagnostics()) {
            if (!d.code().equals("SC607") || d.help() == null) continue;
            var m = PROMISE.matcher(d.help());
            while (m.find()) {
                promises++;
                String text = m.group(1).contains("SQLModel") ? python : m.group(1).contains("Prisma") ? prisma : java;
                String exact = declaration(m.group(1) + " " + m.group(2), Pattern.quote(m.group(3)), m.group());
                if (Pattern.compile(exact).matcher(text).find()) continue;
                // Moved aside: the name with the output's collision suffix, and the name it met declared in the output.
                String suffix = m.group(1).contains("SQLModel") ? "_+" : m.group(1).contains("Prisma") ? "\\d+" : "_\\d+";
                String moved = declaration(m.group(1) + " " + m.group(2), Pattern.quote(m.group(3)) + suffix, m.group());
                assertThat(Pattern.compile(moved).matcher(text).find()).as("%s: %s", d.message(), m.group()).isTrue();
                assertThat(Pattern.compile("\\b" + Pattern.quote(m.group(3)) + "\\b[(: {=]").matcher(text).find())
                        .as("%s: %s moved aside for another name", d.message(), m.group()).isTrue();
            }
        }
        assertThat(promises).as("the model makes SC607 announce renames").isPositive();
    }

    /** Where a target declares a name of the given kind, as a pattern. */
    private static String declaration(String kind, String name, String promise) {
        return switch (kind) {
            case "the SQLModel target attribute" -> "(?m)^    " + name + ": ";
            case "the SQLModel target class" -> "(?m)^class " + name + "\\(";
            case "the SQLModel target member" -> "(?m)^    " + name + " = \"";
            case "the Prisma target model" -> "(?m)^model " + name + " \\{";
            case "the Prisma target enum" -> "(?m)^enum " + name + " \\{";
            case "the Java target record" -> "public record " + name + "\\(";
            case "the Java target enum" -> "public enum " + name + " \\{";
            case "the Java target record component" -> "@param " + name + " column ";
            case "the Java target constant" -> "(?m)^    " + name + "\\(\"";
            case "the Java metamodel constant" -> "public static final String " + name + " = ";
            default -> throw new AssertionError("a promise this test does not know: " + promise);
        };
    }
}
