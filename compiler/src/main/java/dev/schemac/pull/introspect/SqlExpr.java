package dev.schemac.pull.introspect;

import dev.schemac.sqltext.SqlLexer;
import dev.schemac.sqltext.SqlLexer.Kind;
import dev.schemac.sqltext.SqlLexer.Token;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * SQL expressions as engines print them in check clauses and defaults, parsed far enough to
 * recognise what the language can say (comparisons, length and pattern checks, IN lists,
 * literals, now() and uuid()). Anything else parses to {@link Other}, or fails: the caller
 * then keeps the text as a leftover.
 */
public sealed interface SqlExpr {

    /** A column reference (the last part of a qualified name). */
    record Col(String name) implements SqlExpr {}

    /** A literal: BigDecimal, String, Boolean, or null for NULL. */
    record Lit(Object value) implements SqlExpr {}

    /** A function call or niladic keyword such as CURRENT_TIMESTAMP (name in lower case). */
    record Call(String name, List<SqlExpr> args) implements SqlExpr {}

    /** A binary operator (upper case: AND, OR, =, <>, ~, REGEXP, LIKE, ||, +, ...). */
    record Binary(String op, SqlExpr left, SqlExpr right) implements SqlExpr {}

    record Between(SqlExpr value, SqlExpr low, SqlExpr high, boolean negated) implements SqlExpr {}

    record In(SqlExpr value, List<SqlExpr> items, boolean negated) implements SqlExpr {}

    record Not(SqlExpr value) implements SqlExpr {}

    record IsNull(SqlExpr value, boolean negated) implements SqlExpr {}

    /** A cast to a type ({@code x::text}, {@code CAST(x AS t)}); the type in lower case. */
    record Cast(SqlExpr value, String type) implements SqlExpr {}

    /** Something else (CASE, subqueries, arrays of non-literals). */
    record Other(String why) implements SqlExpr {}

    /** Parses one expression; throws {@link IllegalArgumentException} when the text is not one. */
    static SqlExpr parse(String sql, boolean backslashEscapes) {
        var p = new Parser(SqlLexer.code(sql, backslashEscapes));
        SqlExpr e = p.or();
        if (p.pos < p.tokens.size()) throw new IllegalArgumentException("unexpected " + p.tokens.get(p.pos).text());
        return e;
    }

    /** The expression without casts and the parentheses the parser already dropped. */
    static SqlExpr uncast(SqlExpr e) {
        while (e instanceof Cast c) e = c.value();
        return e;
    }

    final class Parser {
        final List<Token> tokens;
        int pos;

        Parser(List<Token> tokens) { this.tokens = tokens; }

        private Token peek() { return pos < tokens.size() ? tokens.get(pos) : null; }

        private boolean at(String word) {
            Token t = peek();
            return t != null && t.is(word);
        }

        private boolean eat(String word) {
            if (!at(word)) return false;
            pos++;
            return true;
        }

        private void expect(String word) {
            if (!eat(word)) throw new IllegalArgumentException("expected " + word);
        }

        SqlExpr or() {
            SqlExpr e = and();
            while (eat("OR")) e = new Binary("OR", e, and());
            return e;
        }

        SqlExpr and() {
            SqlExpr e = not();
            while (eat("AND")) e = new Binary("AND", e, not());
            return e;
        }

        SqlExpr not() {
            if (eat("NOT")) return new Not(not());
            return comparison();
        }

        private static final List<String> COMPARISONS = List.of("=", "==", "<>", "!=", "<", "<=", ">", ">=", "~", "~*",
                "!~", "!~*", "REGEXP", "RLIKE", "LIKE", "GLOB", "IS");

        SqlExpr comparison() {
            SqlExpr left = concat();
            while (true) {
                boolean negated = false;
                int save = pos;
                if (eat("NOT")) negated = true;
                if (eat("BETWEEN")) {
                    SqlExpr low = concat();
                    expect("AND");
                    left = new Between(left, low, concat(), negated);
                    continue;
                }
                if (eat("IN")) {
                    expect("(");
                    var items = new ArrayList<SqlExpr>();
                    if (!at(")")) {
                        items.add(or());
                        while (eat(",")) items.add(or());
                    }
                    expect(")");
                    left = new In(left, items, negated);
                    continue;
                }
                if (negated) {
                    if (at("LIKE") || at("REGEXP") || at("RLIKE") || at("GLOB")) {
                        String op = peek().upper();
                        pos++;
                        left = new Not(new Binary(op, left, concat()));
                        continue;
                    }
                    pos = save;
                    return left;
                }
                Token t = peek();
                if (t == null || !(t.kind() == Kind.SYMBOL || t.kind() == Kind.WORD) || !COMPARISONS.contains(t.upper())) {
                    return left;
                }
                pos++;
                String op = t.upper();
                if (op.equals("IS")) {
                    boolean not = eat("NOT");
                    if (eat("NULL")) {
                        left = new IsNull(left, not);
                        continue;
                    }
                    left = new Binary(not ? "IS NOT" : "IS", left, concat());
                    continue;
                }
                // PostgreSQL prints `x IN ('a', 'b')` as `x = ANY (ARRAY['a'::text, 'b'::text])`.
                if (op.equals("=") && at("ANY")) {
                    pos++;
                    expect("(");
                    SqlExpr arr = or();
                    expect(")");
                    if (uncast(arr) instanceof Call c && c.name().equals("array")) {
                        left = new In(left, c.args(), false);
                    } else {
                        left = new Other("= ANY of a non-literal array");
                    }
                    continue;
                }
                left = new Binary(op.equals("==") ? "=" : op.equals("!=") ? "<>" : op, left, concat());
            }
        }

