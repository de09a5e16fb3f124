package dev.schemac.ast;

import dev.schemac.source.Span;

/** {@code import "path"}; the path is relative to the importing file. */
public record ImportDecl(Span span, Value.Str path) implements Declaration {
}
