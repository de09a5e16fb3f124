package dev.schemac.model;

import dev.schemac.source.Span;

/** {@code @@query("...")}: an access pattern the schema must serve well. */
public record AccessPattern(Span span, String description) {
}
