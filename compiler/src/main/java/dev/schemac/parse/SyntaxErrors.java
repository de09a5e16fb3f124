package dev.schemac.parse;

import dev.schemac.diag.Diagnostic;
import dev.schemac.diag.Messages;
import dev.schemac.grammar.SchemaLexer;
import dev.schemac.grammar.SchemaParser;
import dev.schemac.source.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * Turns ANTLR's syntax errors into diagnostics in plain words. ANTLR's own messages name
 * grammar tokens ("mismatched input 'x' expecting IDENT"); users should read "expected a
 * name" instead, and never see the console output ANTLR prints by default.
 */
final class SyntaxErrors extends BaseErrorListener {
    private final Offsets offsets;
    private final List<Diagnostic> out = new ArrayList<>();
    private int lastErrorOffset = -1;

    SyntaxErrors(Offsets offsets) { this.offsets = offsets; }

    List<Diagnostic> diagnostics() { return out; }

    @Override
    public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int charPositionInLine,
                            String msg, RecognitionException e) {
        if (!(offendingSymbol instanceof Token token)) {
            return; // lexer errors cannot happen: BAD_CHAR catches every character
        }
        // The end of the file is reported on its last line (after its last character that is not
        // white space), not on the empty line after a final newline.
        int start = token.getType() == Token.EOF ? endOfContent() : offsets.charIndex(token.getStartIndex());
        // Recovery may report the same spot again after inserting a token; once is enough.
        if (start == lastErrorOffset) return;
        lastErrorOffset = start;
        int stop = token.getType() == Token.EOF ? start : offsets.charIndex(token.getStopIndex() + 1);
        Span at = offsets.span(start, stop);
        switch (token.getType()) {
            case SchemaLexer.UNTERMINATED_STRING -> out.add(Messages.unterminatedString(at));
            case SchemaLexer.UNTERMINATED_COMMENT -> out.add(Messages.unterminatedComment(offsets.span(start, start + 2)));
            case SchemaLexer.BAD_CHAR -> out.add(Messages.badCharacter(at, describeChar(token.getText())));
            default -> out.add(Messages.syntax(at, describe(token), expected((Parser) recognizer, e)));
        }
    }

    private int endOfContent() {
        String text = offsets.file().text();
        int end = text.length();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) end--;
        return end;
    }

    private static String expected(Parser parser, RecognitionException e) {
        IntervalSet set = e != null && e.getExpectedTokens() != null ? e.getExpectedTokens() : parser.getExpectedTokens();
        var names = new TreeSet<String>();
        boolean name = false;
        for (int type : set.toList()) {
            switch (type) {
                case SchemaLexer.IDENT, SchemaLexer.SCHEMA, SchemaLexer.IMPORT, SchemaLexer.ENUM,
                     SchemaLexer.MIXIN, SchemaLexer.ENTITY, SchemaLexer.WITH -> name = true;
                default -> names.add(describeType(type));
            }
        }
        if (name) {
            // At the top level the keywords are what is expected, not any name.
            if (set.contains(SchemaLexer.ENTITY) && set.contains(SchemaLexer.IMPORT) && !set.contains(SchemaLexer.IDENT)) {
                names.add("`schema`, `import`, `enum`, `mixin` or `entity`");
                names.remove("end of file");
                names.add("end of file");
            } else {
                names.add("a name");
            }
        }
        if (names.isEmpty()) return "";
        var list = new ArrayList<>(names);
        if (list.size() == 1) return list.get(0);
        return String.join(", ", list.subList(0, list.size() - 1)) + " or " + list.get(list.size() - 1);
    }

    private static String describe(Token t) {
        if (t.getType() == Token.EOF) return "end of file";
        return switch (t.getType()) {
            case SchemaLexer.IDENT -> "name `" + t.getText() + "`";
            case SchemaLexer.NUMBER -> "number `" + t.getText() + "`";
            case SchemaLexer.STRING -> "string " + abbreviate(t.getText());
            default -> "`" + abbreviate(t.getText()) + "`";
        };
    }

    private static String describeType(int type) {
        if (type == Token.EOF) return "end of file";
        if (type == SchemaLexer.NUMBER) return "a number";
        if (type == SchemaLexer.STRING) return "a string";
        String literal = SchemaParser.VOCABULARY.getLiteralName(type);
        return literal != null ? "`" + literal.substring(1, literal.length() - 1) + "`"
                : SchemaParser.VOCABULARY.getDisplayName(type);
    }

    private static String abbreviate(String s) {
        return s.length() > 30 ? s.substring(0, 27) + "..." : s;
    }

    private static String describeChar(String s) {
        int cp = s.codePointAt(0);
        if (cp < 0x20 || cp == 0x7f || Character.isWhitespace(cp)) return String.format("U+%04X", cp);
        return "`" + s + "` (U+" + String.format("%04X", cp) + ")";
    }
}
