package dev.schemac.model;

import dev.schemac.source.Span;

/** One enum value; {@code dbValue} is what is stored (the name unless {@code @map} says otherwise). */
public record EnumMember(Span span, String name, String doc, String dbValue) {
}