        SqlExpr concat() {
            SqlExpr e = additive();
            while (at("||")) {
                pos++;
                e = new Binary("||", e, additive());
            }
            return e;
        }

        SqlExpr additive() {
            SqlExpr e = multiplicative();
            while (at("+") || at("-")) {
                String op = peek().text();
                pos++;
                e = new Binary(op, e, multiplicative());
            }
            return e;
        }

        SqlExpr multiplicative() {
            SqlExpr e = unary();
            while (at("*") || at("/") || at("%")) {
                String op = peek().text();
                pos++;
                e = new Binary(op, e, unary());
            }
            return e;
        }

        SqlExpr unary() {
            if (at("-") || at("+")) {
                boolean minus = peek().text().equals("-");
                pos++;
                SqlExpr e = unary();
                if (e instanceof Lit l && l.value() instanceof BigDecimal n) return new Lit(minus ? n.negate() : n);
                return minus ? new Binary("-", new Lit(BigDecimal.ZERO), e) : e;
            }
            return postfix();
        }

        SqlExpr postfix() {
            SqlExpr e = primary();
            while (true) {
                if (eat("::")) {
                    e = new Cast(e, typeName());
                } else if (at("COLLATE")) {
                    // A comparison under another collation takes other values: no term may stand for it.
                    pos += 2;
                    e = new Other("COLLATE");
                } else if (at("[")) {
                    return new Other("array subscript");
                } else {
                    return e;
                }
            }
        }

        /** A type name after `::` or `AS`: words, an optional (n[, m]) and []. */
        private String typeName() {
            var b = new StringBuilder();
            while (peek() != null && (peek().isName()) && !at("AND") && !at("OR")) {
                if (b.length() > 0) b.append(' ');
                b.append(peek().text().toLowerCase(Locale.ROOT));
                pos++;
                if (at(".")) {
                    pos++;
                    b.setLength(0);
                }
                if (!(at("varying") || at("precision") || at("with") || at("without") || at("time") || at("zone"))) break;
            }
            if (at("(")) {
                int depth = 0;
                do {
                    if (at("(")) depth++;
                    if (at(")")) depth--;
                    b.append(peek().text());
                    pos++;
                } while (depth > 0 && peek() != null);
            }
            while (at("[")) {
                pos++;
                expect("]");
                b.append("[]");
            }
            return b.toString();
        }

        SqlExpr primary() {
            Token t = peek();
            if (t == null) throw new IllegalArgumentException("unexpected end");
            pos++;
            switch (t.kind()) {
                case NUMBER -> {
                    return new Lit(new BigDecimal(t.text()));
                }
                case STRING -> {
                    return new Lit(t.text());
                }
                case QUOTED -> {
                    return qualified(t.text());
                }
                case SYMBOL -> {
                    if (t.is("(")) {
                        SqlExpr e = or();
                        if (eat(",")) return new Other("row value");
                        expect(")");
                        return e;
                    }
                    throw new IllegalArgumentException("unexpected " + t.text());
                }
                default -> {
                }
            }
            String w = t.upper();
            switch (w) {
                case "NULL" -> {
                    return new Lit(null);
                }
                case "TRUE" -> {
                    return new Lit(Boolean.TRUE);
                }
                case "FALSE" -> {
                    return new Lit(Boolean.FALSE);
                }
                case "CAST" -> {
                    expect("(");
                    SqlExpr v = or();
                    expect("AS");
                    String type = typeName();
                    expect(")");
                    return new Cast(v, type);
                }
                case "ARRAY" -> {
                    if (eat("[")) {
                        var items = new ArrayList<SqlExpr>();
                        if (!at("]")) {
                            items.add(or());
                            while (eat(",")) items.add(or());
                        }
                        expect("]");
                        return new Call("array", items);
                    }
                    return new Other("ARRAY subquery");
                }
                case "CASE", "SELECT", "EXISTS" -> {
                    return new Other(w);
                }
                default -> {
                }
            }
            // A charset introducer before a string: MySQL's _utf8mb4'text'.
            if (t.text().startsWith("_") && peek() != null && peek().kind() == Kind.STRING) {
                return new Lit(tokens.get(pos++).text());
            }
            if (at("(")) {
                pos++;
                var args = new ArrayList<SqlExpr>();
                if (!at(")")) {
                    if (eat("DISTINCT")) return new Other("aggregate");
                    args.add(or());
                    while (eat(",")) args.add(or());
                }
                expect(")");
                return new Call(t.text().toLowerCase(Locale.ROOT), args);
            }
            return switch (w) {
                case "CURRENT_TIMESTAMP", "CURRENT_DATE", "CURRENT_TIME", "LOCALTIMESTAMP", "LOCALTIME" ->
                        new Call(w.toLowerCase(Locale.ROOT), List.of());
                default -> qualified(t.text());
            };
        }

        private SqlExpr qualified(String first) {
            String name = first;
            while (at(".") && pos + 1 < tokens.size() && tokens.get(pos + 1).isName()) {
                pos++;
                name = tokens.get(pos++).text();
            }
            return new Col(name);
        }
    }
}
