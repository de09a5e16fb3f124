package dev.schemac.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.grammar.SchemaLexer;
import dev.schemac.grammar.SchemaParser;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.junit.jupiter.api.Test;

/**
 * {@link SchemaReader#isName} reads {@code IDENT}'s pattern by hand; the grammar is the rule's
 * home, so every answer is held against the grammar's own {@code ident}: the text lexes to one
 * token, all of it, that {@code ident} accepts.
 */
class SchemaNameTest {
    private static final char[] ALPHABET = {'a', 'z', 'A', 'Z', '_', '0', '9', 'e', ' ', '\t', '\n', '\uFEFF', '-', '.',
            '"', '/', '*', '@', '$', '\u00e9', '\u0130', '\u212A'};

    @Test
    void everyShortTextIsANameExactlyWhenTheGrammarsIdentTakesIt() {
        List<String> texts = new ArrayList<>(List.of(""));
        for (int length = 1; length <= 3; length++) {
            var longer = new ArrayList<String>();
            for (String t : texts) if (t.length() == length - 1) for (char c : ALPHABET) longer.add(t + c);
            texts.addAll(longer);
        }
        for (int c = 0; c < 0x3000; c++) texts.add("x" + (char) c);
        for (int c = 0; c < 0x3000; c++) texts.add(String.valueOf((char) c));
        for (String t : texts) assertThat(SchemaReader.isName(t)).as("%s", escaped(t)).isEqualTo(identTakes(t));
    }

    @Test
    void everyWordOfTheGrammarIsHeldToo() {
        var words = new ArrayList<String>();
        for (int type = 1; type <= SchemaLexer.VOCABULARY.getMaxTokenType(); type++) {
            String literal = SchemaLexer.VOCABULARY.getLiteralName(type);
            if (literal != null) words.add(literal.substring(1, literal.length() - 1));
        }
        assertThat(words).contains("schema", "entity", "with", "{", "->");
        for (String w : words) {
            for (String t : List.of(w, w + "s", "_" + w, w.toUpperCase(java.util.Locale.ROOT), w + "1", w + " ")) {
                assertThat(SchemaReader.isName(t)).as("%s", escaped(t)).isEqualTo(identTakes(t));
            }
        }
        assertThat(SchemaReader.isName("entity")).isTrue();
        assertThat(SchemaReader.isName("createdAt_2")).isTrue();
        assertThat(SchemaReader.isName("2fa")).isFalse();
        assertThat(SchemaReader.isName("na$me")).isFalse();
        assertThat(SchemaReader.isName("caf\u00e9")).isFalse();
    }

    /** The grammar's answer: the text is one token, all of it, that the {@code ident} rule accepts. */
    private static boolean identTakes(String text) {
        var lexer = new SchemaLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        var tokens = lexer.getAllTokens();
        if (tokens.size() != 1 || !tokens.get(0).getText().equals(text)) return false;
        var parser = new SchemaParser(new CommonTokenStream(new ListTokenSource(tokens)));
        parser.removeErrorListeners();
        parser.setErrorHandler(new BailErrorStrategy());
        try {
            parser.ident();
            return true;
        } catch (ParseCancellationException e) {
            return false;
        }
    }

    private static String escaped(String t) {
        var b = new StringBuilder("\"");
        t.chars().forEach(c -> b.append(c >= 0x20 && c < 0x7F ? String.valueOf((char) c) : String.format("\\u%04X", c)));
        return b.append('"').toString();
    }
}
