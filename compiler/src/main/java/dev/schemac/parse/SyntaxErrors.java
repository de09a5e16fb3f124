package dev.schemac.parse;

import dev.schemac.render.text.PlainText;
import dev.schemac.render.markdown.Quoted;
import dev.schemac.diag.Code;
import dev.schemac.diag.Diagnostic;
import dev.schemac.diag.Messages;
import dev.schemac.grammar.SchemaLexer;
import dev.schemac.grammar.SchemaParser;
import dev.schemac.source.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.TreeSet;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.ATNConfig;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * Turns ANTLR's syntax errors into diagnostics in plain words. ANTLR's own messages name
 * grammar tokens ("mismatched input 'x' expecting IDENT"); users should read "expected a
 * name" instead, and never see the console output ANTLR prints by default.
 */
final class SyntaxErrors extends BaseErrorListener {
    private final Offsets offsets;
    private final List<Diagnostic> out = new ArrayList<>();
    private int lastErrorOffset = -1;
    private int lastErrorLine = -1;
    /** Lines on which the parser found an error, said or not: the tree built there is only recovery's guess. */
    private final Set<Integer> errorLines = new HashSet<>();

    SyntaxErrors(Offsets offsets) { this.offsets = offsets; }

    List<Diagnostic> diagnostics() {
        var sorted = new ArrayList<>(out);
        sorted.sort(java.util.Comparator.comparingInt(d -> d.span().start()));
        return sorted;
    }

    /**
     * Drops the errors on the lines that recovery glued onto a broken one: a member (a field, an enum value, a
     * setting) that starts on a line with an error and ends on a later line was read across the line break
     * (`# the headline, shown in lists` then `title string(200)` reads `lists title` as a field), so what the
     * parser says on those later lines only repeats the first mistake. An unterminated string or comment is
     * always said.
     */
    void dropGlued(ParseTree tree) {
        var glued = new HashSet<Integer>();
        collectGlued(tree, glued);
        if (glued.isEmpty()) return;
        out.removeIf(d -> glued.contains(d.span().line()) && !d.code().equals(Code.UNTERMINATED_STRING.id())
                && !d.code().equals(Code.UNTERMINATED_COMMENT.id()));
    }

    private void collectGlued(ParseTree node, Set<Integer> glued) {
        if (node instanceof SchemaParser.MemberContext || node instanceof SchemaParser.EnumValueContext
                || node instanceof SchemaParser.SettingContext) {
            var member = (ParserRuleContext) node;
            Token first = member.getStart(), last = member.getStop();
            if (first != null && last != null && errorLines.contains(first.getLine())) {
                for (int l = first.getLine() + 1; l <= last.getLine(); l++) glued.add(l);
            }
            return;
        }
        for (int k = 0; k < node.getChildCount(); k++) collectGlued(node.getChild(k), glued);
    }

    /** Whether {@code d} (of a later reading of the tree) is on a line where the parser found an error. */
    boolean onErrorLine(Diagnostic d) {
        return d.span() != null && errorLines.contains(d.span().line());
    }

