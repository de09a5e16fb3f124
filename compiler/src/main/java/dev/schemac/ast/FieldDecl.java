package dev.schemac.ast;

import dev.schemac.source.Span;
import java.util.List;

/** {@code name Type [= default] @attr ...}; {@code defaultValue} is null when absent. */
public record FieldDecl(Span span, Ident name, String doc, TypeRef type, Value defaultValue, List<Attribute> attributes)
        implements Member {
    public FieldDecl {
        attributes = List.copyOf(attributes);
    }
}
