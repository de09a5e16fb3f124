package dev.schemac.parse;

import dev.schemac.ast.SchemaFile;
import dev.schemac.diag.Diagnostic;
import dev.schemac.diag.Messages;
import dev.schemac.grammar.SchemaLexer;
import dev.schemac.grammar.SchemaParser;
import dev.schemac.source.LineBreaks;
import dev.schemac.source.SourceFile;
import dev.schemac.source.Utf8;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/** Reads .schema text into an AST: the entry point of the DSL front end. */
public final class SchemaReader {
    private SchemaReader() {}

    /** Decodes bytes strictly as UTF-8; binary input becomes a diagnostic, not mojibake. */
    public static ParseResult read(String path, byte[] bytes) {
        var decoded = Utf8.decode(path, bytes);
        if (!decoded.ok()) {
            return new ParseResult(new SchemaFile(decoded.file(), List.of()),
                    List.of(Messages.notText(decoded.bad(), "malformed UTF-8 sequence")));
        }
        String text = decoded.file().text();
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            var file = decoded.file();
            return new ParseResult(new SchemaFile(file, List.of()),
                    List.of(Messages.notText(new dev.schemac.source.Span(file, nul, nul + 1), "it contains NUL bytes")));
        }
        return parse(decoded.file());
    }

    /** Bracket nesting the parser would recurse into; far beyond any real model. */
    static final int MAX_NESTING = 64;

    /**
     * Refuses absurd nesting before parsing, so the parser's recursion depth is bounded by
     * design rather than by whatever stack the thread happens to have.
     */
    private static Diagnostic tooDeep(CommonTokenStream tokens, Offsets offsets) {
        int depth = 0;
        for (var t : tokens.getTokens()) {
            int type = t.getType();
            if (type == SchemaLexer.LBRACKET || type == SchemaLexer.LPAREN) {
                if (++depth > MAX_NESTING) {
                    int at = offsets.charIndex(t.getStartIndex());
                    return Messages.tooDeep(offsets.span(at, at + 1));
                }
            } else if (type == SchemaLexer.RBRACKET || type == SchemaLexer.RPAREN) {
                depth = Math.max(0, depth - 1);
            }
        }
        return null;
    }

    /**
     * A {@code //}, {@code ///} or {@code /* *\/} comment, with char offsets and its text as
     * written; {@code toEndOfLine} for the line comments, which end only with their line. The
     * formatter writes every one of them back byte for byte (its line breaks as `\n`).
     */
    public record Comment(int start, int end, String text, boolean toEndOfLine) {}

    public static java.util.List<Comment> comments(SourceFile file) {
        var offsets = new Offsets(file);
        var lexer = new SchemaLexer(CharStreams.fromString(LineBreaks.forLexer(file.text()), file.path()));
        lexer.removeErrorListeners();
        var out = new ArrayList<Comment>();
        for (var t : lexer.getAllTokens()) {
            int type = t.getType();
            if (type == SchemaLexer.LINE_COMMENT || type == SchemaLexer.BLOCK_COMMENT || type == SchemaLexer.DOC_COMMENT) {
                // A block comment's line breaks are the formatter's to write, as `\n` like every other (the lexer's
                // text has a lone `\r` as `\n` already).
                String text = type == SchemaLexer.BLOCK_COMMENT ? t.getText().replace("\r\n", "\n") : t.getText();
                out.add(new Comment(offsets.charIndex(t.getStartIndex()), offsets.charIndex(t.getStopIndex() + 1), text,
                        type != SchemaLexer.BLOCK_COMMENT));
            }
        }
        return out;
    }

    /**
     * Whether {@code text} is one name of the language, as the grammar's {@code ident} takes
     * it (keywords included). The Java front end asks, since Java allows names (with
     * {@code $} or non-ASCII letters) that a {@code .schema} file could not write. Every
     * keyword is spelled as an {@code IDENT} would be, so the answer is {@code IDENT}'s
     * pattern, read here without a lexer run (the processor asks of every field of every
     * entity); {@code SchemaNameTest} holds it against the lexer.
     */
    public static boolean isName(String text) {
        if (text.isEmpty() || !isNameStart(text.charAt(0))) return false;
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isNameStart(c) && (c < '0' || c > '9')) return false;
        }
        return true;
    }

    /** {@code IDENT}'s first character, {@code [A-Za-z_]}. */
    private static boolean isNameStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    /**
     * The grammar's {@code file} rule (declarations up to the end), one declaration at a time, each
     * turned into its AST node as soon as it is parsed: the parse tree of one declaration is alive at
     * a time instead of the whole file's, which at thousands of entities was most of what the
     * collector copied while parsing. Throws as {@code file} would where the input does not parse.
     */
    private static SchemaFile declarationByDeclaration(SourceFile file, Offsets offsets, CommonTokenStream tokens,
                                                       SchemaParser parser, List<Diagnostic> built) {
        var builder = new AstBuilder(offsets, tokens, built);
        var decls = new ArrayList<dev.schemac.ast.Declaration>();
        while (tokens.LA(1) != Token.EOF) {
            var decl = builder.declarationOf(parser.declaration());
            if (decl != null) decls.add(decl);
        }
        return new SchemaFile(file, decls);
    }

    public static ParseResult parse(SourceFile file) {
        var json = JsonInput.recognise(file);
        if (json.isPresent()) return new ParseResult(new SchemaFile(file, List.of()), List.of(json.get()));
        var offsets = new Offsets(file);
        var errors = new SyntaxErrors(offsets);
        var lexer = new SchemaLexer(CharStreams.fromString(LineBreaks.forLexer(file.text()), file.path()));
        lexer.removeErrorListeners();
        var tokens = new CommonTokenStream(lexer);
        tokens.fill();
        var deep = tooDeep(tokens, offsets);
        if (deep != null) return new ParseResult(new SchemaFile(file, List.of()), List.of(deep));
        var comments = CommentCharacters.scan(tokens.getTokens(), offsets);
        var separators = InvisibleSeparators.scan(tokens.getTokens(), offsets);
        var parser = new SchemaParser(tokens);
        parser.removeErrorListeners();
        var built = new ArrayList<Diagnostic>();
        SchemaFile ast;
        SchemaParser.FileContext tree = null;
        try {
            // Two-stage parsing: the fast SLL mode succeeds on almost all input; only input
            // with errors is parsed again in full LL mode with recovery and reporting.
            parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
            parser.setErrorHandler(new BailErrorStrategy());
            try {
                ast = declarationByDeclaration(file, offsets, tokens, parser, built);
            } catch (ParseCancellationException e) {
                built.clear();
                tokens.seek(0);
                parser.reset();
                parser.addErrorListener(errors);
                errors.unterminated(tokens.getTokens());
                parser.setErrorHandler(new LineRecovery());
                parser.getInterpreter().setPredictionMode(PredictionMode.LL);
                tree = parser.file();
                errors.dropGlued(tree);
                ast = null;
            }
        } catch (StackOverflowError e) {
            return new ParseResult(new SchemaFile(file, List.of()),
                    List.of(Messages.tooDeep(new dev.schemac.source.Span(file, 0, 0))));
        }
        // What a newcomer wrote out of another tool's habit gets one answer, and the parser's
        // errors that only repeat it in grammar words are dropped.
        // Where the grammar accepted the file, a habit is only a guess until a later stage
        // refuses the text it explains (ParseResult.reconcile).
        var habits = new Habits(offsets, tokens.getTokens()).scan();
        var diagnostics = new ArrayList<Diagnostic>();
        var tentative = ParseResult.Tentative.NONE;
        if (errors.diagnostics().isEmpty()) {
            if (!habits.diagnostics().isEmpty()) tentative = new ParseResult.Tentative(file.path(), habits.diagnostics(), habits::explains);
        } else {
            diagnostics.addAll(habits.diagnostics());
            for (Diagnostic d : errors.diagnostics()) if (!habits.explains(d) && !InvisibleSeparators.explains(separators, d)) diagnostics.add(d);
        }
        // Building the tree of a file that did not parse reads what error recovery left (`<>` leaves `>0` where
        // a number was expected): on a line a habit explains, that is noise too.
        if (tree != null) ast = new AstBuilder(offsets, tokens, built).file(tree);
        boolean parsed = errors.diagnostics().isEmpty();
        // So is what it reads on a line where the parser stumbled (`string((20)` leaves `(20` as a number).
        for (Diagnostic d : built) if (parsed || (!habits.explains(d) && !errors.onErrorLine(d))) diagnostics.add(d);
        diagnostics.addAll(comments);
        for (Diagnostic d : separators) if (!habits.explains(d)) diagnostics.add(d);
        return new ParseResult(ast, diagnostics, tentative);
    }
}
