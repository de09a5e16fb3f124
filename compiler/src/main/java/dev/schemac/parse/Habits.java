package dev.schemac.parse;

import dev.schemac.render.markdown.Quoted;
import dev.schemac.diag.Code;
import dev.schemac.diag.Diagnostic;
import dev.schemac.diag.Messages;
import dev.schemac.grammar.SchemaLexer;
import dev.schemac.lang.Attributes;
import dev.schemac.lang.ForeignHabits;
import dev.schemac.lang.ForeignHabits.Habit;
import dev.schemac.model.ScalarKind;
import dev.schemac.naming.Names;
import dev.schemac.render.text.PlainText;
import dev.schemac.source.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.Interval;

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
    /**
     * The type and line of each token, side by side: the scan of every line of a model reads them, and reads them
     * from two arrays much faster than from the token objects spread over the heap.
     */
    private final int[] types;
    private final int[] lines;
    private final List<Diagnostic> found = new ArrayList<>();
    /** Lines whose parser errors a habit explains (1-based). */
    private final Set<Integer> explainedLines = new HashSet<>();
    /** Character ranges (start inclusive, end exclusive) whose parser errors a habit explains. */
    private final List<int[]> explainedRanges = new ArrayList<>();
    private final Set<String> declared = new HashSet<>();
    /** Character offsets of the `}`s right after an explained line: the parser reports there what that line left unfinished. */
    private final Set<Integer> explainedBraces = new HashSet<>();
    private boolean explainsEnd;
    /** The separators (`,`, `;`) after the fields of the current block answered already: each said once per block. */
    private final Set<String> separatorsSaid = new HashSet<>();

    /** Whether field lines written as the language writes them are passed over unexamined (off only to test that it loses nothing). */
    private final boolean skipPlainLines;

    Habits(Offsets offsets, List<Token> all) { this(offsets, all, true); }

    Habits(Offsets offsets, List<Token> all, boolean skipPlainLines) {
        this.offsets = offsets;
        this.skipPlainLines = skipPlainLines;
        var ts = new ArrayList<Token>(all.size());
        for (Token t : all) if (t.getChannel() == Token.DEFAULT_CHANNEL && t.getType() != Token.EOF) ts.add(t);
        this.tokens = ts;
        types = new int[ts.size()];
        lines = new int[ts.size()];
        for (int i = 0; i < ts.size(); i++) {
            types[i] = ts.get(i).getType();
            lines[i] = ts.get(i).getLine();
        }
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
        // An unterminated string or comment hides the rest of its line or file: it is always said.
        if (d.code().equals(Code.UNTERMINATED_STRING.id()) || d.code().equals(Code.UNTERMINATED_COMMENT.id())) return false;
        if (explainsEnd && d.span().start() >= lastTokenEnd()) return true;
        if (explainedLines.contains(d.span().line()) || explainedBraces.contains(d.span().start())) return true;
        for (int[] r : explainedRanges) if (d.span().start() >= r[0] && d.span().start() < r[1]) return true;
        return false;
    }

    Habits scan() {
        int i = 0;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            if (isDeclarationKeyword(t.getType())) {
                if (digitLed(i + 1)) {
                    report(nameStartsWithDigit(t.getText(), i + 1), t);
                } else if (opensWithoutBrace(i)) {
                    i = blockWithoutBrace(i);
                    continue;
                }
                // `entity Name {` may be spread over lines (comments between its words are legal).
                int open = i + 2 < tokens.size() && tokens.get(i + 2).getType() == SchemaLexer.LBRACE ? i + 2
                        : indexOf(SchemaLexer.LBRACE, i, t.getLine() + 1);
                if (open < 0) { i++; continue; }
                if (!spacedName(i, open) && t.getType() == SchemaLexer.ENTITY && i + 3 < open) {
                    inheritance(tokens.get(i + 2), tokens.get(i + 3));
                }
                i = block(i, open);
                continue;
            }
            if ((isChar(t, "#") || dashDash(i)) && startsDeclaration(i)) {
                int end = i;
                while (end + 1 < tokens.size() && tokens.get(end + 1).getLine() == t.getLine()) end++;
                hashComment(t, tokens.get(end));
                i = end + 1;
                continue;
            }
            if (t.getType() == SchemaLexer.IDENT && t.getText().equals("class") && startsDeclaration(i)
                    && i + 2 < tokens.size() && lines[i + 2] == t.getLine() && ormClass(i)) {
                i = ormDeclaration(i);
                continue;
            }
            if (t.getType() == SchemaLexer.IDENT) {
                var habit = ForeignHabits.declaration(t.getText());
                if (habit.isPresent() && kotlinClass(i)) habit = Optional.of(ForeignHabits.kotlinClass(tokens.get(i + 1).getText()));
                if (habit.isPresent() && startsDeclaration(i)) {
                    i = foreignDeclaration(i, habit.get());
                    continue;
                }
            }
            i++;
        }
        for (int k = 1; k < tokens.size() && !explainedLines.isEmpty(); k++) {
            if (tokens.get(k).getType() == SchemaLexer.RBRACE && explainedLines.contains(tokens.get(k - 1).getLine())) {
                explainedBraces.add(start(tokens.get(k)));
            }
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
        if (habit.tool() == ForeignHabits.Tool.RAILS) {
            // `create_table :users do |t|`: the table's name is written after a colon.
            Token last = tokens.get(j - 1);
            if (j + 1 < tokens.size() && lines[j + 1] == t.getLine() && isChar(tokens.get(j), ":") && isName(tokens.get(j + 1))) {
                last = tokens.get(j + 1);
                written.add(":" + last.getText());
            }
            found.add(Messages.habit(span(t, last), written.toString(), habit));
            return explainToNextDeclaration(i);
        }
        found.add(Messages.habit(span(t, tokens.get(j - 1)), written.toString(), habit));
        int end = endOfForeign(j);
        explainedRanges.add(new int[] {start(t), end < tokens.size() ? stop(tokens.get(end)) : Integer.MAX_VALUE});
        if (end >= tokens.size()) explainsEnd = true;
        return end + 1;
    }

    /**
     * Whether the `class` at {@code i} is Kotlin's: its name followed, on its line, by a primary constructor whose
     * parentheses hold a {@code val}, a {@code var} or a {@code :} (a parameter's type), which no other language's
     * class puts there.
     */
    private boolean kotlinClass(int i) {
        if (!tokens.get(i).getText().equals("class") || i + 2 >= tokens.size() || types[i + 2] != SchemaLexer.LPAREN
                || lines[i + 2] != lines[i]) {
            return false;
        }
        for (int k = i + 3; k < tokens.size() && lines[k] == lines[i] && types[k] != SchemaLexer.RPAREN; k++) {
            String w = tokens.get(k).getText();
            if (types[k] == SchemaLexer.COLON || w.equals("val") || w.equals("var")) return true;
        }
        return false;
    }

    /**
     * Whether the `class` at {@code i} is Ruby's (`class CreateUsers < ActiveRecord::Migration[7.1]`) or Python's
     * (`class Article(models.Model):`, `class User(Base):`) rather than Java's: a `<` or a parenthesis after its name.
     */
    private boolean ormClass(int i) {
        Token after = tokens.get(i + 2);
        if (after.getType() == SchemaLexer.LT) return rubySuperclass(i + 2);
        return after.getType() == SchemaLexer.LPAREN && (baseNamed(i + 2, "models", "Model") || pythonClass(i + 2));
    }

    /**
     * Whether the parentheses opened at {@code open} close before a {@code :} that ends the line, as a Python
     * class's bases do; Java, TypeScript and C# put no parenthesis after a class's name at all. A one-line body
     * after the colon ({@code class User(Base): pass}, {@code ...}, a docstring, an assignment) is Python's too; Kotlin's
     * {@code class User(val id: Int) : Base()} has a colon inside its parentheses, which bases never hold.
     */
    private boolean pythonClass(int open) {
        int k = open + 1;
        while (k < tokens.size() && lines[k] == lines[open] && types[k] != SchemaLexer.RPAREN) {
            if (types[k] == SchemaLexer.COLON) return false;
            k++;
        }
        int colon = k + 1;
        if (colon >= tokens.size() || lines[colon] != lines[open] || types[colon] != SchemaLexer.COLON) return false;
        int body = colon + 1;
        // A `#` comment after the colon ends the line as well (`class User(Base):  # the users table`).
        return body >= tokens.size() || lines[body] != lines[open] || isChar(tokens.get(body), "#")
                || tokens.get(body).getText().equals("pass") || types[body] == SchemaLexer.STRING
                || types[body] == SchemaLexer.DOT || assignment(body);
    }

    /**
     * Whether a one-line class body at {@code body} assigns a name ({@code __tablename__ = "readings"},
     * {@code id: int = 0}), as only Python's does: what follows Kotlin's {@code ) :} is a supertype,
     * a name followed by {@code (}, {@code ,} or <code>{</code>, never by {@code =} or {@code :}.
     */
    private boolean assignment(int body) {
        int next = body + 1;
        return types[body] == SchemaLexer.IDENT && next < tokens.size() && lines[next] == lines[body]
                && (types[next] == SchemaLexer.ASSIGN || types[next] == SchemaLexer.COLON);
    }

    /** The base classes Python's enums derive from (`class Status(str, Enum):`). */
    private static final Set<String> PYTHON_ENUM_BASES = Set.of("Enum", "IntEnum", "StrEnum", "Flag", "IntFlag");

    /** Whether a base named in the parentheses opened at {@code open} is one of Python's enums. */
    private boolean enumBase(int open) {
        for (int k = open + 1; k < tokens.size() && lines[k] == lines[open] && types[k] != SchemaLexer.RPAREN; k++) {
            if (PYTHON_ENUM_BASES.contains(tokens.get(k).getText())) return true;
        }
        return false;
    }

    /**
     * Whether the Python class at {@code i} is SQLAlchemy's: a declarative base among its bases (`Base`,
     * `DeclarativeBase`, any name ending in `Base`, Flask-SQLAlchemy's `db.Model`), or a body, the lines indented under
     * it, that names `__tablename__`, `Column(` or `mapped_column(`. Any other base (pydantic's `BaseModel`, a dataclass)
     * says nothing of a table.
     */
    private boolean sqlAlchemyClass(int i) {
        int open = i + 2;
        for (int k = open + 1; k < tokens.size() && lines[k] == lines[open] && types[k] != SchemaLexer.RPAREN; k++) {
            String word = tokens.get(k).getText();
            if (types[k] != SchemaLexer.IDENT || k + 1 < tokens.size() && types[k + 1] == SchemaLexer.DOT) continue;
            if (word.endsWith("Base")) return true;
            if (word.equals("Model") && k >= 2 && types[k - 1] == SchemaLexer.DOT && tokens.get(k - 2).getText().equals("db")) return true;
        }
        int column = tokens.get(i).getCharPositionInLine();
        int k = open;
        while (k < tokens.size() && lines[k] == lines[i]) k++;
        for (; k < tokens.size() && tokens.get(k).getCharPositionInLine() > column; k++) {
            // Only the tokens first on their line set the indentation; the others are inside the line.
            while (k + 1 < tokens.size() && lines[k + 1] == lines[k]) {
                if (bodyMark(k)) return true;
                k++;
            }
            if (bodyMark(k)) return true;
        }
        return false;
    }

    private boolean bodyMark(int k) {
        String word = tokens.get(k).getText();
        if (word.equals("__tablename__")) return true;
        return (word.equals("Column") || word.equals("mapped_column")) && k + 1 < tokens.size() && types[k + 1] == SchemaLexer.LPAREN;
    }

    /**
     * Whether the {@code <} at {@code lt} names a Ruby superclass ({@code < ApplicationRecord},
     * {@code < ActiveRecord::Migration[7.1]}): one name ending the line or followed by {@code ::}, where a Java or
     * TypeScript generic ({@code class Page<T> {}}) goes on with {@code >}, a bound or a comma.
     */
    private boolean rubySuperclass(int lt) {
        int name = lt + 1;
        if (name >= tokens.size() || lines[name] != lines[lt] || types[name] != SchemaLexer.IDENT) return false;
        int next = name + 1;
        return next >= tokens.size() || lines[next] != lines[lt] || types[next] == SchemaLexer.COLON;
    }

    /**
     * Whether the parentheses opened at {@code open} name a base written {@code qualifier.name} (Django's
     * {@code models.Model}), or just {@code name} when {@code qualifier} is null (SQLModel's {@code SQLModel}).
     */
    private boolean baseNamed(int open, String qualifier, String name) {
        for (int k = open + 1; k < tokens.size() && lines[k] == lines[open] && types[k] != SchemaLexer.RPAREN; k++) {
            if (!tokens.get(k).getText().equals(name)) continue;
            if (qualifier == null ? !(k >= 2 && tokens.get(k - 1).getText().equals(".")) : k >= 2 && tokens.get(k - 2).getText().equals(qualifier)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A Rails migration or a Python class (Django's, SQLAlchemy's or SQLModel's model, an enum, any other): one answer, and everything up to the next declaration of the
     * language (Ruby's `end`s and Python's indented lines have no brace to end them) explained.
     */
    private int ormDeclaration(int i) {
        Token t = tokens.get(i);
        Token name = tokens.get(i + 1);
        boolean ruby = tokens.get(i + 2).getType() == SchemaLexer.LT;
        int last = i + 1;
        if (!ruby) {
            while (last + 1 < tokens.size() && lines[last + 1] == t.getLine() && types[last] != SchemaLexer.RPAREN) last++;
        }
        String written = ruby ? t.getText() + " " + name.getText()
                : t.getText() + " " + name.getText() + text(tokens.subList(i + 2, last + 1));
        Habit habit = ruby ? ForeignHabits.rubyClass()
                : baseNamed(i + 2, "models", "Model") ? ForeignHabits.djangoModel(name.getText())
                : baseNamed(i + 2, null, "SQLModel") ? ForeignHabits.sqlModelTable(name.getText())
                : enumBase(i + 2) ? ForeignHabits.pythonEnum(name.getText())
                : sqlAlchemyClass(i) ? ForeignHabits.sqlAlchemyModel(name.getText())
                : ForeignHabits.pythonClass(name.getText());
        found.add(Messages.habit(span(t, tokens.get(last)), written, habit));
        return explainToNextDeclaration(i);
    }

    /** Explains from token {@code i} up to the next declaration keyword first on its line; returns its index. */
    private int explainToNextDeclaration(int i) {
        int end = i + 1;
        while (end < tokens.size() && !(isDeclarationKeyword(types[end]) && lines[end] > lines[end - 1])) end++;
        explainedRanges.add(new int[] {start(tokens.get(i)), end < tokens.size() ? start(tokens.get(end)) : Integer.MAX_VALUE});
        if (end >= tokens.size()) explainsEnd = true;
        return end;
    }

    /**
     * TypeScript's union of literals as a field's type, `role: "admin" | "user"` (or `'admin' | 'user'`, with or
     * without the colon, `role?:` or `| null` making it optional): an enum here. Each alternative is a string or a
     * quoted word; a union of types (`string | number`) is not this habit.
     */
    private boolean unionType(List<Token> line) {
        int at = 1;
        boolean optional = false;
        if (at < line.size() && line.get(at).getType() == SchemaLexer.QUESTION) { optional = true; at++; }
        if (at < line.size() && isChar(line.get(at), ":")) at++;
        int end = line.size();
        while (end > at && (isChar(line.get(end - 1), ";") || line.get(end - 1).getType() == SchemaLexer.COMMA)) end--;
        var labels = new ArrayList<String>();
        int k = at;
        while (k < end) {
            String label;
            if (line.get(k).getType() == SchemaLexer.STRING) {
                label = Unescape.string(line.get(k).getText()).value();
                k++;
            } else if (isChar(line.get(k), "'") && k + 2 < end && isName(line.get(k + 1)) && isChar(line.get(k + 2), "'")) {
                label = line.get(k + 1).getText();
                k += 3;
            } else if (isName(line.get(k)) && (line.get(k).getText().equals("null") || line.get(k).getText().equals("undefined"))) {
                // `"a" | "b" | null`: an optional field. A bare word of another kind is a type (`User | Admin`, `string | number`).
                optional = true;
                label = null;
                k++;
            } else {
                return false;
            }
            if (label != null) labels.add(label);
            if (k == end) break;
            if (!isChar(line.get(k), "|")) return false;
            k++;
            if (k == end) return false;
        }
        if (labels.size() < 2 || k != end) return false;
        String field = line.get(0).getText();
        String enumName = Names.pascal(field);
        boolean words = labels.stream().allMatch(l -> l.matches("[A-Za-z_][A-Za-z0-9_]*"));
        String advice = words
                ? "a field that holds one of a few values is an enum: declare "
                        + Quoted.name("enum " + enumName + " { " + String.join(" ", labels) + " }") + " and write "
                        + Quoted.name(field + " " + enumName + (optional ? "?" : ""))
                : "a field that holds one of a few values is an enum: declare " + Quoted.name("enum " + enumName + " { ... }")
                        + " with one value per label (a value is a name: letters, digits and `_`) and write "
                        + Quoted.name(field + " " + enumName + (optional ? "?" : ""));
        Token from = line.get(at);
        Token to = line.get(end - 1);
        report(Messages.foreignHabit(Code.JPA_HABIT, span(from, to), text(line.subList(at, end)), "TypeScript", advice), line.get(0));
        return true;
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
        separatorsSaid.clear();
        int i = open + 1;
        while (i < tokens.size()) {
            if (types[i] == SchemaLexer.RBRACE) return i + 1;
            Token t = tokens.get(i);
            int lineEnd = i;
            while (lineEnd + 1 < types.length && lines[lineEnd + 1] == lines[i] && types[lineEnd + 1] != SchemaLexer.RBRACE) {
                lineEnd++;
            }
            int nested = indexOf(SchemaLexer.LBRACE, i, t.getLine() + 1);
            if (nested >= 0 && nested <= lineEnd && fields && isName(t) && !isDeclarationKeyword(t.getType())
                    && ForeignHabits.declaration(t.getText()).isEmpty()) {
                // `address { street string }`: a field holding a block, as a document or a JSON object would.
                found.add(Messages.nestedBlock(span(t, tokens.get(nested)), t.getText()));
                int close = closingBrace(nested);
                int outer = close < 0 ? -1 : closingBrace(open, close + 1);
                // The parser closes the entity at the inner `}` and stumbles on everything after it, to the outer one.
                explainedRanges.add(new int[] {start(t), outer < 0 ? Integer.MAX_VALUE : stop(tokens.get(outer))});
                if (outer < 0) explainsEnd = true;
                return outer < 0 ? tokens.size() : outer + 1;
            }
            if (nested >= 0 && nested <= lineEnd) {
                // A block opens inside this one: this one was never closed.
                found.add(Messages.unclosedBlock(span(t, t), kind, name, span(brace, brace), false));
                explainedLines.add(t.getLine());
                return i;
            }
            if (fields && sqlNotEqual(i, lineEnd)) {
                i = lineEnd + 1;
                continue;
            }
            if (fields) fieldLine(i, lineEnd);
            else if (kw.getType() == SchemaLexer.ENUM) commasSaid = enumLine(i, lineEnd, commasSaid);
            i = lineEnd + 1;
        }
        Token last = tokens.get(tokens.size() - 1);
        explainsEnd = true;
        // A comment left open swallowed the `}`: its own diagnostic says so.
        if (last.getType() == SchemaLexer.UNTERMINATED_COMMENT) return i;
        found.add(Messages.unclosedBlock(offsets.span(stop(last), stop(last)), kind, name, span(brace, brace), true));
        return i;
    }

    /** The habits a field line can show; at most one answer per line. */
    private void fieldLine(int from, int to) {
        List<Token> line = tokens.subList(from, to + 1);
        if (skipPlainLines && plainField(from, to)) return;
        Token first = line.get(0);
        // `# the display name`: a comment of MySQL (or YAML, or a shell); `-- the display name`, of SQL.
        for (int c = from; c <= to; c++) {
            Token t = tokens.get(c);
            if (isChar(t, "#") || dashDash(c)) {
                hashComment(t, line.get(line.size() - 1));
                return;
            }
        }
        if (first.getType() == SchemaLexer.ATAT) {
            if (!spacedFieldList(line)) bracketedFields(line);
            return;
        }
        if (first.getType() == SchemaLexer.AT) {
            attributeAbove(line);
            return;
        }
        // `"name" string(80)`: a quoted identifier of SQL.
        if (first.getType() == SchemaLexer.STRING && line.size() >= 2 && isName(line.get(1))) {
            String bare = Unescape.string(first.getText()).value();
            // `"first name"`: unquoted, its words are one name only joined (the column keeps its own through `@map`).
            String word = bare.strip().replaceAll("[\\s-]+", "_");
            report(Messages.foreignHabit(Code.SQL_HABIT, span(first, first), first.getText(), "SQL",
                    "a name is written without quotes: " + Quoted.name(word + " " + line.get(1).getText()) + " (`@map(" + first.getText()
                    + ")` gives a column a name of its own)"), first);
            return;
        }
        if (digitLed(from)) {
            report(nameStartsWithDigit("field", from), first);
            return;
        }
        if (!isName(first)) return;
        // A name alone on the line before is this field's name, its type continued here (`ends_on` then
        // `date?`, `number` then `int @default(...)`): not a field line of its own.
        boolean continued = from > 0 && tokens.get(from - 1).getLine() < first.getLine() && isName(tokens.get(from - 1))
                && (from < 2 || tokens.get(from - 2).getLine() < tokens.get(from - 1).getLine());
        if (continued) return;
        if (line.size() == 1) {
            loneName(first, to + 1);
            return;
        }
        if (sqlTableConstraint(line, 0)) return;
        Token second = line.get(1);
        // `Note: 'the users'` in a DBML table: its note.
        if (isChar(second, ":") && first.getText().equalsIgnoreCase("note") && line.size() >= 3
                && (line.get(2).getType() == SchemaLexer.STRING || isChar(line.get(2), "'"))) {
            report(Messages.foreignHabit(Code.DBML_HABIT, span(first, line.get(line.size() - 1)), first.getText() + ":", "DBML",
                    "a note is a `///` doc comment on the line above the entity (or the field) it is about"), first);
            return;
        }
        if (unionType(line)) return;
        if (isChar(second, ":")) {
            separator(second, first, Messages.colonAfterName(span(second, second), first.getText()));
            return;
        }
        if (second.getType() == SchemaLexer.QUESTION) {
            report(Messages.optionalMarkOnName(span(second, second), first.getText()), first);
            return;
        }
        int hyphenated = hyphenatedEnd(line, 0);
        if (hyphenated > 0) {
            List<Token> words = line.subList(0, hyphenated + 1);
            report(Messages.hyphenInName(span(first, words.get(words.size() - 1)), text(words), hyphenJoined(words)), first);
            return;
        }
        // `posts List<Post>`, `tags Set<Tag>`, `bio Optional<String>`: a Java generic type.
        if (line.size() >= 4 && isName(second) && line.get(2).getType() == SchemaLexer.LT && isName(line.get(3))) {
            int close = 4;
            while (close < line.size() && line.get(close).getType() != SchemaLexer.GT) close++;
            Token end = line.get(Math.min(close, line.size() - 1));
            String element = ForeignHabits.type(line.get(3).getText()).orElse(line.get(3).getText());
            // A list of entities is a relation; a list of values is not a type at all (SC301): it is rows of their own.
            boolean values = ScalarKind.byKeyword(element.replaceAll("\\(.*", "")).isPresent();
            String entity = Names.pascal(Names.singularize(first.getText()));
            String advice = second.getText().equalsIgnoreCase("optional")
                    ? "an optional field has `?` after its type: " + Quoted.name(first.getText() + " " + element + "?")
                    : values ? "a list of values is rows of an entity of its own: " + Quoted.name("entity " + entity + " { value " + element
                            + " }") + ", with a relation to this one, and " + Quoted.name(first.getText() + " " + entity + "[]") + " here"
                    : "a list is its element type followed by `[]`: " + Quoted.name(first.getText() + " " + element + "[]");
            String tool = second.getText().equals("Array") || second.getText().equals("ReadonlyArray") ? "TypeScript" : "Java";
            report(Messages.foreignHabit(Code.JPA_HABIT, span(second, end), text(line.subList(1, Math.min(close, line.size() - 1) + 1)),
                    tool, advice), first);
            return;
        }
        // `role enum('admin', 'user')`: MySQL's inline enum.
        if (second.getType() == SchemaLexer.ENUM && line.size() >= 3 && line.get(2).getType() == SchemaLexer.LPAREN) {
            int close = closing(line, 2);
            var values = new StringJoiner(" ");
            for (Token t : line.subList(3, Math.max(3, close))) {
                if (isName(t)) values.add(t.getText());
                else if (t.getType() == SchemaLexer.STRING) values.add(Unescape.string(t.getText()).value());
            }
            String type = Names.pascal(first.getText());
            report(Messages.foreignHabit(Code.SQL_HABIT, span(second, line.get(close)), text(line.subList(1, close + 1)), "SQL",
                    "declare the values once, `enum " + type + " { " + values + " }`, and write `" + first.getText() + " "
                    + type + "`"), first);
            return;
        }
        if (second.getType() == SchemaLexer.AT || second.getType() == SchemaLexer.ASSIGN) {
            report(Messages.missingType(span(first, first), first.getText()), first);
            return;
        }
        Token last = line.get(line.size() - 1);
        if (isChar(last, ";") && line.size() >= 3 && isName(second) && isTypeLike(first.getText())) {
            String type = ForeignHabits.type(first.getText()).orElse(first.getText());
            report(Messages.foreignHabit(Code.JPA_HABIT, span(first, last), text(line), "Java",
                    "the name comes first, then the type, and no `;`: write " + Quoted.name(second.getText() + " " + type)), first);
            return;
        }
        // `first name string(80)`, `date of birth date`: words meant as one name, apart by spaces or by what an editor
        // shows as a space or as nothing (a tab, a no-break space, a byte order mark, a zero-width space) or as a hyphen.
        if (wordsBeforeType(line)) return;
        if (spacedBeforeColon(line)) return;
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
        // `name String!`: GraphQL's required mark, where a field is required unless its type ends with `?`.
        if (k < line.size() && isChar(line.get(k), "!") && k > 1) {
            Token bang = line.get(k);
            report(Messages.foreignHabit(Code.JPA_HABIT, span(bang, bang), "!", "GraphQL",
                    "a field is required unless its type ends with `?`: drop the `!`"), first);
            return;
        }
        // `= "x" NOT NULL`: a constraint of SQL after the default.
        int c = afterDefault(line, k);
        if (c > k && c < line.size() && line.get(c).getType() == SchemaLexer.IDENT
                && ForeignHabits.sqlConstraint(line.get(c).getText()).isPresent()) {
            k = c;
        }
        if (k < line.size()) {
            Token next = line.get(k);
            if (next.getType() == SchemaLexer.IDENT && ForeignHabits.sqlConstraint(next.getText()).isPresent()) {
                var advice = new StringJoiner("; ");
                Token previous = null;
                boolean quoted = false;
                for (int a = k; a < line.size(); a++) {
                    Token w = line.get(a);
                    // The words of `COMMENT 'the unique name'` are text, not constraints.
                    if (isChar(w, "'")) quoted = !quoted;
                    if (quoted) continue;
                    // `NOT NULL` is one constraint: its NULL is not the `NULL` of an optional column.
                    boolean notNull = previous != null && previous.getText().equalsIgnoreCase("not")
                            && w.getText().equalsIgnoreCase("null");
                    // `DEFAULT 'new'`, `CHECK (price > 0)`: said with what was written, as it is written here.
                    String tailored = w.getText().equalsIgnoreCase("default") ? sqlDefault(line, a, fieldAsWrittenHere(line, k))
                            : w.getText().equalsIgnoreCase("check") ? sqlCheck(line, a) : null;
                    // The word after `DEFAULT` is its value (`DEFAULT NULL`), not a constraint of its own.
                    boolean value = previous != null && previous.getText().equalsIgnoreCase("default");
                    if (tailored != null) advice.add(tailored);
                    else if (w.getType() == SchemaLexer.IDENT && !notNull && !value) {
                        ForeignHabits.sqlConstraint(w.getText()).ifPresent(advice::add);
                    }
                    previous = w;
                }
                // `email varchar(255) unique,`: the comma is the next habit, not part of the constraint.
                int end = last.getType() == SchemaLexer.COMMA && line.size() - 1 > k ? line.size() - 1 : line.size();
                report(Messages.foreignHabit(Code.SQL_HABIT, span(next, line.get(end - 1)), text(line.subList(k, end)), "SQL",
                        advice.toString()), first);
                // A word ending the line (`nullable`) is read as the name of a field whose type is the next line's
                // name: the parser stumbles on that line, a field of its own (`email string(255)`).
                if (isName(last) && to + 2 < tokens.size() && lines[to + 1] == lines[to + 2] && isName(tokens.get(to + 1))
                        && isName(tokens.get(to + 2)) && isTypeLike(tokens.get(to + 2).getText())) {
                    explainedLines.add(lines[to + 1]);
                }
                return;
            }
            if (next.getType() == SchemaLexer.LBRACKET && k + 1 < line.size() && line.get(k + 1).getText().equalsIgnoreCase("ref")) {
                int close = closing(line, k);
                report(Messages.habit(span(next, line.get(close)), text(line.subList(k, close + 1)),
                        ForeignHabits.declaration("ref").orElseThrow()), first);
                return;
            }
            if (next.getType() == SchemaLexer.LBRACKET && k + 1 < line.size()
                    && line.get(k + 1).getType() != SchemaLexer.RBRACKET) {
                int close = closing(line, k);
                report(Messages.foreignHabit(Code.DBML_HABIT, span(next, line.get(close)), text(line.subList(k, close + 1)), "DBML",
                        dbmlSettings(line.subList(k + 1, close))), first);
                return;
            }
            if (next.getType() == SchemaLexer.COMMA) {
                fieldComma(next, first);
                return;
            }
            // `user_id int ref: > users.id`: DBML's inline relation, without its brackets.
            if (next.getText().equalsIgnoreCase("ref") && k + 1 < line.size() && isChar(line.get(k + 1), ":")) {
                report(Messages.habit(span(next, last), text(line.subList(k, line.size())),
                        ForeignHabits.declaration("ref").orElseThrow()), first);
                return;
            }
            // `name string?[]`: the `?` of a list.
            if (next.getType() == SchemaLexer.LBRACKET && k + 1 < line.size() && line.get(k + 1).getType() == SchemaLexer.RBRACKET
                    && line.get(k - 1).getType() == SchemaLexer.QUESTION) {
                report(Messages.optionalList(span(line.get(k - 1), line.get(k + 1)), first.getText()), first);
                return;
            }
        }
        if (isChar(last, ";")) {
            separator(last, first, Messages.foreignHabit(Code.JPA_HABIT, span(last, last), ";", "Java",
                    "a field ends with its line, without `;`"));
            return;
        }
        // `id int @id,`: the comma after the attributes.
        // Not `@length(1,` with its arguments going on over the next line: the comma must stand outside brackets.
        if (last.getType() == SchemaLexer.COMMA && balanced(line)) {
            fieldComma(last, first);
            return;
        }
        // `= 'draft'`: a string in SQL's single quotes.
        for (int a = 0; a < line.size(); a++) {
            if (!isChar(line.get(a), "'")) continue;
            int close = a + 1;
            while (close < line.size() && !isChar(line.get(close), "'")) close++;
            Token end = line.get(Math.min(close, line.size() - 1));
            String written = text(line.subList(a, Math.min(close, line.size() - 1) + 1));
            String inner = text(line.subList(a + 1, Math.max(a + 1, Math.min(close, line.size()))));
            report(Messages.foreignHabit(Code.SQL_HABIT, span(line.get(a), end), written, "SQL",
                    "a string is in double quotes: `\"" + inner + "\"`"), first);
            return;
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
     * Whether a field line is written as the language writes one, `name type(args)?[]?? (= value)? @attribute(args)...`,
     * with none of the tokens the habits of {@link #fieldLine} key on: no character the grammar has no use for (`#`,
     * `;`, `'`, `!`), no `:`, `.` or `--`, no word or `[` or `,` right after the type or the default, no table
     * constraint's word before a parenthesis, no `=` after an attribute. Such a line, almost every line of a model
     * that parses, shows no habit; this check is what it costs, instead of every habit's own look at it.
     */
    private boolean plainField(int from, int to) {
        if (to == from || types[from] != SchemaLexer.IDENT || types[from + 1] != SchemaLexer.IDENT) return false;
        boolean paren = false;
        int previous = -1;
        for (int i = from; i <= to; i++) {
            int type = types[i];
            if (type == SchemaLexer.BAD_CHAR || type == SchemaLexer.COLON || type == SchemaLexer.DOT
                    || (type == SchemaLexer.MINUS && previous == SchemaLexer.MINUS)) {
                return false;
            }
            paren |= type == SchemaLexer.LPAREN;
            previous = type;
        }
        if (previous == SchemaLexer.COMMA) return false;
        List<Token> line = tokens.subList(from, to + 1);
        if (paren && tableConstraintWord(line.get(0).getText())) return false;
        int k = afterType(line, 1);
        int attributes = afterDefault(line, k);
        if (attributes < line.size() && line.get(attributes).getType() != SchemaLexer.AT) return false;
        // As fieldLine looks for `@id = uuid()`: from the type on, parentheses counted.
        boolean attribute = false;
        int depth = 0;
        for (int a = from + k; a <= to; a++) {
            int type = types[a];
            if (type == SchemaLexer.AT) attribute = true;
            if (type == SchemaLexer.LPAREN) depth++;
            if (type == SchemaLexer.RPAREN) depth--;
            if (attribute && depth == 0 && type == SchemaLexer.ASSIGN) return false;
        }
        return true;
    }

    /** A word that starts a table constraint of `CREATE TABLE` (see {@link #sqlTableConstraint}). */
    private static boolean tableConstraintWord(String word) {
        return word.equalsIgnoreCase("constraint") || word.equalsIgnoreCase("foreign") || ForeignHabits.sqlTableConstraint(word).isPresent();
    }

    /**
     * Whether token k and the one after it are a name that starts with digits: the lexer reads `2fa_enabled` as the
     * number `2` and the name `fa_enabled`, written together. Only where a name is due (after a declaration keyword,
     * first on a member's line), where a number is never right.
     */
    private boolean digitLed(int k) {
        return k + 1 < tokens.size() && tokens.get(k).getType() == SchemaLexer.NUMBER && tokens.get(k).getText().matches("[0-9_]+")
                && tokens.get(k + 1).getType() == SchemaLexer.IDENT && adjacent(tokens.get(k), tokens.get(k + 1));
    }

    private static final String[] DIGIT_WORDS = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};

    /** The answer to the digit-led name at token k, with a name that keeps what the digits said. */
    private Diagnostic nameStartsWithDigit(String kind, int k) {
        Token number = tokens.get(k), rest = tokens.get(k + 1);
        // An entity, enum or mixin is named in PascalCase, whatever case the rest of the written name has.
        boolean declaration = !kind.equals("field") && !kind.equals("enum value");
        String styled = declaration ? Names.pascal(rest.getText()) : rest.getText();
        return Messages.nameStartsWithDigit(span(number, rest), kind, number.getText() + rest.getText(),
                withoutLeadingDigits(number.getText(), styled));
    }

    /**
     * A name for `digits` + `rest` that starts with a letter: one digit is spelled as a word in the name's own style
     * (`2fa_enabled` as `two_fa_enabled`, `3DModel` as `ThreeDModel`, `2XL` as `TWO_XL`); a longer number, which no
     * word spells well, moves to the end (`2024_sales` as `sales_2024`, `2024Report` as `Report2024`).
     */
    static String withoutLeadingDigits(String digits, String rest) {
        String r = rest.replaceFirst("^_+", "");
        if (r.isEmpty()) return "_" + digits + rest;
        boolean upperStart = Character.isUpperCase(r.charAt(0));
        boolean allUpper = r.length() > 1 && r.equals(r.toUpperCase(java.util.Locale.ROOT));
        if (digits.length() == 1) {
            String word = DIGIT_WORDS[digits.charAt(0) - '0'];
            if (allUpper) return word.toUpperCase(java.util.Locale.ROOT) + "_" + r;
            if (upperStart) return Character.toUpperCase(word.charAt(0)) + word.substring(1) + r;
            return word + "_" + r;
        }
        return r + (upperStart && !allUpper ? "" : "_") + digits;
    }

    /** `entity User (` or `entity User:`, the line holding no `{`: a block opened as SQL or Python opens one. */
    private boolean opensWithoutBrace(int keyword) {
        if (keyword + 2 >= tokens.size()) return false;
        Token name = tokens.get(keyword + 1), open = tokens.get(keyword + 2);
        if (!isName(name)) return false;
        if (open.getLine() == name.getLine()) {
            return (open.getType() == SchemaLexer.LPAREN || isChar(open, ":")) && indexOf(SchemaLexer.LBRACE, keyword, open.getLine() + 1) < 0;
        }
        return membersWithoutBrace(keyword);
    }

    /**
     * `entity User` alone on its line, then members and a `}`: the `{` is missing. Said when the next line starts with
     * a name, a `}` follows before the next declaration and no `{` comes before that `}` (a brace on a line of its own
     * after the name opens the block as written).
     */
    private boolean membersWithoutBrace(int keyword) {
        Token open = tokens.get(keyword + 2);
        if (!isName(open) || isDeclarationKeyword(open.getType()) && startsDeclaration(keyword + 2)) return false;
        for (int k = keyword + 2; k < tokens.size(); k++) {
            int type = tokens.get(k).getType();
            if (type == SchemaLexer.LBRACE) return false;
            if (type == SchemaLexer.RBRACE) return true;
            if (isDeclarationKeyword(type) && startsDeclaration(k)) return false;
        }
        return false;
    }

    /** One answer for the block, its members not read until it opens with `{`; returns the index of the next declaration. */
    private int blockWithoutBrace(int keyword) {
        Token kw = tokens.get(keyword), name = tokens.get(keyword + 1), open = tokens.get(keyword + 2);
        found.add(open.getLine() == name.getLine()
                ? Messages.blockWithoutBrace(span(open, open), kw.getText(), name.getText(), open.getText())
                : Messages.blockWithoutBrace(span(name, name), kw.getText(), name.getText()));
        int next = keyword + 3;
        while (next < tokens.size() && !(isDeclarationKeyword(tokens.get(next).getType()) && startsDeclaration(next))) next++;
        explainedRanges.add(new int[] {start(kw), next < tokens.size() ? start(tokens.get(next)) : Integer.MAX_VALUE});
        if (next >= tokens.size()) explainsEnd = true;
        return next;
    }

    /** Whether token k starts `--`, SQL's line comment: two `-` written together, which no expression of the language holds. */
    private boolean dashDash(int k) {
        return k + 1 < tokens.size() && tokens.get(k).getType() == SchemaLexer.MINUS && tokens.get(k + 1).getType() == SchemaLexer.MINUS
                && adjacent(tokens.get(k), tokens.get(k + 1));
    }

    /** `# a comment` or `-- a comment`, to the end of its line. */
    private void hashComment(Token hash, Token lineEnd) {
        report(Messages.foreignHabit(Code.SQL_HABIT, span(hash, lineEnd), hash.getType() == SchemaLexer.MINUS ? "--" : "#", "SQL",
                "a comment starts with `//` (`///` for a doc comment, which the outputs carry)"), hash);
    }

    /**
     * What each of the DBML column settings written (`pk, increment`, `note: 'login'`) is here; when one is not known,
     * the whole table of them.
     */
    private static String dbmlSettings(List<Token> inside) {
        var said = new StringJoiner("; ");
        int k = 0;
        while (k < inside.size()) {
            int end = k;
            while (end < inside.size() && inside.get(end).getType() != SchemaLexer.COMMA) end++;
            List<Token> setting = inside.subList(k, end);
            var advice = setting.isEmpty() ? java.util.Optional.<String>empty()
                    : ForeignHabits.dbmlSetting(setting.size() > 1 && isName(setting.get(1)) ? setting.get(0).getText() + " "
                            + setting.get(1).getText() : setting.get(0).getText());
            if (advice.isEmpty()) {
                return "column settings are attributes after the type: `[pk]` is `@id`, `[increment]` `@auto`, `[unique]` "
                        + "`@unique`, `[not null]` the default, `[null]` a `?` after the type, `[default: x]` `= x`, "
                        + "`[note: '...']` a `///` comment above the field";
            }
            said.add(advice.get());
            k = end + 1;
        }
        return said.toString();
    }

    /**
     * SQL's `CHECK (price > 0)` at token {@code at} of a field line, said as the check here: `@check(> 0)` on the field
     * it names, `@@check(...)` when it compares others; null when no parenthesis follows.
     */
    private static String sqlCheck(List<Token> line, int at) {
        if (at + 2 >= line.size() || line.get(at + 1).getType() != SchemaLexer.LPAREN) return null;
        int close = closing(line, at + 1);
        List<Token> inside = line.subList(at + 2, Math.max(at + 2, close));
        if (inside.isEmpty()) return null;
        String written = "CHECK " + text(line.subList(at + 1, close + 1));
        // `@check` compares its field with a literal; against another field (`b < a`) it is the entity's `@@check`.
        Token value = inside.get(inside.size() - 1);
        boolean literal = value.getType() != SchemaLexer.IDENT || value.getText().equals("true") || value.getText().equals("false");
        boolean self = inside.size() > 1 && literal && inside.get(0).getText().equals(line.get(0).getText());
        String here = self ? "@check(" + text(inside.subList(1, inside.size())) + ")" : "@@check(" + text(inside) + ")";
        return Quoted.name(written) + " is " + Quoted.name(here) + (self ? " after the type" : " on a line of its own");
    }

    /** The name and type of a field line (the type ending before token {@code end}), a type of another language as ours. */
    private static String fieldAsWrittenHere(List<Token> line, int end) {
        String type = line.get(1).getText();
        var ours = ForeignHabits.type(type);
        // `timestamp` is `datetime`; `varchar(20)` keeps its own arguments, which the unknown-type answer carries over.
        if (ours.isPresent() && end == 2) return line.get(0).getText() + " " + ours.get();
        return text(line.subList(0, end));
    }

    /**
     * SQL's `DEFAULT value` at token {@code at} of a field line, said as the `= value` that replaces it (`'new'` in
     * double quotes, `CURRENT_TIMESTAMP` as `now()`), or null when no value follows on the line.
     */
    private static String sqlDefault(List<Token> line, int at, String field) {
        int end = at + 1;
        boolean quoted = end < line.size() && isChar(line.get(end), "'");
        if (quoted) {
            end++;
            while (end < line.size() && !isChar(line.get(end), "'")) end++;
            end++;
        } else {
            while (end < line.size() && line.get(end).getType() != SchemaLexer.COMMA
                    && (end == at + 1 || ForeignHabits.sqlConstraint(line.get(end).getText()).isEmpty())) end++;
        }
        end = Math.min(end, line.size());
        if (end <= at + 1) return null;
        String written = text(line.subList(at + 1, end));
        String lower = written.toLowerCase(java.util.Locale.ROOT);
        if (lower.equals("null")) return "`DEFAULT NULL` is no default at all: an optional field (`?` after the type) defaults to null";
        String value = quoted ? "\"" + text(line.subList(at + 2, Math.max(at + 2, end - 1))) + "\"" : ForeignHabits.value(written);
        return "`DEFAULT " + written + "` is `= " + value + "` right after the type: `" + field + " = " + value + "`";
    }

    /** A comma after a field, as between the columns of `CREATE TABLE`: said at the block's first, the others explained by it. */
    private void fieldComma(Token comma, Token lineOf) {
        separator(comma, lineOf, Messages.foreignHabit(Code.SQL_HABIT, span(comma, comma), ",", "SQL",
                "fields are one per line, without commas between them"));
    }

    /** A separator after a field (`,` of SQL, `;` of Java): said at its first in the block, the others explained by it. */
    private void separator(Token t, Token lineOf, Diagnostic answer) {
        separator(t.getText(), t, lineOf, answer);
    }

    private void separator(String kind, Token t, Token lineOf, Diagnostic answer) {
        if (separatorsSaid.add(kind)) report(answer, lineOf);
        else explainedLines.add(lineOf.getLine());
        explainedLines.add(t.getLine());
    }

    /**
     * `first name string(80)`, `date of birth date`, `end date date?`: a field's name in words, then its type. The
     * words after the first are names that are not types (the grammar reads `date of` as a field of type `of`), save
     * the type's own word (`end date date`: a name that ends with its type's word); the word after them is a type.
     * The first word may be a type's word itself (`date of birth`), since the name comes first.
     */
    private boolean wordsBeforeType(List<Token> line) {
        Token first = line.get(0);
        var words = new ArrayList<Token>(List.of(first));
        int k = 1;
        while (true) {
            int next = k;
            while (next < line.size() && isGapCharacter(line.get(next))) next++;
            if (next >= line.size() || !isName(line.get(next))) return false;
            Token word = line.get(next);
            // A type's word is the type, unless the same word follows it: `end date date` ends its name with it.
            if (isTypeLike(word.getText()) && !(next + 1 < line.size() && isName(line.get(next + 1))
                    && line.get(next + 1).getText().equals(word.getText()))) {
                break;
            }
            words.add(word);
            k = next + 1;
        }
        if (words.size() < 2) return false;
        var texts = new ArrayList<String>();
        var gaps = new ArrayList<String>();
        for (int w = 0; w < words.size(); w++) {
            if (w > 0) gaps.add(between(words.get(w - 1), words.get(w)));
            texts.add(words.get(w).getText());
        }
        report(Messages.spaceInName(span(first, words.get(words.size() - 1)), "field name", texts, gaps), first);
        return true;
    }

    /**
     * `first name: text`, `Date Of Birth: Date`: a field's name in words apart by blanks, then the `:` of TypeScript or
     * Python. The `:` makes the words one name, when none after the first is a type; said as a name with a space (the `:` is the lesser
     * habit, and the parser stumbles at the second word). Words followed by a type (`date of birth date`, which the
     * grammar reads as two fields, `date` and `birth`) are said by {@link #wordsBeforeType} before here.
     */
    private boolean spacedBeforeColon(List<Token> line) {
        int colon = 1;
        while (colon < line.size() && isName(line.get(colon))) colon++;
        if (colon < 2 || colon >= line.size() || !isChar(line.get(colon), ":")) return false;
        var words = new ArrayList<String>();
        var gaps = new ArrayList<String>();
        for (int k = 0; k < colon; k++) {
            // `user_id int ref: > users.id` is a field and its type, then DBML's setting: not one name.
            if (k > 0 && isTypeLike(line.get(k).getText())) return false;
            if (k > 0) {
                String gap = between(line.get(k - 1), line.get(k));
                if (!blank(gap)) return false;
                gaps.add(gap);
            }
            words.add(line.get(k).getText());
        }
        report(Messages.spaceInName(span(line.get(0), line.get(colon - 1)), "field name", words, gaps), line.get(0));
        return true;
    }

    /**
     * `@@index(first name)`, `@@unique(last name, first name)`: a field named in words apart by blanks in the list of
     * a block attribute, where fields are apart by commas. Said at the first such name.
     */
    private boolean spacedFieldList(List<Token> line) {
        if (line.size() < 4 || line.get(2).getType() != SchemaLexer.LPAREN) return false;
        String attr = line.get(1).getText();
        if (!attr.equals(Attributes.UNIQUE) && !attr.equals(Attributes.INDEX) && !attr.equals(Attributes.ID)) return false;
        int close = closing(line, 2);
        int k = 3;
        while (k < close) {
            int end = k;
            while (end + 1 < close && isName(line.get(end + 1)) && isName(line.get(end)) && blank(between(line.get(end), line.get(end + 1)))) {
                end++;
            }
            if (end > k) {
                var words = new ArrayList<String>();
                var gaps = new ArrayList<String>();
                for (int w = k; w <= end; w++) {
                    if (w > k) gaps.add(between(line.get(w - 1), line.get(w)));
                    words.add(line.get(w).getText());
                }
                report(Messages.spaceInName(span(line.get(k), line.get(end)), "field name", words, gaps), line.get(0));
                return true;
            }
            k = end + 1;
        }
        return false;
    }

    /**
     * `entity Blog Post {`, `enum Post Status {`, `mixin Soft Delete with X {`: words on the declaration's
     * line meant as one name, apart by blanks (spaces, tabs). Said at the words after the first (where
     * the parser stops), with the one word they make.
     */
    private boolean spacedName(int keyword, int open) {
        Token kw = tokens.get(keyword);
        if (kw.getType() == SchemaLexer.SCHEMA) return false;
        var words = new ArrayList<Token>();
        var gaps = new ArrayList<String>();
        int k = keyword + 1;
        while (k < open && tokens.get(k).getLine() == kw.getLine()) {
            Token w = tokens.get(k);
            if (w.getType() == SchemaLexer.WITH) break;
            if (!isName(w)) return false;
            if (!words.isEmpty()) {
                String gap = between(words.get(words.size() - 1), w);
                // A character that shows as nothing between two words is SC103's, which says so at the character.
                if (!blank(gap)) return false;
                gaps.add(gap);
            }
            words.add(w);
            k++;
        }
        if (k < open && tokens.get(k).getType() != SchemaLexer.WITH) return false;
        if (words.size() >= 2) {
            String second = words.get(1).getText();
            if (second.equals("extends") || second.equals("implements")) return false;
            report(Messages.spaceInDeclaredName(span(words.get(1), words.get(words.size() - 1)), kw.getText(),
                    words.stream().map(Token::getText).toList(), gaps), kw);
            return true;
        }
        return k < open && spacedMixins(k + 1, open, kw);
    }

    /** `with Soft Delete {`: a mixin named after `with` in words apart (mixins are apart by commas). */
    private boolean spacedMixins(int from, int open, Token kw) {
        var words = new ArrayList<Token>();
        var gaps = new ArrayList<String>();
        for (int k = from; k <= open; k++) {
            Token w = tokens.get(k);
            if (k < open && isName(w)) {
                if (!words.isEmpty()) {
                    String gap = between(words.get(words.size() - 1), w);
                    if (!blank(gap)) return false;
                    gaps.add(gap);
                }
                words.add(w);
                continue;
            }
            if (words.size() >= 2) {
                report(Messages.spaceInDeclaredName(span(words.get(1), words.get(words.size() - 1)), "mixin",
                        words.stream().map(Token::getText).toList(), gaps), kw);
                return true;
            }
            if (k < open && w.getType() != SchemaLexer.COMMA) return false;
            words.clear();
            gaps.clear();
        }
        return false;
    }

    private static boolean blank(String gap) {
        return !gap.isEmpty() && gap.chars().allMatch(c -> c == ' ' || c == '\t');
    }

    /** `entity User extends Base {`, `entity User : Base {`: a class's inheritance, where a mixin is taken `with` it. */
    private void inheritance(Token word, Token base) {
        boolean java = word.getText().equals("extends") || word.getText().equals("implements");
        if (!(java || isChar(word, ":")) || !isName(base)) return;
        report(Messages.foreignHabit(Code.JPA_HABIT, span(word, base), text(List.of(word, base)), "Java",
                "an entity takes the fields of a mixin with `with`: `entity Name with " + base.getText() + " { ... }` "
                + "(and `mixin " + base.getText() + " { ... }` declares them)"), word);
    }

    /** The index of the `}` closing the `{` at {@code open} (blocks counted from {@code from}), or -1. */
    private int closingBrace(int open) { return closingBrace(open, open + 1); }

    private int closingBrace(int open, int from) {
        int depth = 1;
        for (int k = from; k < tokens.size(); k++) {
            if (tokens.get(k).getType() == SchemaLexer.LBRACE) depth++;
            if (tokens.get(k).getType() == SchemaLexer.RBRACE && --depth == 0) return k;
        }
        return -1;
    }

    /**
     * A name alone on its line, not continued by a type on the next: before the block's `}`, or before
     * a line that is a field of its own (`email string(255)`), it is a field whose type was left out.
     */
    private void loneName(Token name, int next) {
        boolean missing;
        if (next >= tokens.size() || tokens.get(next).getType() == SchemaLexer.RBRACE) {
            missing = true;
        } else {
            Token a = tokens.get(next);
            Token b = next + 1 < tokens.size() ? tokens.get(next + 1) : null;
            missing = isName(a) && !isTypeLike(a.getText()) && b != null && b.getLine() == a.getLine() && isName(b)
                    && isTypeLike(b.getText());
            // The parser reads the next line's name as this one's type, and stumbles on that line.
            if (missing) explainedLines.add(a.getLine());
        }
        if (missing) report(Messages.missingType(span(name, name), name.getText()), name);
    }

    /**
     * A table constraint of `CREATE TABLE` on a line of its own (`PRIMARY KEY (a, b)`, `UNIQUE (a, b)`,
     * `INDEX idx (a)`, `FOREIGN KEY (a) REFERENCES t(id)`, each maybe after `CONSTRAINT name`).
     */
    private boolean sqlTableConstraint(List<Token> line, int at) {
        if (line.size() < at + 2) return false;
        Token word = line.get(at), second = line.get(at + 1);
        if (word.getText().equalsIgnoreCase("constraint") && isName(second)) return sqlTableConstraint(line, at + 2);
        int paren = -1;
        for (int k = at + 1; k < line.size() && paren < 0; k++) if (line.get(k).getType() == SchemaLexer.LPAREN) paren = k;
        if (paren < 0 || !isName(word)) return false;
        String lower = word.getText().toLowerCase(java.util.Locale.ROOT);
        boolean keyWord = second.getText().equalsIgnoreCase("key");
        String advice;
        if (lower.equals("foreign") && keyWord) {
            advice = ForeignHabits.sqlConstraint("references").orElseThrow();
        } else {
            var attribute = ForeignHabits.sqlTableConstraint(lower);
            // `primary key (...)`, `unique (...)`, `unique key name (...)`, `index name (...)`; never `key string(20)`,
            // a field named `key`: what stands before the parenthesis is no type.
            boolean shape = switch (lower) {
                case "primary" -> keyWord;
                case "unique" -> paren == at + 1 || keyWord || second.getText().equalsIgnoreCase("index");
                default -> paren == at + 1 || (paren == at + 2 && !isTypeLike(second.getText()));
            };
            if (attribute.isEmpty() || !shape) return false;
            var fields = new StringJoiner(", ");
            for (Token t : line.subList(paren + 1, Math.max(paren + 1, closing(line, paren)))) if (isName(t)) fields.add(t.getText());
            advice = (lower.equals("primary") ? "a key of its own fields is a block attribute: write `" : "write `")
                    + attribute.get() + "(" + fields + ")`";
        }
        Token last = line.get(line.size() - 1);
        report(Messages.foreignHabit(Code.SQL_HABIT, span(line.get(0), last), text(line), "SQL", advice), line.get(0));
        return true;
    }

    /**
     * An attribute on a line of its own above its field, where Java puts an annotation: its place here is
     * after the field's type, on the field's line.
     */
    private void attributeAbove(List<Token> line) {
        if (line.size() < 2 || !isName(line.get(1))) return;
        int end = line.size() > 2 && line.get(2).getType() == SchemaLexer.LPAREN ? closing(line, 2) : 1;
        Span at = span(line.get(0), line.get(end));
        String written = text(line.subList(0, end + 1));
        String name = line.get(1).getText();
        String placement = "an attribute goes after the field's type, on the field's line: `email string(255) @unique`";
        // `@index(email)` alone on its line is more likely the entity's `@@index(email)`.
        if (end > 1 && Attributes.BLOCK.contains(name)) {
            placement += "; an attribute of the whole entity starts with `@@`: `@" + written + "`";
        }
        var habit = ForeignHabits.fieldAttribute(name);
        report(habit.isPresent()
                ? Messages.habit(at, written, new Habit(habit.get().tool(), habit.get().advice() + "; " + placement))
                : Messages.foreignHabit(Code.JPA_HABIT, at, written, "Java", placement), line.get(0));
    }

    /** SQL's `<>` in a check (`@@check(a <> b)`, `@check(<> 0)`): written `!=` here. */
    private boolean sqlNotEqual(int from, int to) {
        for (int k = from; k < to; k++) {
            if (types[k] != SchemaLexer.LT || types[k + 1] != SchemaLexer.GT) continue;
            Token lt = tokens.get(k), gt = tokens.get(k + 1);
            if (gt.getStartIndex() == lt.getStopIndex() + 1) {
                report(Messages.foreignHabit(Code.SQL_HABIT, span(lt, gt), "<>", "SQL", "not equal is written `!=`"), tokens.get(from));
                return true;
            }
        }
        return false;
    }

    /**
     * `enum Status { ACTIVE, INACTIVE }`: values separated by commas, as in Java or TypeScript. Said
     * once per enum (at its first comma); the parser's errors at the others are explained by it.
     */
    private boolean enumLine(int from, int to, boolean said) {
        List<Token> line = tokens.subList(from, to + 1);
        Token first = line.get(0);
        if (digitLed(from)) {
            report(nameStartsWithDigit("enum value", from), first);
            return said;
        }
        for (int c = from; c <= to; c++) {
            if (isChar(tokens.get(c), "#") || dashDash(c)) {
                hashComment(tokens.get(c), tokens.get(to));
                return said;
            }
        }
        // `IN-PROGRESS`, `IN-FLIGHT-CHECK`: a label in words joined by hyphens, which no value can hold.
        for (int c = from; c + 2 <= to; c++) {
            int end = hyphenatedEnd(line, c - from);
            if (end > c - from) {
                List<Token> words = line.subList(c - from, end + 1);
                report(Messages.hyphenInName(span(words.get(0), words.get(words.size() - 1)), "enum value", text(words),
                        hyphenJoined(words)), first);
                return said;
            }
        }
        // `ADMIN = 1` of TypeScript, `"admin"` of SQL's ENUM('admin'), `ADMIN;`: each said once per enum.
        for (Token t : line) {
            if (t.getType() == SchemaLexer.ASSIGN) {
                separator("=", t, first, Messages.foreignHabit(Code.JPA_HABIT, span(t, line.get(line.size() - 1)),
                        text(line.subList(line.indexOf(t), line.size())), "TypeScript",
                        "an enum value is a name alone, stored by its name: " + Quoted.name(first.getText())));
                return said;
            }
            if (isChar(t, ";")) {
                separator(";", t, first, Messages.foreignHabit(Code.JPA_HABIT, span(t, t), ";", "Java",
                        "enum values are separated by spaces or new lines, without `;`"));
                return said;
            }
        }
        if (first.getType() == SchemaLexer.STRING) {
            String bare = Unescape.string(first.getText()).value();
            separator("\"", first, first, Messages.foreignHabit(Code.SQL_HABIT, span(first, first), first.getText(), "SQL",
                    "an enum value is a name, without quotes: " + Quoted.name(bare)));
            return said;
        }
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

    /** The index after the `= value` at {@code at} (a literal, a name, a call), or {@code at} when none is there. */
    private static int afterDefault(List<Token> line, int at) {
        if (at + 1 >= line.size() || line.get(at).getType() != SchemaLexer.ASSIGN) return at;
        int k = at + 1;
        if (line.get(k).getType() == SchemaLexer.MINUS) k++;
        if (k + 1 < line.size() && line.get(k + 1).getType() == SchemaLexer.LPAREN) return Math.min(line.size(), closing(line, k + 1) + 1);
        return Math.min(line.size(), k + 1);
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

    /**
     * Where the name at {@code from} in {@code line} ends when words are joined to it by hyphens written without a gap
     * (`IN-FLIGHT-CHECK`, `first-name`): the index of its last word; {@code from} itself when no hyphen follows.
     */
    private static int hyphenatedEnd(List<Token> line, int from) {
        if (!isName(line.get(from))) return from;
        int end = from;
        while (end + 2 < line.size() && line.get(end + 1).getType() == SchemaLexer.MINUS && isName(line.get(end + 2))
                && adjacent(line.get(end), line.get(end + 1)) && adjacent(line.get(end + 1), line.get(end + 2))) {
            end += 2;
        }
        return end;
    }

    /** The one name of hyphenated words (name, `-`, name, ...): the words joined with `_`. */
    private static String hyphenJoined(List<Token> words) {
        var joined = new StringJoiner("_");
        for (int w = 0; w < words.size(); w += 2) joined.add(words.get(w).getText());
        return joined.toString();
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
        for (int k = from; k < types.length && lines[k] < beforeLine; k++) {
            if (types[k] == type) return k;
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

    private static boolean balanced(List<Token> line) {
        int depth = 0;
        for (Token t : line) {
            int type = t.getType();
            if (type == SchemaLexer.LPAREN || type == SchemaLexer.LBRACKET) depth++;
            if (type == SchemaLexer.RPAREN || type == SchemaLexer.RBRACKET) depth--;
        }
        return depth == 0;
    }

    private static boolean adjacent(Token a, Token b) { return a.getStopIndex() + 1 == b.getStartIndex(); }

    /** The source text between two tokens of a line, whatever the lexer made of it (skipped whitespace, bad characters). */
    private static String between(Token a, Token b) {
        return a.getInputStream().getText(Interval.of(a.getStopIndex() + 1, b.getStartIndex() - 1));
    }

    /**
     * A character the language does not have that a reader takes for the gap between two words, or
     * for no gap at all: a space other than U+0020 (no-break, em, ideographic), an invisible
     * character (zero-width space, word joiner, soft hyphen) or a dash other than `-`.
     */
    private static boolean isGapCharacter(Token t) {
        if (t.getType() != SchemaLexer.BAD_CHAR) return false;
        int c = t.getText().codePointAt(0);
        return !PlainText.isLineBreak(c) && (Character.isSpaceChar(c) || PlainText.isInvisible(c)
                || Character.getType(c) == Character.DASH_PUNCTUATION);
    }

    private int start(Token t) { return offsets.charIndex(t.getStartIndex()); }

    private int stop(Token t) { return offsets.charIndex(t.getStopIndex() + 1); }

    private int lastTokenEnd() { return tokens.isEmpty() ? 0 : stop(tokens.get(tokens.size() - 1)); }

    private Span span(Token from, Token to) { return offsets.span(start(from), stop(to)); }
}
