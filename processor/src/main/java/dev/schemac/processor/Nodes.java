package dev.schemac.processor;

import dev.schemac.ast.Argument;
import dev.schemac.ast.Attribute;
import dev.schemac.ast.Ident;
import dev.schemac.ast.Value;
import dev.schemac.source.SourceFile;
import dev.schemac.source.Span;
import java.math.BigDecimal;
import java.util.List;

/**
 * Makes syntax nodes for one source unit (a type or a package), each with a span that
 * leads back to the element, annotation or annotation value it was read from.
 */
final class Nodes {
    private final Origins origins;
    private final SourceFile file;

    Nodes(Origins origins, SourceFile file) {
        this.origins = origins;
        this.file = file;
    }

    SourceFile file() { return file; }

    Origins origins() { return origins; }

    Span at(Origin o) { return origins.span(file, o); }

    Ident ident(String text, Origin o) { return new Ident(at(o), text); }

    Value.Str str(String s, Origin o) { return new Value.Str(at(o), s); }

    Value.Ref ref(String word, Origin o) { return new Value.Ref(at(o), List.of(ident(word, o))); }

    Value.Num num(long n, Origin o) {
        return new Value.Num(at(o), BigDecimal.valueOf(n), Long.toString(n));
    }

    /**
     * A number as a .schema literal: whole numbers without a fraction, others exactly as
     * Java prints them. NaN and the infinities are no literal at all; they become a name,
     * which the compiler rejects where a number is expected.
     */
    Value number(double d, Origin o) {
        if (!Double.isFinite(d)) return ref(Double.toString(d), o);
        BigDecimal v = d == Math.rint(d) && Math.abs(d) < 1e15 ? BigDecimal.valueOf((long) d) : new BigDecimal(Double.toString(d));
        return new Value.Num(at(o), v, v.toPlainString());
    }

    private static final java.util.regex.Pattern NUMBER =
            java.util.regex.Pattern.compile("-?[0-9]([0-9_]*[0-9])?(\\.[0-9]([0-9_]*[0-9])?)?([eE][+-]?[0-9]([0-9_]*[0-9])?)?");

    /**
     * A number written as text ({@code "0.50"}, {@code "1e3"}, {@code "9007199254740993"}),
     * kept exactly as the {@code .schema} reader keeps a literal: its value and its spelling.
     * Null when the text is not a number of the language.
     */
    Value number(String text, Origin o) {
        if (!isNumber(text)) return null;
        return new Value.Num(at(o), new BigDecimal(text.replace("_", "")), text);
    }

    /** Whether the text is a number literal of the language (with its sign). */
    static boolean isNumber(String text) {
        return NUMBER.matcher(text).matches();
    }

    static Argument positional(Value v) { return new Argument.Positional(v.span(), v); }

    Argument named(String name, Value v, Origin o) { return new Argument.Named(at(o), ident(name, o), v); }

    Attribute attribute(String name, boolean block, List<Argument> args, Origin o) {
        return new Attribute(at(o), ident(name, o), block, args);
    }
}
