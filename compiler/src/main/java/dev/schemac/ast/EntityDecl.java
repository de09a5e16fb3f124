package dev.schemac.ast;

import dev.schemac.source.Span;
import java.util.List;

public record EntityDecl(Span span, Ident name, String doc, List<Ident> mixins, List<Member> members)
        implements Declaration {
    public EntityDecl {
        mixins = List.copyOf(mixins);
        members = List.copyOf(members);
    }
}
