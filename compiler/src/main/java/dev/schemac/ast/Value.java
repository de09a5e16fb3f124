package dev.schemac.ast;

import dev.schemac.source.Span;
import java.math.BigDecimal;
import java.util.List;

/** A literal or reference as written in a default, a setting or an attribute argument. */
public sealed interface Value extends Node {

    /** The value as the formatter prints it. */
    String source();

    /** A number; {@code text} keeps the spelling (with {@code _} separators) for the formatter. */
    record Num(Span span, BigDecimal value, String text) implements Value {
        public String source() { return text; }

        public boolean isInteger() { return value.stripTrailingZeros().scale() <= 0; }
    }

    /** A string, already unescaped. */
    record Str(Span span, String value) implements Value {
        public String source() { return quote(value); }
    }

    /** A bare name or a dotted path: an enum value, a field, {@code true}, {@code cascade}. */
    record Ref(Span span, List<Ident> parts) implements Value {
        public Ref {
            parts = List.copyOf(parts);
        }

        public String text() {
            return parts.size() == 1 ? parts.get(0).text()
                    : String.join(".", parts.stream().map(Ident::text).toList());
        }

        public String source() { return text(); }
    }

    /** {@code now()}, {@code uuid()}. */
    record Call(Span span, Ident function) implements Value {
        public String source() { return function.text() + "()"; }
    }

    /** {@code [a, b]}. */
    record ListOf(Span span, List<Value> items) implements Value {
        public ListOf {
            items = List.copyOf(items);
        }

        public String source() {
            return "[" + String.join(", ", items.stream().map(Value::source).toList()) + "]";
        }
    }

    /**
     * {@code published_at desc}: a list item followed by a word, its direction. The grammar
     * allows it in every list; the attributes that take one ({@code @@query(order: [...])})
     * read it, the others refuse it.
     */
    record Directed(Span span, Value value, Ident direction) implements Value {
        public String source() { return value.source() + " " + direction.text(); }
    }

    /** A model string literal ({@link dev.schemac.lang.ModelString}, the one home of its escapes). */
    static String quote(String s) {
        return dev.schemac.lang.ModelString.quote(s);
    }
}
