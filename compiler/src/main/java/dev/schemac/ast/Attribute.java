package dev.schemac.ast;

import dev.schemac.source.Span;
import java.util.List;

/**
 * {@code @name(args)} on a field or enum value, or {@code @@name(args)} in a body
 * ({@code block} true). Arguments are kept generic; the resolver's attribute table
 * decides which shapes each attribute accepts.
 */
public record Attribute(Span span, Ident name, boolean block, List<Argument> args) implements Member {
    public Attribute {
        args = List.copyOf(args);
    }

    public String sigil() { return block ? "@@" : "@"; }

    public String display() { return sigil() + name.text(); }
}
