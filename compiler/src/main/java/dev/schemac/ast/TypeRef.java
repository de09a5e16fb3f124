package dev.schemac.ast;

import dev.schemac.source.Span;
import java.util.List;

/** {@code name(args)[]?} as written; whether the name is a scalar, enum or entity is resolved later. */
public record TypeRef(Span span, Ident name, List<Value> args, boolean list, boolean optional) implements Node {
    public TypeRef {
        args = List.copyOf(args);
    }
}
