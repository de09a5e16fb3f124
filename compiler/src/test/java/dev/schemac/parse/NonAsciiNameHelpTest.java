package dev.schemac.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.compile.Compilation;
import dev.schemac.compile.Compiler;
import dev.schemac.diag.Diagnostic;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * SC103 on a letter outside ASCII in a name (`año`, `straße`, `número`): the help does not say
 * "remove it", which leaves another word (`ao`), but to spell the name in ASCII and keep the real
 * name with `@map`; followed, the model compiles and the column keeps its name.
 */
class NonAsciiNameHelpTest {

    @ParameterizedTest
    @CsvSource({"año,anio", "straße,strasse", "número,numero"})
    void theHelpKeepsTheRealNameAndFollowingItCompiles(String name, String ascii) {
        Compilation first = compile("entity Record {\n  " + name + " int\n}\n");
        Diagnostic d = first.diagnostics().stream().filter(x -> x.code().equals("SC103")).findFirst().orElseThrow();
        assertThat(d.help()).contains("spell it in ASCII").contains("@map(").doesNotStartWith("remove it");
        Compilation fixed = compile("entity Record {\n  " + ascii + " int @map(\"" + name + "\")\n}\n");
        assertThat(fixed.hasErrors()).as("%s", fixed.diagnostics()).isFalse();
        assertThat(fixed.catalog().tables().get(0).columns()).anyMatch(c -> c.name().equals(name));
    }

    @ParameterizedTest
    @CsvSource({"'$'", "'§'"})
    void anotherCharacterIsStillToBeRemoved(String ch) {
        Compilation c = compile("entity Record {\n  n int " + ch + "\n}\n");
        Diagnostic d = c.diagnostics().stream().filter(x -> x.code().equals("SC103")).findFirst().orElseThrow();
        assertThat(d.help()).startsWith("remove it");
    }

    private static Compilation compile(String model) {
        return Compiler.compile(List.of(Path.of("mem/m.schema")), p -> model.getBytes(StandardCharsets.UTF_8), Map.of(), false);
    }
}