    /**
     * Reports every unterminated string and comment from the tokens themselves: error recovery skips
     * tokens without a word (`a int ) = "abc` never reaches the string), and each hides the rest of
     * its line or file, so each is said whatever the parser makes of the text around it.
     */
    void unterminated(List<? extends Token> tokens) {
        for (Token t : tokens) {
            int start = offsets.charIndex(t.getStartIndex());
            if (t.getType() == SchemaLexer.UNTERMINATED_STRING || t.getType() == SchemaLexer.UNTERMINATED_COMMENT) {
                errorLines.add(t.getLine());
            }
            if (t.getType() == SchemaLexer.UNTERMINATED_STRING) {
                out.add(Messages.unterminatedString(offsets.span(start, offsets.charIndex(t.getStopIndex() + 1))));
            } else if (t.getType() == SchemaLexer.UNTERMINATED_COMMENT) {
                out.add(Messages.unterminatedComment(offsets.span(start, start + 2)));
            }
        }
    }

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
        // Recovery resynchronises token by token: a second error on the line of the first one (`a int ) )`), or
        // at the `}` right after it (`a int UNIQUE` reads `UNIQUE` as a field still wanting its type), only repeats
        // the first in grammar words. Suppression is per line: the next line's mistake is said again.
        int errorLine = offsets.span(start, start).line();
        boolean followOn = errorLine == lastErrorLine
                || (token.getType() == SchemaLexer.RBRACE && lastErrorLine >= 0 && previousLine(recognizer, token) == lastErrorLine);
        lastErrorLine = errorLine;
        errorLines.add(errorLine);
        // Unterminated strings and comments are said from the tokens (unterminated()), each once.
        if (followOn || token.getType() == SchemaLexer.UNTERMINATED_STRING || token.getType() == SchemaLexer.UNTERMINATED_COMMENT) {
            return;
        }
        // An attribute's `@` (or `@@`) that ends its line: the parser only stumbles at the next line's token, but the
        // mistake is the sigil with no name after it.
        Token sigil = sigilEndingLineBefore(recognizer, token);
        if (sigil != null) {
            int from = offsets.charIndex(sigil.getStartIndex());
            out.add(Messages.syntax(offsets.span(from, from + sigil.getText().length()),
                    "end of line after " + Quoted.name(sigil.getText()), expected((Parser) recognizer, e, token.getType())));
            return;
        }
        Token open = unclosedAbove(recognizer, token);
        if (open != null) {
            int from = offsets.charIndex(open.getStartIndex());
            out.add(Messages.unclosedBracket(offsets.span(from, from + 1), open.getText(),
                    open.getType() == SchemaLexer.LPAREN ? ")" : "]"));
            return;
        }
        int stop = token.getType() == Token.EOF ? start : offsets.charIndex(token.getStopIndex() + 1);
        Span at = offsets.span(start, stop);
        switch (token.getType()) {
            case SchemaLexer.BAD_CHAR -> {
                int cp = token.getText().codePointAt(0);
                out.add(Messages.isTypographicQuote(cp) ? Messages.typographicQuote(at, describeChar(token.getText()))
                        : nonAsciiLetter(cp) ? Messages.nonAsciiLetter(at, describeChar(token.getText()))
                        : Messages.badCharacter(at, describeChar(token.getText())));
            }
            default -> {
                Token glued = gluedLetter(recognizer, token);
                if (glued != null) {
                    // `entіty` with a Cyrillic `і`: the word the parser stumbles on is only the part before the letter.
                    int from = offsets.charIndex(glued.getStartIndex());
                    out.add(Messages.nonAsciiLetter(offsets.span(from, offsets.charIndex(glued.getStopIndex() + 1)),
                            describeChar(glued.getText())));
                } else {
                    out.add(Messages.syntax(at, describe(token), expected((Parser) recognizer, e, token.getType())));
                }
            }
        }
    }

    /**
     * The `(` or `[` left open on the line before {@code token}, when {@code token} starts what comes after that
     * line (the block's `}`, the end of the file, the next field `name type`): the parser only stumbles there,
     * on the line after the mistake. Arguments may go on over lines, so a line that ends open is no mistake
     * by itself.
     */
    private static Token unclosedAbove(Recognizer<?, ?> recognizer, Token token) {
        if (!(recognizer instanceof Parser parser)) return null;
        var stream = parser.getTokenStream();
        boolean next = token.getType() == SchemaLexer.RBRACE || token.getType() == Token.EOF;
        // Or the line holds a field of its own, `name type`, the parser stumbling at its name or (having taken
        // the name as an argument of the open bracket) at its type.
        Token first = token;
        if (!next && token.getType() == SchemaLexer.IDENT) {
            int before = previousOnChannel(stream, token.getTokenIndex() - 1);
            if (before >= 0 && stream.get(before).getLine() == token.getLine() && stream.get(before).getType() == SchemaLexer.IDENT
                    && (before == 0 || stream.get(previousOnChannel(stream, before - 1)).getLine() < token.getLine())) {
                first = stream.get(before);
                next = true;
            } else if (token.getTokenIndex() + 1 < stream.size()) {
                Token after = stream.get(nextOnChannel(stream, token.getTokenIndex() + 1));
                next = after.getType() == SchemaLexer.IDENT && after.getLine() == token.getLine();
            }
        }
        if (!next) return null;
        int depth = 0;
        int line = -1;
        for (int k = first.getTokenIndex() - 1; k >= 0; k--) {
            Token t = stream.get(k);
            if (t.getChannel() != Token.DEFAULT_CHANNEL) continue;
            if (line < 0) {
                if (t.getLine() == token.getLine()) return null;
                line = t.getLine();
            }
            if (t.getLine() != line) return null;
            int type = t.getType();
            if (type == SchemaLexer.RPAREN || type == SchemaLexer.RBRACKET) depth++;
            if (type == SchemaLexer.LPAREN || type == SchemaLexer.LBRACKET) {
                if (depth == 0) return t;
                depth--;
            }
        }
        return null;
    }

    /** The `@` or `@@` right before {@code token}, when it ends an earlier line. */
    private static Token sigilEndingLineBefore(Recognizer<?, ?> recognizer, Token token) {
        // At the end of the file the block left open is the mistake said (SC425), whatever its last line ends with.
        if (!(recognizer instanceof Parser parser) || token.getType() == Token.EOF) return null;
        var stream = parser.getTokenStream();
        int k = previousOnChannel(stream, token.getTokenIndex() - 1);
        if (k < 0) return null;
        Token before = stream.get(k);
        boolean sigil = before.getType() == SchemaLexer.AT || before.getType() == SchemaLexer.ATAT;
        return sigil && before.getLine() < token.getLine() ? before : null;
    }

    private static int previousOnChannel(org.antlr.v4.runtime.TokenStream stream, int from) {
        int k = from;
        while (k >= 0 && stream.get(k).getChannel() != Token.DEFAULT_CHANNEL) k--;
        return k;
    }

    /** A letter outside ASCII written right after {@code token}, a word: a look-alike or an accent that split the word. */
    private static Token gluedLetter(Recognizer<?, ?> recognizer, Token token) {
        if (!(recognizer instanceof Parser parser) || token.getType() != SchemaLexer.IDENT) return null;
        var stream = parser.getTokenStream();
        int k = token.getTokenIndex() + 1;
        if (k >= stream.size()) return null;
        Token next = stream.get(k);
        if (next.getType() != SchemaLexer.BAD_CHAR || next.getStartIndex() != token.getStopIndex() + 1) return null;
        int cp = next.getText().codePointAt(0);
        return nonAsciiLetter(cp) ? next : null;
    }

    /**
     * A letter beyond ASCII, as Unicode 13.0 (Java 17's) has it: a later JDK knows more letters,
     * and the message and its help would differ by the JDK that runs the check.
     */
    private static boolean nonAsciiLetter(int cp) {
        return cp > 0x7f && dev.schemac.naming.UnicodeIdentifiers.assigned(cp) && Character.isLetter(cp);
    }

    private static int nextOnChannel(org.antlr.v4.runtime.TokenStream stream, int from) {
        int k = from;
        while (k < stream.size() - 1 && stream.get(k).getChannel() != Token.DEFAULT_CHANNEL) k++;
        return k;
    }

    /** The line of the last token on the default channel before {@code token}. */
    private static int previousLine(Recognizer<?, ?> recognizer, Token token) {
        if (!(recognizer instanceof Parser parser)) return -1;
        var stream = parser.getTokenStream();
        for (int k = token.getTokenIndex() - 1; k >= 0; k--) {
            Token t = stream.get(k);
            if (t.getChannel() == Token.DEFAULT_CHANNEL) return t.getLine();
        }
        return -1;
    }

    private int endOfContent() {
        String text = offsets.file().text();
        int end = text.length();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) end--;
        return offsets.file().first() + end;
    }

    private static String expected(Parser parser, RecognitionException e, int found) {
        IntervalSet set = expectedTokens(parser, e);
        // The token is wrong in this context, not of the wrong kind: "unexpected `(`, expected `(`" says nothing.
        if (set.contains(found)) return "";
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

    private static IntervalSet expectedTokens(Parser parser, RecognitionException e) {
        // A choice that fails tokens after its start (`@id(` then `}`) records what the choice itself began
        // with (`(`); what could have come at the token found is what its last live paths went on to.
        if (e instanceof NoViableAltException nv && nv.getStartToken() != nv.getOffendingToken() && nv.getDeadEndConfigs() != null) {
            var set = new IntervalSet();
            for (ATNConfig c : nv.getDeadEndConfigs()) set.addAll(parser.getATN().nextTokens(c.state));
            set.remove(Token.EPSILON);
            return set;
        }
        return e != null && e.getExpectedTokens() != null ? e.getExpectedTokens() : parser.getExpectedTokens();
    }

    private static String describe(Token t) {
        if (t.getType() == Token.EOF) return "end of file";
        return switch (t.getType()) {
            case SchemaLexer.IDENT -> "name " + Quoted.name(t.getText());
            case SchemaLexer.NUMBER -> "number " + Quoted.name(t.getText());
            case SchemaLexer.STRING -> "string " + abbreviate(t.getText());
            default -> Quoted.name(abbreviate(t.getText())) + "";
        };
    }

    private static String describeType(int type) {
        if (type == Token.EOF) return "end of file";
        if (type == SchemaLexer.NUMBER) return "a number";
        if (type == SchemaLexer.STRING) return "a string";
        String literal = SchemaParser.VOCABULARY.getLiteralName(type);
        return literal != null ? Quoted.name(literal.substring(1, literal.length() - 1))
                : SchemaParser.VOCABULARY.getDisplayName(type);
    }

    private static String abbreviate(String s) {
        return s.length() > 30 ? s.substring(0, 27) + "..." : s;
    }

    private static String describeChar(String s) {
        int cp = s.codePointAt(0);
        // NEL is no Java whitespace, but a line break to a reader: a code span would show it as a space.
        if (cp < 0x20 || cp == 0x7f || Character.isWhitespace(cp) || PlainText.isLineBreak(cp)) return PlainText.describe(cp);
        return Quoted.name(s) + ", " + PlainText.describe(cp);
    }
}
