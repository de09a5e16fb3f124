package dev.schemac.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.diag.Diagnostic;
import dev.schemac.diag.Messages;
import dev.schemac.grammar.SchemaLexer;
import dev.schemac.source.SourceFile;
import dev.schemac.support.TestPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Test;

/**
 * The habit scan passes over a field line written as the language writes one without examining it. That must
 * lose nothing: on every model the tests hold, and on lines made to sit just beside a plain one, the scan that
 * passes plain lines over finds the same habits, and explains the same places, as the one that examines all.
 */
class HabitsPlainLinesTest {
    /** Lines one token away from a plain field line, each of which a habit answers or could answer. */
    private static final List<String> NEAR_PLAIN = List.of(
            "a int @id = uuid()", "a int @default(1) = 2", "a int = 1 NOT NULL", "a int NOT NULL", "a int = 1,", "a int,", "a int @id,",
            "a int;", "a string = 'x'", "a String!", "a int -- note", "a int # note", "a int @db.VarChar(20)",
            "a B @relation(fields: [b_id], references: [id])", "a int[ref: > b.id]", "a int ref: > b.id", "a int [pk]",
            "a string?[]", "a List<B>", "a b int", "a enum('x', 'y')", "index idx (a)", "unique (a, b)", "primary key (a)",
            "key k (a)", "constraint pk primary key (a)", "foreign key (a) references b(id)", "Note: 'n'", "a? int",
            "a-b int", "a: int", "a int = f([) @x = 1", "a int = f( @x = 1", "a int =", "a int = -1 @check(> -2)",
            "a decimal(12, 2) @check(>= 0) @map(\"a_b\")", "a int @@index(a)", "a int @unique\n  @index", "name\n  string");

    @Test
    void everyModelOfTheTestsGetsTheSameAnswers() throws IOException {
        List<Path> models;
        try (Stream<Path> all = Files.walk(TestPaths.testResources())) {
            models = all.filter(p -> p.toString().endsWith(".schema")).sorted().toList();
        }
        assertThat(models).hasSizeGreaterThan(100);
        for (Path model : models) sameAnswers(model.toString(), new String(Files.readAllBytes(model), StandardCharsets.UTF_8));
    }

    @Test
    void linesBesideAPlainOneGetTheSameAnswers() {
        for (String line : NEAR_PLAIN) {
            sameAnswers(line, "entity B {\n  x int\n}\n\nentity A {\n  f string(80)\n  " + line + "\n  g int?\n}\n");
            sameAnswers(line, "mixin M {\n  " + line + "\n}\n");
        }
    }

    private static void sameAnswers(String name, String text) {
        var file = new SourceFile(name, text);
        var offsets = new Offsets(file);
        var lexer = new SchemaLexer(CharStreams.fromString(text, name));
        lexer.removeErrorListeners();
        var stream = new CommonTokenStream(lexer);
        stream.fill();
        List<Token> tokens = stream.getTokens();
        Habits passing = new Habits(offsets, tokens, true).scan();
        Habits examining = new Habits(offsets, tokens, false).scan();
        assertThat(passing.diagnostics()).as(name).isEqualTo(examining.diagnostics());
        // Whether each place a parser error could be reported at is explained.
        var probes = new ArrayList<Diagnostic>();
        for (Token t : tokens) {
            int at = offsets.charIndex(Math.max(0, t.getStartIndex()));
            probes.add(Messages.tooDeep(offsets.span(at, at + 1)));
        }
        for (Diagnostic probe : probes) {
            assertThat(passing.explains(probe)).as(name + " at " + probe.span()).isEqualTo(examining.explains(probe));
        }
    }
}
