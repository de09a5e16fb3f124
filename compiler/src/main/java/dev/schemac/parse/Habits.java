package dev.schemac.parse;

import dev.schemac.diag.Code;
import dev.schemac.diag.Diagnostic;
import dev.schemac.diag.Messages;
import dev.schemac.grammar.SchemaLexer;
import dev.schemac.lang.Attributes;
import dev.schemac.lang.ForeignHabits;
import dev.schemac.lang.ForeignHabits.Habit;
import dev.schemac.model.ScalarKind;
import dev.schemac.source.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import org.antlr.v4.runtime.Token;

/**
 * Recognises, in a file that does not parse, what a newcomer wrote out of another tool's habit
 * (a Prisma `model`, SQL's `NOT NULL`, `name: type`, a block left open) and answers it with one
 * diagnostic that says how it is written here. The parser's own errors on the lines a habit
 * explains are then dropped: they only repeat it in grammar words.
 *
 * <p>Blocks never nest in the language, so a `{` opened while another is open, or a file that
 * ends inside one, is a block left unclosed.
 */
final class Habits {
    private final Offsets offsets;
    private final List<Token> tokens;
    private final List<Diagnostic> found = new ArrayList<>();
    /** Lines whose parser errors a habit explains (1-based). */
    private final Set<Integer> explainedLines = new HashSet<>();
    /** Character ranges (start inclusive, end exclusive) whose parser errors a habit explains. */
    private final List<int[]> explainedRanges = new ArrayList<>();
    private final Set<String> declared = new HashSet<>();
    private boolean explainsEnd;

    Habits(Offsets offsets, List<Token> all) {
        this.offsets = offsets;
        var ts = new ArrayList<Token>();
        for (Token t : all) if (t.getChannel() == Token.DEFAULT_CHANNEL && t.getType() != Token.EOF) ts.add(t);
        this.tokens = ts;
        for (int i = 0; i + 1 < ts.size(); i++) {
            int type = ts.get(i).getType();
            if (type == SchemaLexer.ENTITY || type == SchemaLexer.ENUM || type == SchemaLexer.MIXIN) {
                declared.add(ts.get(i + 1).getText());
            }
        }
    }

    List<Diagnostic> diagnostics() { return found; }

    /** Whether a parser error is one a habit already explains. */
    boolean explains(Diagnostic d) {
        if (d.span() == null) return false;
        if (explainsEnd && d.span().start() >= lastTokenEnd()) return true;
        if (explainedLines.contains(d.span().line())) return true;
        for (int[] r : explainedRanges) if (d.span().start() >= r[0] && d.span().start() < r[1]) return true;
        return false;
    }

