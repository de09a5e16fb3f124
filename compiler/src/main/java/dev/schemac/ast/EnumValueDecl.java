package dev.schemac.ast;

import dev.schemac.source.Span;
import java.util.List;

public record EnumValueDecl(Span span, Ident name, String doc, List<Attribute> attributes) implements Node {
    public EnumValueDecl {
        attributes = List.copyOf(attributes);
    }
}
