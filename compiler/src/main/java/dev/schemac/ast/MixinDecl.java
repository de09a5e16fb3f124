package dev.schemac.ast;

import dev.schemac.source.Span;
import java.util.List;

public record MixinDecl(Span span, Ident name, String doc, List<Member> members) implements Declaration {
    public MixinDecl {
        members = List.copyOf(members);
    }
}
