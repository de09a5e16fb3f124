package dev.schemac.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.compile.Compiler;
import dev.schemac.diag.Diagnostic;
import dev.schemac.lang.ModelString;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * SC605's help is model source: written back into the model in place of the name it warns about,
 * it parses (no SC104 for an escape the language lacks) and SC605 has nothing more to say.
 */
class ColumnNameHelpTest {
    private static final Pattern SUGGESTED = Pattern.compile("use `(@map\\(\"(?:[^\"\\\\]|\\\\.)*\"\\))`");

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"la|b\\el", "a-key", "say \"hi\"", "userID", "au thor", "x--y_", "Name:Part", "Café", "ИмяКлиента", "Όνομα"})
    void theSuggestionParsesAndPassesTheRule(String column) throws Exception {
        var first = diagnostics("entity Thing {\n  v int @map(" + ModelString.quote(column) + ")\n}\n");
        var help = first.stream().filter(d -> d.code().equals("SC605")).findFirst().orElseThrow().help();
        var m = SUGGESTED.matcher(help);
        assertThat(m.find()).as("a suggestion in %s", help).isTrue();
        var second = diagnostics("entity Thing {\n  v int " + m.group(1) + "\n}\n");
        assertThat(second).as("%s", second).noneMatch(d -> d.isError() || d.code().equals("SC605"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1st", "__", "€"})
    void noSnakeCaseSpellingNoSuggestion(String column) throws Exception {
        var help = diagnostics("entity Thing {\n  v int @map(" + ModelString.quote(column) + ")\n}\n").stream()
                .filter(d -> d.code().equals("SC605")).findFirst().orElseThrow().help();
        assertThat(help).doesNotContain("@map(");
    }

    /** snake_case is judged by letter case, not by alphabet: a lower-case or caseless name of any script is one. */
    @ParameterizedTest
    @ValueSource(strings = {"имя_клиента", "όνομα", "名前", "नाम", "straße_2"})
    void aLowerCaseNameOfAnyScriptIsSnakeCase(String column) throws Exception {
        assertThat(diagnostics("entity Thing {\n  v int @map(" + ModelString.quote(column) + ")\n}\n"))
                .noneMatch(d -> d.code().equals("SC605"));
        assertThat(diagnostics("entity Thing {\n  v int\n  @@map(" + ModelString.quote(column) + ")\n}\n"))
                .noneMatch(d -> d.code().equals("SC604"));
    }

    private List<Diagnostic> diagnostics(String model) throws Exception {
        Path p = Files.writeString(dir.resolve("m.schema"), model, StandardCharsets.UTF_8);
        return Compiler.compile(List.of(p)).diagnostics();
    }
}
