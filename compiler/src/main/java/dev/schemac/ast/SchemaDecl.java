package dev.schemac.ast;

import dev.schemac.source.Span;
import java.util.List;

/** {@code schema NAME { key = value ... }}. */
public record SchemaDecl(Span span, Ident name, String doc, List<Setting> settings) implements Declaration {
    public SchemaDecl {
        settings = List.copyOf(settings);
    }
}
