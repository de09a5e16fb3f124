package dev.schemac.ast;

import dev.schemac.source.Span;
import java.util.List;

public record EnumDecl(Span span, Ident name, String doc, List<EnumValueDecl> values) implements Declaration {
    public EnumDecl {
        values = List.copyOf(values);
    }
}
