package dev.schemac.ast;

import dev.schemac.source.Span;

/** Every AST node knows where it came from; the span is its first component. */
public interface Node {
    Span span();
}