    Habits scan() {
        int i = 0;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            if (isDeclarationKeyword(t.getType())) {
                // `entity Name {` may be spread over lines (comments between its words are legal).
                int open = i + 2 < tokens.size() && tokens.get(i + 2).getType() == SchemaLexer.LBRACE ? i + 2
                        : indexOf(SchemaLexer.LBRACE, i, t.getLine() + 1);
                if (open < 0) { i++; continue; }
                i = block(i, open);
                continue;
            }
            if (t.getType() == SchemaLexer.IDENT) {
                var habit = ForeignHabits.declaration(t.getText());
                if (habit.isPresent() && startsDeclaration(i)) {
                    i = foreignDeclaration(i, habit.get());
                    continue;
                }
            }
            i++;
        }
        return this;
    }

    private static boolean isDeclarationKeyword(int type) {
        return type == SchemaLexer.ENTITY || type == SchemaLexer.MIXIN || type == SchemaLexer.ENUM || type == SchemaLexer.SCHEMA;
    }

    /** Whether token i stands where a declaration starts: first on its line, at the top level. */
    private boolean startsDeclaration(int i) {
        if (i == 0) return true;
        // After a declaration keyword a word is the declared name, wherever the line breaks.
        if (isDeclarationKeyword(tokens.get(i - 1).getType())) return false;
        return tokens.get(i - 1).getLine() < tokens.get(i).getLine();
    }

    /** A declaration of another language: one answer, and its parser errors (to its end) dropped. */
    private int foreignDeclaration(int i, Habit habit) {
        Token t = tokens.get(i);
        // The words up to the block or the end of the line, as written: `model User`, `CREATE TABLE users`.
        var written = new StringJoiner(" ");
        int j = i;
        while (j < tokens.size() && tokens.get(j).getLine() == t.getLine() && tokens.get(j).getType() == SchemaLexer.IDENT
                && j - i < 3) {
            written.add(tokens.get(j).getText());
            j++;
        }
        found.add(Messages.habit(span(t, tokens.get(j - 1)), written.toString(), habit));
        int end = endOfForeign(j);
        explainedRanges.add(new int[] {start(t), end < tokens.size() ? stop(tokens.get(end)) : Integer.MAX_VALUE});
        if (end >= tokens.size()) explainsEnd = true;
        return end + 1;
    }

    /** The index of the token that ends a foreign declaration: its closing brace or parenthesis, else its line's end. */
    private int endOfForeign(int from) {
        int depth = 0;
        int line = from < tokens.size() ? tokens.get(Math.max(0, from - 1)).getLine() : 0;
        for (int k = from; k < tokens.size(); k++) {
            int type = tokens.get(k).getType();
            if (depth == 0 && type != SchemaLexer.LBRACE && type != SchemaLexer.LPAREN && tokens.get(k).getLine() > line) {
                return k - 1;
            }
            if (type == SchemaLexer.LBRACE || type == SchemaLexer.LPAREN) depth++;
            if (type == SchemaLexer.RBRACE || type == SchemaLexer.RPAREN) {
                depth--;
                if (depth == 0) return k;
            }
        }
        return tokens.size();
    }

    /** A block of the language from its keyword; returns the index after its `}`. */
    private int block(int keyword, int open) {
        Token kw = tokens.get(keyword);
        String kind = kw.getText();
        String name = keyword + 1 < open ? tokens.get(keyword + 1).getText() : "";
        Token brace = tokens.get(open);
        boolean fields = kw.getType() == SchemaLexer.ENTITY || kw.getType() == SchemaLexer.MIXIN;
        boolean commasSaid = false;
        int i = open + 1;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            if (t.getType() == SchemaLexer.RBRACE) return i + 1;
            int lineEnd = i;
            while (lineEnd + 1 < tokens.size() && tokens.get(lineEnd + 1).getLine() == t.getLine()
                    && tokens.get(lineEnd + 1).getType() != SchemaLexer.RBRACE) {
                lineEnd++;
            }
            int nested = indexOf(SchemaLexer.LBRACE, i, t.getLine() + 1);
            if (nested >= 0 && nested <= lineEnd) {
                // A block opens inside this one: this one was never closed.
                found.add(Messages.unclosedBlock(span(t, t), kind, name, span(brace, brace), false));
                explainedLines.add(t.getLine());
                return i;
            }
            if (fields) fieldLine(i, lineEnd);
            else if (kw.getType() == SchemaLexer.ENUM) commasSaid = enumLine(i, lineEnd, commasSaid);
            i = lineEnd + 1;
        }
        Token last = tokens.get(tokens.size() - 1);
        found.add(Messages.unclosedBlock(offsets.span(stop(last), stop(last)), kind, name, span(brace, brace), true));
        explainsEnd = true;
        return i;
    }

    /** The habits a field line can show; at most one answer per line. */
    private void fieldLine(int from, int to) {
        List<Token> line = tokens.subList(from, to + 1);
        Token first = line.get(0);
        if (first.getType() == SchemaLexer.ATAT) {
            bracketedFields(line);
            return;
        }
        if (!isName(first) || line.size() < 2) return;
        // A name alone on the line before is this field's name, its type continued here (`ends_on` then
        // `date?`, `number` then `int @default(...)`): not a field line of its own.
        boolean continued = from > 0 && tokens.get(from - 1).getLine() < first.getLine() && isName(tokens.get(from - 1))
                && (from < 2 || tokens.get(from - 2).getLine() < tokens.get(from - 1).getLine());
        if (continued) return;
        Token second = line.get(1);
        if (isChar(second, ":")) {
            report(Messages.colonAfterName(span(second, second), first.getText()), first);
            return;
        }
        if (second.getType() == SchemaLexer.QUESTION) {
            report(Messages.optionalMarkOnName(span(second, second), first.getText()), first);
            return;
        }
        Token last = line.get(line.size() - 1);
        if (isChar(last, ";") && line.size() >= 3 && isName(second) && isTypeLike(first.getText())) {
            String type = ForeignHabits.type(first.getText()).orElse(first.getText());
            report(Messages.foreignHabit(Code.JPA_HABIT, span(first, last), text(line), "Java",
                    "the name comes first, then the type, and no `;`: write `" + second.getText() + " " + type + "`"), first);
            return;
        }
        if (line.size() >= 3 && isName(second) && !isTypeLike(second.getText()) && isName(line.get(2))
                && isTypeLike(line.get(2).getText())) {
            report(Messages.spaceInName(span(first, second), first.getText() + " " + second.getText(),
                    first.getText() + "_" + second.getText()), first);
            return;
        }
        int k = afterType(line, 1);
        for (int a = k; a < line.size(); a++) {
            Token t = line.get(a);
            if (t.getType() == SchemaLexer.AT && a + 2 < line.size() && line.get(a + 1).getText().equals(Attributes.RELATION)
                    && line.get(a + 2).getType() == SchemaLexer.LPAREN && hasColonBefore(line, a + 2)) {
                report(Messages.prismaRelation(span(t, line.get(closing(line, a + 2)))), first);
                return;
            }
            if (t.getType() == SchemaLexer.AT && a + 2 < line.size() && line.get(a + 1).getText().equals("db")
                    && line.get(a + 2).getType() == SchemaLexer.DOT) {
                int end = Math.min(line.size() - 1, a + 3);
                report(Messages.habit(span(t, line.get(end)), text(line.subList(a, end + 1)),
                        ForeignHabits.fieldAttribute("db").orElseThrow()), first);
                return;
            }
        }
        if (k < line.size()) {
            Token next = line.get(k);
            if (next.getType() == SchemaLexer.IDENT && ForeignHabits.sqlConstraint(next.getText()).isPresent()) {
                var advice = new StringJoiner("; ");
                Token previous = null;
                for (Token w : line.subList(k, line.size())) {
                    // `NOT NULL` is one constraint: its NULL is not the `NULL` of an optional column.
                    boolean notNull = previous != null && previous.getText().equalsIgnoreCase("not")
                            && w.getText().equalsIgnoreCase("null");
                    if (w.getType() == SchemaLexer.IDENT && !notNull) {
                        ForeignHabits.sqlConstraint(w.getText()).ifPresent(advice::add);
                    }
                    previous = w;
                }
                report(Messages.foreignHabit(Code.SQL_HABIT, span(next, last), text(line.subList(k, line.size())), "SQL",
                        advice.toString()), first);
                return;
            }
            if (next.getType() == SchemaLexer.LBRACKET && k + 1 < line.size()
                    && line.get(k + 1).getType() != SchemaLexer.RBRACKET) {
                report(Messages.foreignHabit(Code.DBML_HABIT, span(next, line.get(closing(line, k))),
                        text(line.subList(k, closing(line, k) + 1)), "DBML",
                        "column settings are attributes after the type: `[pk]` is `@id`, `[increment]` `@auto`, `[unique]` "
                        + "`@unique`, `[not null]` the default, `[null]` a `?` after the type, `[default: x]` `= x`"), first);
                return;
            }
            if (isChar(next, ",") || (next.getType() == SchemaLexer.COMMA && k == line.size() - 1)) {
                report(Messages.foreignHabit(Code.SQL_HABIT, span(next, next), ",", "SQL",
                        "fields are one per line, without commas between them"), first);
                return;
            }
        }
        // `id uuid @id = uuid()`: the default after an attribute.
        boolean attribute = false;
        int depth = 0;
        for (Token t : line.subList(k, line.size())) {
            if (t.getType() == SchemaLexer.AT) attribute = true;
            if (t.getType() == SchemaLexer.LPAREN) depth++;
            if (t.getType() == SchemaLexer.RPAREN) depth--;
            if (attribute && depth == 0 && t.getType() == SchemaLexer.ASSIGN) {
                report(Messages.defaultAfterAttributes(span(t, t), first.getText()), first);
                return;
            }
        }
    }

    /**
     * `enum Status { ACTIVE, INACTIVE }`: values separated by commas, as in Java or TypeScript. Said
     * once per enum (at its first comma); the parser's errors at the others are explained by it.
     */
    private boolean enumLine(int from, int to, boolean said) {
        List<Token> line = tokens.subList(from, to + 1);
        for (Token t : line) {
            if (t.getType() != SchemaLexer.COMMA && !isChar(t, ",")) continue;
            if (said) explainedLines.add(t.getLine());
            else report(Messages.foreignHabit(Code.JPA_HABIT, span(t, t), ",", "Java",
                    "enum values are separated by spaces or new lines, without commas: `ACTIVE INACTIVE`"), line.get(0));
            return true;
        }
        return said;
    }

    private void bracketedFields(List<Token> line) {
        if (line.size() < 4 || line.get(2).getType() != SchemaLexer.LPAREN || line.get(3).getType() != SchemaLexer.LBRACKET) {
            return;
        }
        String attr = line.get(1).getText();
        if (!attr.equals(Attributes.UNIQUE) && !attr.equals(Attributes.INDEX) && !attr.equals(Attributes.ID)) return;
        int close = closing(line, 3);
        // The bracket list goes on past this line (comments may split it): the parser reports it.
        if (close <= 3 || line.get(close).getType() != SchemaLexer.RBRACKET) return;
        var fields = new StringJoiner(", ");
        for (Token t : line.subList(4, close)) if (isName(t)) fields.add(t.getText());
        report(Messages.bracketedFields(span(line.get(3), line.get(close)), Attributes.blockDisplay(attr), fields.toString()),
                line.get(0));
    }

    /** The index after the type of a field line: its name, parenthesised arguments, `[]` and `?`. */
    private static int afterType(List<Token> line, int typeAt) {
        int k = typeAt + 1;
        if (k < line.size() && line.get(k).getType() == SchemaLexer.LPAREN) k = closing(line, k) + 1;
        if (k + 1 < line.size() && line.get(k).getType() == SchemaLexer.LBRACKET && line.get(k + 1).getType() == SchemaLexer.RBRACKET) {
            k += 2;
        }
        if (k < line.size() && line.get(k).getType() == SchemaLexer.QUESTION) k++;
        return Math.min(k, line.size());
    }

    /** The index of the bracket closing the one at {@code open}, or the line's last token. */
    private static int closing(List<Token> line, int open) {
        int depth = 0;
        for (int k = open; k < line.size(); k++) {
            int type = line.get(k).getType();
            if (type == SchemaLexer.LPAREN || type == SchemaLexer.LBRACKET) depth++;
            if (type == SchemaLexer.RPAREN || type == SchemaLexer.RBRACKET) {
                depth--;
                if (depth == 0) return k;
            }
        }
        return line.size() - 1;
    }

    private static boolean hasColonBefore(List<Token> line, int open) {
        for (int k = open; k <= closing(line, open); k++) if (isChar(line.get(k), ":")) return true;
        return false;
    }

    private boolean isTypeLike(String word) {
        return ScalarKind.byKeyword(word).isPresent() || ForeignHabits.type(word).isPresent() || declared.contains(word);
    }

    private static boolean isName(Token t) {
        return switch (t.getType()) {
            case SchemaLexer.IDENT, SchemaLexer.SCHEMA, SchemaLexer.IMPORT, SchemaLexer.ENUM, SchemaLexer.MIXIN,
                 SchemaLexer.ENTITY, SchemaLexer.WITH -> true;
            default -> false;
        };
    }

    /** A character the grammar has no use for here; `:` is a token since `name: value` arguments (`@@query(..., where: [...])`). */
    private static boolean isChar(Token t, String c) {
        return (t.getType() == SchemaLexer.BAD_CHAR || t.getType() == SchemaLexer.COLON) && t.getText().equals(c);
    }

    private void report(Diagnostic d, Token lineOf) {
        found.add(d);
        explainedLines.add(lineOf.getLine());
    }

    /** The first token of {@code type} from {@code from} on, before line {@code beforeLine}; -1 if none. */
    private int indexOf(int type, int from, int beforeLine) {
        for (int k = from; k < tokens.size() && tokens.get(k).getLine() < beforeLine; k++) {
            if (tokens.get(k).getType() == type) return k;
        }
        return -1;
    }

    private static String text(List<Token> ts) {
        var b = new StringBuilder();
        Token prev = null;
        for (Token t : ts) {
            if (prev != null && prev.getStopIndex() + 1 < t.getStartIndex()) b.append(' ');
            b.append(t.getText());
            prev = t;
        }
        return b.toString();
    }

    private int start(Token t) { return offsets.charIndex(t.getStartIndex()); }

    private int stop(Token t) { return offsets.charIndex(t.getStopIndex() + 1); }

    private int lastTokenEnd() { return tokens.isEmpty() ? 0 : stop(tokens.get(tokens.size() - 1)); }

    private Span span(Token from, Token to) { return offsets.span(start(from), stop(to)); }
}
