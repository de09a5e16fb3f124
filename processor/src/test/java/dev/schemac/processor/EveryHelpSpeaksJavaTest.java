package dev.schemac.processor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.compile.Compiler;
import dev.schemac.diag.Diagnostic;
import dev.schemac.gen.TargetOptions;
import dev.schemac.gen.Targets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every help the compiler can give, as the processor spells it: the compiler's own expectations (one model or more per
 * code, under compiler/src/test/resources) are compiled and run through every target, and each diagnostic's help is
 * rendered in both Java spellings (schemac's annotations and JPA's). None may write {@code .schema} syntax
 * ({@link HelpSpellingTest#SCHEMA_SPELLING}), whatever the code: a help that names what to write goes through the
 * front end's {@link dev.schemac.diag.Spelling}. The codes left out are those only a {@code .schema} file's text sets
 * off, the processor building the tree itself, or whose help speaks of text that is {@code .schema} syntax in Java too
 * (the text of {@code @Check} and {@code @Default}).
 */
class EveryHelpSpeaksJavaTest {
    /**
     * Codes the processor cannot produce, or whose help is about {@code .schema} text in Java too: the reader's (lexical
     * and syntax errors, which in Java only {@code @Check}/{@code @Default} text can meet, written in the language's syntax).
     */
    private static boolean schemaTextOnly(String code) {
        return code.compareTo("SC200") < 0;
    }

    @Test
    void noHelpOfAnyCodeSpellsTheLanguagesWay() throws IOException {
        Path resources = Equivalence.root().resolve("compiler/src/test/resources");
        var bad = new ArrayList<String>();
        Set<String> codes = new TreeSet<>();
        try (Stream<Path> files = Stream.concat(Files.list(resources.resolve("diagnostics")), Files.list(resources.resolve("newcomer")))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".schema")).sorted().toList()) {
                var c = Compiler.compile(List.of(file));
                var all = new ArrayList<Diagnostic>(c.diagnostics());
                if (!c.hasErrors()) all.addAll(Targets.run(c, Targets.all(), TargetOptions.defaults()).diagnostics());
                for (Diagnostic d : all) {
                    if (schemaTextOnly(d.code())) continue;
                    codes.add(d.code());
                    for (JavaSpelling spelling : List.of(JavaSpelling.INSTANCE, JavaSpelling.JPA)) {
                        String help = d.help(spelling);
                        if (help == null) continue;
                        // A 3NF decomposition is .schema text by design; the words around it are checked.
                        help = help.replaceAll("(?s):\\s*\n.*\n\\s*or, if the", ": (the decomposition) or, if the");
                        if (HelpSpellingTest.SCHEMA_SPELLING.matcher(help).find()) {
                            bad.add(d.code() + " (" + file.getFileName() + ", " + (spelling == JavaSpelling.JPA ? "JPA" : "schemac")
                                    + "): " + help);
                        }
                    }
                }
            }
        }
        assertThat(codes).as("the expectations set off the compiler's codes").hasSizeGreaterThan(150);
        assertThat(bad).as("helps that spell the .schema way").isEmpty();
    }
}
