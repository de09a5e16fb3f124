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
     * and syntax errors, which in Java only {@code @Check}/{@code @Default} text can meet, written in the language's
     * syntax), and SC207 (a {@code with} clause naming no mixin: a Java mixin is a type javac has resolved).
     */
    private static boolean schemaTextOnly(String code) {
        return code.compareTo("SC200") < 0 || code.equals("SC207");
    }

    /**
     * Models only {@code .schema} text can write: {@code @@query}'s {@code where:} and {@code order:} lists (schemac's
     * {@code @Query} takes the words alone).
     */
    private static final Set<String> SCHEMA_TEXT_MODELS = Set.of("SC311_query_fields.schema");

    private static Stream<Path> walk(Path dir) {
        try {
            return Files.walk(dir).toList().stream();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void noHelpOfAnyCodeSpellsTheLanguagesWay() throws IOException {
        Path resources = Equivalence.root().resolve("compiler/src/test/resources");
        var bad = new ArrayList<String>();
        Set<String> codes = new TreeSet<>();
        // The newcomer corpus (other tools' habits in .schema text, answered by the reader) is the reader's business.
        try (Stream<Path> files = Stream.of("diagnostics", "checks", "decompositions")
                .flatMap(d -> walk(resources.resolve(d)))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".schema") && !p.getFileName().toString().startsWith("_")
                    && !SCHEMA_TEXT_MODELS.contains(p.getFileName().toString()))
                    .sorted().toList()) {
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
        assertThat(codes).as("the expectations set off the compiler's codes").hasSizeGreaterThan(100);
        assertThat(bad).as("helps that spell the .schema way").isEmpty();
    }
}
